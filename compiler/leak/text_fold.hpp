// The form in which the leak check compares text: words only, lower case.
//
// A confidential name must be found however the PDF happens to print it:
// "AIGUL NURLANOVA" in an upper-cased heading, "Nurlanova’s" with a curly
// apostrophe, "Aigul\u00A0Nurlanova" with a no-break space, a URL broken after
// a slash. So both the confidential value and the printed text are reduced to
// their words — runs of letters and digits, in Unicode lower case after NFC —
// separated by single spaces, with a space at both ends:
//
//   "Aigul NURLANOVA’s case"  →  " aigul nurlanova s case "
//
// and a value is found when its folded form occurs in the folded text, which
// is a match on whole words ("Li" is not found in "Lina"). Everything that is
// not a letter or digit (punctuation, symbols, spaces, and bytes that are not
// UTF-8) separates words; a soft hyphen and zero-width joiners join them.
#pragma once

#include "text/locale_context.hpp"

#include <string>
#include <string_view>

namespace briefc::leak {

// The folded form of `text`; " " for text without a word. Accepts any bytes.
std::string fold(const text::LocaleContext& locales, std::string_view text);

// The number of letters and digits in a folded text.
std::size_t word_characters(std::string_view folded);

}  // namespace briefc::leak
