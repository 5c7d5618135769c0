// Loads a build's inputs: a document, every records file it includes
// (following includes transitively, each file once), and checks that every id
// a record or the document refers to exists.
//
// Includes may not leave the project folder: a document shared by e-mail must
// not be able to pull in /etc/passwd or a colleague's private notes.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"

#include <pugixml.hpp>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace briefc::read {

class ReadAhead;
struct ParsedAhead;
struct XmlFile;

// Subfolders a folder include reads below the folder it names.
inline constexpr int max_folder_depth = 32;

class ParsedFileCache;

struct LoaderOptions {
  std::string project_root;          // includes must stay inside; empty: no limit
  bool allow_outside_root = false;   // --allow-outside-project
  // A session's files read and parsed by earlier builds (`briefc watch`):
  // those unchanged since are neither read nor parsed again.
  ParsedFileCache* cache = nullptr;
};

class Loader {
public:
  Loader(diag::SourceManager& sources, diag::Diagnostics& diags, model::Corpus& corpus, LoaderOptions options);
  ~Loader();
  Loader(const Loader&) = delete;
  Loader& operator=(const Loader&) = delete;

  // Reads a document and its includes. Returns the document even when some of
  // its parts had errors (they are in diags), unless the file itself failed.
  std::optional<model::Document> load_document(const std::string& path);
  // Reads a records file (or every *.xml in a folder) and its includes.
  void load_records(const std::string& path);

  // The canonical paths of every file read so far.
  const std::set<std::string>& loaded_files() const { return loaded_; }
  // Treats these files as read already: the leak check's pass over the whole
  // project (cli/confidential_scope.hpp) skips what the document's load read.
  void assume_loaded(const std::set<std::string>& canonical_paths) {
    loaded_.insert(canonical_paths.begin(), canonical_paths.end());
  }

private:
  void load_path(const std::string& path, diag::SourceLocation included_at);
  // Every .xml file of a folder and its subfolders, each folder once.
  void load_folder(const std::string& path, diag::SourceLocation included_at);
  // Whether a file or folder a folder include found (`canonical`: where its
  // links lead) lies inside the project; reports it when not.
  bool found_inside_project(const std::string& path, const std::string& canonical, diag::SourceLocation included_at);
  void load_records_file(const std::string& canonical, diag::SourceLocation included_at);
  // load_xml_file, or the session's cache when the file did not change
  // (read/parsed_file_cache.hpp); what it reads cleanly joins the cache.
  std::optional<XmlFile> load_file(const std::string& canonical, const std::string& shown, ParsedAhead* ahead);
  void follow_include(const std::string& base_dir, const std::string& href, diag::SourceLocation where);
  // Whether an include may load `canonical` (the project-folder rule).
  bool may_include(const std::string& href, const std::string& canonical) const;
  // The regular files a records file includes, canonical, in order, that the
  // project-folder rule allows (for the read-ahead; follow_include decides).
  std::vector<std::string> included_files(const std::string& canonical, const pugi::xml_document& doc) const;
  // Tells the read-ahead thread which files come next (read/read_ahead.hpp).
  void read_ahead(const std::vector<std::string>& canonical_paths);

  diag::SourceManager& sources_;
  diag::Diagnostics& diags_;
  model::Corpus& corpus_;
  LoaderOptions options_;
  std::set<std::string> loaded_;           // canonical paths already read
  std::set<std::string> folders_seen_;     // canonical folders already listed
  int folder_depth_ = 0;                   // subfolders below the folder an include named
  std::vector<std::string> include_stack_; // for cycle detection
  std::vector<diag::SourceLocation> include_sites_;
  std::unique_ptr<ReadAhead> read_ahead_;  // started when there is more than one file to read
};

// An id that no record defines, and the error in `diags` that says so (its
// index), so that a caller who can look further (the project's other records
// files, cli/missing_includes.hpp) can say where it is defined.
struct UnknownReference {
  std::string id;
  std::size_t diagnostic = 0;
};

// Reports references to ids that do not exist (or name the wrong kind of
// record) across the corpus and the document; returns the ids that do not exist.
std::vector<UnknownReference> check_references(const model::Corpus& corpus, const model::Document* document,
                                               diag::Diagnostics& diags);

// Reports themes and statuses (of cases, updates, recommendation templates
// and the document's <cases>/<developments>) that are neither briefc's nor
// declared in the project's <vocabulary> (model/vocabulary.hpp).
void check_vocabulary(const model::Corpus& corpus, const model::Document* document, diag::Diagnostics& diags);

// The folder holding `styles/` above `start` (a document's folder), or "".
std::string find_project_root(const std::string& start);

// A path as the user would type it, for messages: relative to the working
// folder when the file lies inside it ("sources/records/cases.xml"), else
// absolute; never with "." or ".." steps.
std::string display_path(const std::string& path);

}  // namespace briefc::read
