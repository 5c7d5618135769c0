// Escaping for the XML the generator writes. Text and attribute values are
// escaped separately because a value is always written between double quotes.
#pragma once

#include <string>
#include <string_view>

namespace briefc::bench {

// Escapes & and <, and `also` (> in text, " in an attribute value).
inline std::string escape_xml(std::string_view s, char also) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == also) out += c == '"' ? "&quot;" : "&gt;";
    else out += c;
  }
  return out;
}

inline std::string escape_text(std::string_view s) { return escape_xml(s, '>'); }
inline std::string escape_attribute(std::string_view s) { return escape_xml(s, '"'); }

// Characters as printed: UTF-8 continuation bytes do not count, so a Cyrillic
// title counts as many characters as it has letters.
inline std::size_t printed_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace briefc::bench
