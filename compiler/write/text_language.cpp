#include "write/text_language.hpp"

#include "text/utf8.hpp"

namespace briefc::write {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_kazakh_letter(char32_t c) {
  switch (c) {
    case U'ә': case U'Ә': case U'ғ': case U'Ғ': case U'қ': case U'Қ': case U'ң': case U'Ң':
    case U'ө': case U'Ө': case U'ұ': case U'Ұ': case U'ү': case U'Ү': case U'һ': case U'Һ':
    case U'і': case U'І':
      return true;
    default:
      return false;
  }
}

bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }
bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

}  // namespace

std::string regional_tag(std::string_view lang) {
  if (lang.find('-') != std::string_view::npos || lang.empty()) return std::string(lang.empty() ? "en-GB" : lang);
  if (lang == "en") return "en-GB";
  if (lang == "ru") return "ru-RU";
  if (lang == "kk") return "kk-KZ";
  return std::string(lang);
}

std::string run_language(std::string_view text, std::string_view document_lang) {
  bool cyrillic = false, kazakh = false, latin = false;
  std::size_t at = 0;
  while (at < text.size()) {
    char32_t c = text::decode_at(text, at);
    if (is_kazakh_letter(c)) kazakh = true;
    else if (is_cyrillic(c)) cyrillic = true;
    else if (is_latin_letter(c)) latin = true;
  }
  bool document_cyrillic = starts_with(document_lang, "ru") || starts_with(document_lang, "kk");
  if (kazakh) return "kk-KZ";
  if (cyrillic) return starts_with(document_lang, "kk") ? "kk-KZ" : "ru-RU";
  if (latin && document_cyrillic) return "en-GB";
  return regional_tag(document_lang);
}

}  // namespace briefc::write
