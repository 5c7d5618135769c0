#include "read/loader.hpp"

#include "read/case_updates.hpp"
#include "read/document_reader.hpp"
#include "read/element_reader.hpp"
#include "read/folder_listing.hpp"
#include "read/parsed_file_cache.hpp"
#include "read/read_ahead.hpp"
#include "read/records_reader.hpp"
#include "read/xml_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace fs = std::filesystem;

namespace briefc::read {

namespace {

std::string canonical_or_empty(const std::string& path) {
  std::error_code ec;
  auto p = fs::weakly_canonical(fs::path(path), ec);
  return ec ? std::string{} : p.string();
}

bool is_inside(const std::string& path, const std::string& root) {
  auto rel = fs::path(path).lexically_relative(fs::path(root));
  return !rel.empty() && *rel.begin() != "..";
}

std::vector<pugi::xml_node> element_children(const pugi::xml_node& n) {
  std::vector<pugi::xml_node> out;
  for (auto c : n.children())
    if (c.type() == pugi::node_element) out.push_back(c);
  return out;
}

}  // namespace

std::string find_project_root(const std::string& start) {
  std::error_code ec;
  auto dir = fs::weakly_canonical(fs::path(start), ec);
  if (ec) return {};
  for (auto p = dir; !p.empty(); p = p.parent_path()) {
    if (fs::is_directory(p / "styles", ec) && fs::is_directory(p / "sources", ec)) return p.string();
    if (p == p.parent_path()) break;
  }
  return {};
}

std::string display_path(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(fs::path(path), ec).lexically_normal();
  if (ec) return path;
  fs::path cwd = fs::current_path(ec);
  if (ec) return absolute.string();
  std::string shown = absolute.lexically_relative(cwd).string();
  if (shown.empty() || shown == "." || shown.rfind("..", 0) == 0) return absolute.string();
  return shown;
}

Loader::Loader(diag::SourceManager& sources, diag::Diagnostics& diags, model::Corpus& corpus, LoaderOptions options)
    : sources_(sources), diags_(diags), corpus_(corpus), options_(std::move(options)) {}

Loader::~Loader() = default;

bool Loader::may_include(const std::string& href, const std::string& canonical) const {
  return options_.allow_outside_root || options_.project_root.empty() ||
         (!fs::path(href).is_absolute() && is_inside(canonical, options_.project_root));
}

void Loader::follow_include(const std::string& base_dir, const std::string& href, diag::SourceLocation where) {
  if (href.empty()) {
    diags_.error(where, "<include> has an empty href");
    return;
  }
  fs::path target = fs::path(href).is_absolute() ? fs::path(href) : fs::path(base_dir) / href;
  std::string canonical = canonical_or_empty(target.string());
  if (!may_include(href, canonical)) {
    diags_.error(where, fmt::format("include '{}' reaches outside the project folder", href),
                 fmt::format("keep included files inside {} (or pass --allow-outside-project)", options_.project_root));
    return;
  }
  load_path(target.string(), where);
}

void Loader::load_path(const std::string& path, diag::SourceLocation included_at) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    load_folder(path, included_at);
    return;
  }
  std::string canonical = canonical_or_empty(path);
  if (canonical.empty() || !fs::exists(canonical, ec)) {
    if (included_at.known())
      diags_.error(included_at, fmt::format("included file '{}' does not exist", display_path(path)),
                   "an include's href is relative to the folder of the file that holds the <include>");
    else
      diags_.file_error(path, "file does not exist");
    return;
  }
  if (auto it = std::find(include_stack_.begin(), include_stack_.end(), canonical); it != include_stack_.end()) {
    auto& d = diags_.error(included_at,
                           fmt::format("include cycle: '{}' ends up including itself", display_path(canonical)),
                           "remove one of the <include>s in the cycle");
    for (auto i = static_cast<std::size_t>(it - include_stack_.begin()) + 1; i < include_sites_.size(); ++i)
      d.notes.push_back(
          {include_sites_[i], fmt::format("'{}' is included from here", display_path(include_stack_[i]))});
    return;
  }
  if (loaded_.count(canonical)) return;
  load_records_file(canonical, included_at);
}

