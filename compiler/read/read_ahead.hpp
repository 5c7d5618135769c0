// Reading and parsing XML files on a worker thread, ahead of the loader.
//
// A large corpus is hundreds of files; reading each one and running pugixml
// over it is about a sixth of `briefc check --all`, and needs nothing from
// the files before it. The loader tells a ReadAhead which files it will load
// next, in the order it will load them; a worker thread reads and parses a
// few of them ahead while the main thread turns the previous ones into
// records. Everything that reports — stat checks, the UTF-8 check, parse
// errors, registering the text for diagnostics — stays on the main thread,
// in load order, so the diagnostics are the same as without it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <pugixml.hpp>
#include <string>
#include <thread>
#include <vector>

namespace briefc::read {

// One file, read and parsed. `read` is false when the file could not be read
// or is over the size limit: the main thread then reads it itself, and says
// why.
struct ParsedAhead {
  bool read = false;
  std::string bytes;
  std::unique_ptr<pugi::xml_document> doc;  // parsed from its own copy of `bytes`
  pugi::xml_parse_result result;
};

// What load_xml_file does short of reporting: read `path` and parse it.
ParsedAhead read_and_parse(const std::string& path);

class ReadAhead {
public:
  // The files a parsed file will make the loader load first (its includes),
  // canonical and in order. Called on the worker thread: it must only read
  // the document and immutable settings.
  using Discover = std::function<std::vector<std::string>(const std::string& path, const pugi::xml_document& doc)>;

  // `lookahead`: how many parsed files may wait for the main thread.
  explicit ReadAhead(Discover discover, std::size_t lookahead = 3);
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // The files the loader will load next, in order; they go before any asked
  // for earlier (the loader goes depth first). Paths are canonical. The
  // includes of each file parsed are expected the same way, by the worker.
  void expect_next(const std::vector<std::string>& paths);

  // The file read and parsed, waiting for the worker if it is on it now.
  // Nothing when it was not expected or the worker has not started it (the
  // caller then reads it itself: waiting could take longer than reading).
  std::optional<ParsedAhead> take(const std::string& path);

private:
  void work();

  void expect_next_locked(const std::vector<std::string>& paths);

  Discover discover_;
  std::size_t lookahead_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> queue_;             // expected, not started
  std::string in_progress_;                   // the file the worker is on, if any
  std::map<std::string, ParsedAhead> ready_;  // parsed, not yet taken
  std::set<std::string> taken_;               // asked for by the loader: never read again
  bool stopping_ = false;
  std::thread worker_;  // last: it starts once everything above exists
};

}  // namespace briefc::read
