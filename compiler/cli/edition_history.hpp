// The earlier editions of a document, read and summed up for the resolver
// and for `briefc diff`.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/document.hpp"
#include "read/loader.hpp"
#include "resolve/editions.hpp"
#include "text/locale_context.hpp"

namespace briefc::cli {

// Reads the chain of <previous-edition>s of `document` (read/edition_loader.hpp)
// and sums each edition up (resolve/editions.hpp). Problems go to `diags`.
resolve::EditionHistory read_edition_history(const model::Document& document, diag::SourceManager& sources,
                                             diag::Diagnostics& diags, const read::LoaderOptions& options,
                                             const text::LocaleContext& locales);

}  // namespace briefc::cli
