#include "pdf/span_language.hpp"

#include "text/utf8.hpp"

namespace briefc::pdf {

namespace {

bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

bool is_kazakh_letter(char32_t c) {
  switch (c) {
    case U'ә': case U'Ә': case U'ғ': case U'Ғ': case U'қ': case U'Қ': case U'ң': case U'Ң': case U'ө': case U'Ө':
    case U'ұ': case U'Ұ': case U'ү': case U'Ү': case U'һ': case U'Һ': case U'і': case U'І':
      return true;
    default:
      return false;
  }
}

bool cyrillic_language(std::string_view lang) {
  auto primary = lang.substr(0, lang.find('-'));
  return primary == "ru" || primary == "kk" || primary == "uk" || primary == "be" || primary == "ky" ||
         primary == "tg" || primary == "uz" || primary == "mn";
}

}  // namespace

WordLanguage word_language(std::string_view utf8, std::string_view document_lang) {
  bool letters = false, cyrillic = false, kazakh = false;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // ASCII: the common case, no decoding
      letters = letters || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      ++i;
      continue;
    }
    char32_t c = text::decode_at(utf8, i);
    if (is_cyrillic(c)) {
      cyrillic = true;
      kazakh = kazakh || is_kazakh_letter(c);
    } else if (c >= 0x00C0 && c <= 0x024F) {
      letters = true;  // accented Latin
    }
  }
  if (cyrillic && !cyrillic_language(document_lang)) return kazakh ? WordLanguage::Kazakh : WordLanguage::Russian;
  return letters || cyrillic ? WordLanguage::Document : WordLanguage::Neutral;
}

std::string_view language_tag(WordLanguage language) {
  switch (language) {
    case WordLanguage::Russian: return "ru";
    case WordLanguage::Kazakh: return "kk";
    case WordLanguage::Neutral:
    case WordLanguage::Document: break;
  }
  return {};
}

}  // namespace briefc::pdf
