#include "cli/project_rest.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace briefc::cli {

ProjectRest load_project_rest(const std::string& project_root, const std::set<std::string>& already,
                              diag::SourceManager& sources, const read::LoaderOptions& options) {
  ProjectRest rest;
  rest.corpus = std::make_unique<model::Corpus>();
  std::error_code ec;
  fs::path records = fs::path(project_root) / "sources";
  if (project_root.empty() || !fs::is_directory(records, ec)) return rest;
  rest.records_folder = records.string();
  diag::Diagnostics quiet;
  read::Loader loader(sources, quiet, *rest.corpus, options);
  loader.assume_loaded(already);
  // Every folder of sources/ but documents/ (papers hold no records; a
  // document's own fields are the document's business), in name order, so
  // what is found (and said) comes in one order.
  std::vector<fs::path> parts;
  // Listed without exceptions: a folder that cannot be read is skipped.
  for (fs::directory_iterator it(records, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code kind_error;
    const auto& entry = *it;
    if (entry.path().filename() != "documents" &&
        (entry.is_directory(kind_error) || (entry.is_regular_file(kind_error) && entry.path().extension() == ".xml")))
      parts.push_back(entry.path());
  }
  std::sort(parts.begin(), parts.end());
  for (const auto& part : parts) loader.load_records(part.string());
  rest.problems = quiet.error_count();
  return rest;
}

}  // namespace briefc::cli
