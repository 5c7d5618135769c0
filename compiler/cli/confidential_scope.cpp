#include "cli/confidential_scope.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace briefc::cli {

ConfidentialScope confidential_scope(const std::string& project_root, const std::set<std::string>& already,
                                     const model::Corpus& corpus, const model::Document& document,
                                     diag::SourceManager& sources, diag::Diagnostics& diags,
                                     const read::LoaderOptions& options) {
  ConfidentialScope scope;
  scope.rest = std::make_unique<model::Corpus>();
  std::error_code ec;
  fs::path records = fs::path(project_root) / "sources";
  if (!project_root.empty() && fs::is_directory(records, ec)) {
    diag::Diagnostics quiet;
    read::Loader loader(sources, quiet, *scope.rest, options);
    loader.assume_loaded(already);
    // Every folder of sources/ but documents/ (papers hold no records; a
    // document's own fields are the document's business).
    std::vector<fs::path> parts;  // in name order, so values (and messages) come in one order
    for (const auto& entry : fs::directory_iterator(records, ec)) {
      std::error_code kind_error;
      if (entry.path().filename() != "documents" &&
          (entry.is_directory(kind_error) || (entry.is_regular_file(kind_error) && entry.path().extension() == ".xml")))
        parts.push_back(entry.path());
    }
    std::sort(parts.begin(), parts.end());
    for (const auto& part : parts) loader.load_records(part.string());
    if (quiet.error_count() > 0)
      diags.warning({}, fmt::format("{} problem(s) in records files this document does not include: the leak check "
                                    "may miss confidential values there",
                                    quiet.error_count()),
                    "run briefc check --all to see them")
          .path_override = records.string();
  }
  std::vector<const model::Corpus*> corpora = {&corpus, scope.rest.get()};
  scope.values = leak::confidential_values(corpora, document);
  // Only a scanner with values reads them (a project without confidential
  // records, the common case, pays nothing).
  if (!scope.values.empty()) scope.public_texts = leak::public_texts(corpora);
  return scope;
}

}  // namespace briefc::cli
