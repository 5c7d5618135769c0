#include "cli/confidential_scope.hpp"

#include "cli/project_rest.hpp"

#include <fmt/format.h>
#include <vector>

namespace briefc::cli {

ConfidentialScope confidential_scope(const std::string& project_root, const std::set<std::string>& already,
                                     const model::Corpus& corpus, const model::Document& document,
                                     diag::SourceManager& sources, diag::Diagnostics& diags,
                                     const read::LoaderOptions& options) {
  ConfidentialScope scope;
  auto rest = load_project_rest(project_root, already, sources, options);
  scope.rest = std::move(rest.corpus);
  if (rest.problems > 0)
    diags.warning({}, fmt::format("{} problem(s) in records files this document does not include: the leak check "
                                  "may miss confidential values there",
                                  rest.problems),
                  "run briefc check --all to see them")
        .path_override = rest.records_folder;
  std::vector<const model::Corpus*> corpora = {&corpus, scope.rest.get()};
  scope.values = leak::confidential_values(corpora, document);
  // Only a scanner with values reads them (a project without confidential
  // records, the common case, pays nothing).
  if (!scope.values.empty()) scope.public_texts = leak::public_texts(corpora);
  return scope;
}

}  // namespace briefc::cli
