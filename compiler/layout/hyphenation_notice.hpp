// Tells the author, once per document, when its text will not be hyphenated:
// a language without patterns (Kazakh: Debian ships none, and the Russian
// KOI8-R patterns cannot encode its letters) or a pattern file that fails to
// load. Layout then justifies without hyphens, which is correct but looser.
#pragma once

#include "diag/diagnostics.hpp"
#include "text/hyphenator.hpp"

#include <string>

namespace briefc::layout {

// Loads the language's patterns (so the first paragraph does not pay for it)
// and warns at `where` (the document) if there are none to use.
void warn_if_not_hyphenated(const std::string& lang, diag::SourceLocation where, text::HyphenatorSet& hyphenators,
                            diag::Diagnostics& diags);

}  // namespace briefc::layout
