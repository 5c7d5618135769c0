// Case mapping and normalisation with the rules of the text's language.
//
// Full Unicode case mapping through ICU, so one code point may become
// several ("ß" → "SS") and the byte length may change: never map offsets
// computed on the input onto the output.
#pragma once

#include <string>
#include <string_view>

#include "text/locale_context.hpp"

namespace briefc::text {

// Upper case for `lang` (a BCP 47 tag): "ёжик" → "ЁЖИК", Kazakh "әіқ" →
// "ӘІҚ", and in Turkish ("tr") and Azerbaijani "i" → "İ" rather than "I".
// Precondition for this and to_lower: valid UTF-8 (malformed bytes come back
// as U+FFFD).
std::string to_upper(const LocaleContext& context, std::string_view utf8, std::string_view lang);

// Lower case for `lang`: in "tr", "I" → "ı" and "İ" → "i".
std::string to_lower(const LocaleContext& context, std::string_view utf8, std::string_view lang);

// Lower case without ICU or a language, for keys the checks compare (a
// publisher's name, a note's words), never for printed text: ASCII and the
// Russian alphabet (А–Я and Ё become а–я and ё); every other byte is kept as
// it is, so the byte length never changes.
std::string lower_latin_cyrillic(std::string_view utf8);

// Unicode Normalization Form C: composes "e" + U+0301 into "é", so text
// pasted from different sources compares, measures and hyphenates the same.
// NFC does not depend on language. Precondition: valid UTF-8 (ICU drops
// malformed bytes here).
std::string normalize_nfc(const LocaleContext& context, std::string_view utf8);

}  // namespace briefc::text
