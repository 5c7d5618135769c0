#include "cli/edition_history.hpp"

#include "read/edition_loader.hpp"

namespace briefc::cli {

resolve::EditionHistory read_edition_history(const model::Document& document, diag::SourceManager& sources,
                                             diag::Diagnostics& diags, const read::LoaderOptions& options,
                                             const text::LocaleContext& locales) {
  resolve::EditionHistory history;
  for (const auto& edition : read::load_previous_editions(document, sources, diags, options))
    history.previous.push_back(resolve::edition_contents(edition.document, *edition.corpus, locales));
  return history;
}

}  // namespace briefc::cli
