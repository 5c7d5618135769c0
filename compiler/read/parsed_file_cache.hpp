// Input files a session (`briefc watch`) has read and parsed, kept until
// they change, so that a rebuild reads and parses only the files that were
// saved.
//
// A file counts as unchanged when it is the same file (device and inode)
// with the same size and modification and change times. Those times are
// coarse (the kernel's clock ticks every few milliseconds), so two saves in
// one tick can leave them equal: a file modified less than two seconds
// before it was read is "racy" (as git calls it) and is read again and
// compared byte for byte until its time is old enough to tell.
//
// Only files that loaded without a diagnostic are kept: a file with a
// problem is read again by every build, which reports it again. Not
// thread-safe: the loader's main thread alone uses it.
#pragma once

#include "diag/source_manager.hpp"
#include "read/xml_file.hpp"

#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

namespace briefc::read {

class ParsedFileCache {
public:
  struct Parsed {
    std::string bytes;                        // the file's text
    std::shared_ptr<pugi::xml_document> doc;  // parsed from its own copy; never changed after
  };

  // The file as kept, when it has not changed since; nothing otherwise (and
  // a file that changed is forgotten).
  const Parsed* find(const std::string& canonical_path);

  // Whether find() will probably succeed, from its status alone: the loader
  // does not hand such a file to the read-ahead thread.
  bool probably_unchanged(const std::string& canonical_path) const;

  // Keeps a file that was just read (as `bytes`) and parsed without a
  // diagnostic.
  void store(const std::string& canonical_path, std::string bytes, std::shared_ptr<pugi::xml_document> doc);

  // Forgets the files not asked for since the last call.
  void forget_unused();

private:
  struct Status {
    unsigned long long device = 0, inode = 0, size = 0;
    long long modified_ns = 0, changed_ns = 0;
    bool operator==(const Status&) const = default;
  };
  struct Entry {
    Parsed parsed;
    Status status;
    bool racy = false;  // modified too shortly before it was read for the times to tell
    bool used = false;
  };
  static std::optional<Status> status_of(const std::string& path);
  static bool too_recent(const Status& status);
  std::unordered_map<std::string, Entry> entries_;
};

// A kept file as load_xml_file gives it: its text registered with `sources`
// (for diagnostics) under `path`, its parse shared, no check run again (it
// passed them all when it was read).
XmlFile cached_xml_file(const std::string& path, const ParsedFileCache::Parsed& parsed, diag::SourceManager& sources);

}  // namespace briefc::read
