#include "import/imported_source.hpp"

#include <algorithm>

namespace briefc::import {

std::string language_tag(const std::string& language) {
  std::string l;
  for (char c : language) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  l = l.substr(0, l.find_first_of("-_ "));
  struct Name {
    const char* name;
    const char* tag;
  };
  static constexpr Name names[] = {
      {"ru", "ru"}, {"rus", "ru"}, {"russian", "ru"}, {"русский", "ru"},   {"kk", "kk"},   {"kaz", "kk"},
      {"kazakh", "kk"}, {"қазақ", "kk"}, {"казахский", "kk"}, {"en", "en"}, {"eng", "en"}, {"english", "en"},
      {"английский", "en"}, {"uz", "uz"}, {"uzbek", "uz"},   {"ky", "ky"},   {"kyrgyz", "ky"}, {"tg", "tg"},
      {"tajik", "tg"}, {"tk", "tk"},   {"turkmen", "tk"},   {"de", "de"},   {"german", "de"}, {"fr", "fr"},
      {"french", "fr"}};
  for (const auto& n : names)
    if (l == n.name) return n.tag;
  return {};
}

std::string source_id(const std::string& key) {
  std::string id = "src-";
  for (char c : key) {
    char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '-';
    if (keep)
      id += lower;
    else if (id.back() != '-')
      id += '-';
  }
  while (id.size() > 4 && id.back() == '-') id.pop_back();
  return id;
}

}  // namespace briefc::import
