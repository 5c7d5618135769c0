#include "leak/text_fold.hpp"

#include "text/case_map.hpp"
#include "text/utf8.hpp"

namespace briefc::leak {

namespace {

enum class CharClass { Word, Separator, Joiner };

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    bool alnum = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return alnum ? CharClass::Word : CharClass::Separator;
  }
  if (cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x2060) return CharClass::Joiner;
  if (cp == 0x00AA || cp == 0x00B5 || cp == 0x00BA) return CharClass::Word;       // ª µ º are letters
  if (cp <= 0x00BF || cp == 0x00D7 || cp == 0x00F7) return CharClass::Separator;  // Latin-1 punctuation, NBSP, « »
  if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::Separator;  // spaces, dashes, quotes, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return CharClass::Separator;  // CJK punctuation
  if (cp >= 0xE000 && cp <= 0xF8FF) return CharClass::Separator;  // private use
  if (cp >= 0xFE10 && cp <= 0xFE6F) return CharClass::Separator;  // presentation forms of punctuation
  if (cp >= 0xFF00 && cp <= 0xFF0F) return CharClass::Separator;  // full-width punctuation
  if (cp == 0xFEFF || cp == text::replacement_character) return CharClass::Separator;
  return CharClass::Word;  // letters of every script, combining marks, digits
}

}  // namespace

std::string fold(const text::LocaleContext& locales, std::string_view input) {
  // Words and single spaces first (always valid UTF-8), then NFC and lower case,
  // which neither make nor remove a separator.
  std::string words = " ";
  std::size_t i = 0;
  while (i < input.size()) {
    char32_t cp = text::decode_at(input, i);
    switch (classify(cp)) {
      case CharClass::Word:
        text::append_utf8(words, cp);
        break;
      case CharClass::Joiner:
        break;
      case CharClass::Separator:
        if (words.back() != ' ') words += ' ';
        break;
    }
  }
  if (words.back() != ' ') words += ' ';
  if (words.size() == 1) return words;
  bool ascii = true;
  for (char c : words) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    for (char& c : words)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return words;
  }
  return text::to_lower(locales, text::normalize_nfc(locales, words), "und");
}

std::size_t word_characters(std::string_view folded) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < folded.size();) {
    char32_t cp = text::decode_at(folded, i);
    if (cp != U' ') ++n;
  }
  return n;
}

}  // namespace briefc::leak