void Loader::load_folder(const std::string& path, diag::SourceLocation included_at) {
  // Each folder once: a symbolic link to a folder above it would otherwise
  // walk a loop until the path grew too long for the system.
  std::string folder = canonical_or_empty(path);
  if (folder.empty() || !folders_seen_.insert(folder).second) return;
  if (!found_inside_project(path, folder, included_at)) return;
  // Each level is a few frames of recursion: a folder tree deeper than any
  // project needs is refused, before it can matter.
  if (folder_depth_ > max_folder_depth) {
    std::string message = fmt::format("folders are nested more than {} levels deep below the include, at '{}'",
                                      max_folder_depth, display_path(path));
    auto& d = included_at.known() ? diags_.error(included_at, message) : diags_.file_error(display_path(path), message);
    d.rule = "nesting-too-deep";
    return;
  }
  FolderListing listing = list_folder(path);
  if (!listing.error.empty()) {
    auto& d = included_at.known()
                  ? diags_.error(included_at, fmt::format("cannot list the folder '{}': {}", display_path(path), listing.error))
                  : diags_.file_error(display_path(path), fmt::format("cannot list this folder: {}", listing.error));
    d.rule = "input-not-file";
  }
  std::vector<std::string> files, next;
  for (auto& f : listing.files) {
    std::string canonical = canonical_or_empty(f.string());
    if (canonical.empty() || !found_inside_project(f.string(), canonical, included_at)) continue;
    files.push_back(f.string());
    if (!loaded_.count(canonical)) next.push_back(canonical);
  }
  read_ahead(next);
  for (auto& f : files) load_path(f, included_at);
  ++folder_depth_;
  for (auto& d : listing.folders) load_path(d.string(), included_at);
  --folder_depth_;
}

bool Loader::found_inside_project(const std::string& path, const std::string& canonical,
                                  diag::SourceLocation included_at) {
  if (options_.allow_outside_root || options_.project_root.empty() || is_inside(canonical, options_.project_root) ||
      canonical == options_.project_root)
    return true;
  std::string message = fmt::format("'{}', found by a folder include, is a link to '{}', outside the project folder",
                                    display_path(path), canonical);
  std::string hint = fmt::format("keep included files inside {} (or pass --allow-outside-project)", options_.project_root);
  auto& d = included_at.known() ? diags_.error(included_at, message, hint)
                                : diags_.file_error(display_path(path), message, hint);
  d.rule = "include-outside-project";
  return false;
}

void Loader::read_ahead(const std::vector<std::string>& all_paths) {
  // What the session's cache holds unchanged is not read at all.
  std::vector<std::string> canonical_paths;
  for (const auto& p : all_paths)
    if (!options_.cache || !options_.cache->probably_unchanged(p)) canonical_paths.push_back(p);
  if (canonical_paths.empty()) return;
  if (!read_ahead_)
    read_ahead_ = std::make_unique<ReadAhead>(
        [this](const std::string& path, const pugi::xml_document& doc) { return included_files(path, doc); });
  read_ahead_->expect_next(canonical_paths);
}

// Runs on the read-ahead thread too: it reads only `options_`, which never changes.
std::vector<std::string> Loader::included_files(const std::string& canonical, const pugi::xml_document& doc) const {
  std::vector<std::string> out;
  std::string base = fs::path(canonical).parent_path().string();
  for (auto n : doc.document_element().children("include")) {
    std::string href = n.attribute("href").value();
    if (href.empty()) continue;
    fs::path target = fs::path(href).is_absolute() ? fs::path(href) : fs::path(base) / href;
    std::error_code ec;
    std::string included = canonical_or_empty(target.string());
    if (!included.empty() && may_include(href, included) && fs::is_regular_file(included, ec)) out.push_back(included);
  }
  return out;
}

