#include "layout/hyphenation_notice.hpp"

#include "text/messages.hpp"

#include <fmt/format.h>

namespace briefc::layout {

void warn_if_not_hyphenated(const std::string& lang, diag::SourceLocation where, text::HyphenatorSet& hyphenators,
                            diag::Diagnostics& diags) {
  const auto name = text::language_name_message(lang);
  const std::string language = name ? std::string(name->id) : "'" + lang + "'";
  if (!hyphenators.has_patterns(lang)) {
    diags.warning(where,
                  fmt::format("{} text is not hyphenated: there are no {} hyphenation patterns", language, language),
                  "lines are justified without hyphens (Debian ships no patterns for this language)");
    return;
  }
  if (hyphenators.for_language(lang) == nullptr)
    diags.warning(where, fmt::format("{} text is not hyphenated: {}", language, hyphenators.load_error(lang)),
                  "install the language's hyphen-* package (hyphen-en-us, hyphen-ru)");
}

}  // namespace briefc::layout