void Loader::load_records_file(const std::string& canonical, diag::SourceLocation included_at) {
  std::optional<ParsedAhead> ahead;
  if (read_ahead_ && !(options_.cache && options_.cache->probably_unchanged(canonical)))
    ahead = read_ahead_->take(canonical);
  auto file = load_file(canonical, display_path(canonical), ahead ? &*ahead : nullptr);
  loaded_.insert(canonical);
  if (!file) return;
  ElementReader r(*file, sources_, diags_);
  auto root = file->doc->document_element();
  std::string root_name = root.name();
  if (root_name == "document" || root_name == "style") return;  // folders may hold these beside records
  if (root_name != "records") {
    diags_.error(r.at(root), fmt::format("expected a <records> file, found <{}>", root_name),
                 "records files start with <records>, documents with <document>");
    return;
  }
  r.check_attributes(root, {});
  r.check_children(root,
                   {"include", "source", "provision", "person", "organisation", "case", "recommendation", "update",
                    "vocabulary", "group"});
  include_stack_.push_back(canonical);
  include_sites_.push_back(included_at);
  std::string base = fs::path(canonical).parent_path().string();
  read_ahead(included_files(canonical, *file->doc));
  for (auto n : element_children(root)) {
    std::string name = n.name();
    if (name == "include") {
      r.check_attributes(n, {"href"}, {"href"});
      follow_include(base, n.attribute("href").value(), r.at(n, "href"));
    } else if (name == "source") read_source(r, n, corpus_);
    else if (name == "provision") read_provision(r, n, corpus_);
    else if (name == "person") read_person(r, n, corpus_);
    else if (name == "organisation") read_organisation(r, n, corpus_);
    else if (name == "case") read_case(r, n, corpus_);
    else if (name == "recommendation") read_recommendation(r, n, corpus_);
    else if (name == "update") read_case_update(r, n, corpus_);
    else if (name == "vocabulary") read_vocabulary(r, n, corpus_);
    else if (name == "group") read_group(r, n, corpus_);
  }
  include_stack_.pop_back();
  include_sites_.pop_back();
}

std::optional<XmlFile> Loader::load_file(const std::string& canonical, const std::string& shown, ParsedAhead* ahead) {
  if (!options_.cache || canonical.empty()) return load_xml_file(shown, sources_, diags_, ahead);
  if (const auto* kept = options_.cache->find(canonical)) return cached_xml_file(shown, *kept, sources_);
  std::size_t reported = diags_.all().size();
  auto file = load_xml_file(shown, sources_, diags_, ahead);
  if (file && diags_.all().size() == reported)
    options_.cache->store(canonical, std::string(sources_.text(file->file)), file->doc);
  return file;
}

void Loader::load_records(const std::string& path) {
  load_path(path, {});
  apply_case_updates(corpus_, diags_);
}

std::optional<model::Document> Loader::load_document(const std::string& path) {
  std::string canonical = canonical_or_empty(path);
  auto file = load_file(canonical, path, nullptr);
  if (!file) return std::nullopt;
  loaded_.insert(canonical);
  ElementReader r(*file, sources_, diags_);
  auto root = file->doc->document_element();
  if (std::string(root.name()) != "document") {
    diags_.error(r.at(root), fmt::format("expected a <document>, found <{}>", root.name()),
                 "build a document file (sources/documents/…), not a records file");
    return std::nullopt;
  }
  include_stack_.push_back(canonical);
  include_sites_.push_back({});
  std::string base = fs::path(canonical).parent_path().string();
  for (auto inc : root.children("include")) {
    r.check_attributes(inc, {"href"}, {"href"});
    r.check_children(inc, {});
    follow_include(base, inc.attribute("href").value(), r.at(inc, "href"));
  }
  include_stack_.pop_back();
  include_sites_.pop_back();
  apply_case_updates(corpus_, diags_);
  return read_document(r, root);
}

}  // namespace briefc::read
