#include "pdf/to_unicode.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>

namespace briefc::pdf {

namespace {

struct Entry {
  char32_t first, last;  // a run of consecutive codes with the same first byte
};

void append_block(std::string& out, const char* kind, const std::vector<std::string>& lines) {
  // At most 100 entries between begin…/end… (PDF 32000-1, 9.7.5.4).
  for (std::size_t at = 0; at < lines.size(); at += 100) {
    std::size_t n = std::min<std::size_t>(100, lines.size() - at);
    out += fmt::format("{} begin{}\n", n, kind);
    for (std::size_t i = at; i < at + n; ++i) out += lines[i];
    out += fmt::format("end{}\n", kind);
  }
}

}  // namespace

std::string utf16be(std::string_view text, bool bom) {
  std::string out;
  if (bom) out += "\xFE\xFF";
  auto unit = [&](char32_t u) {
    out += static_cast<char>((u >> 8) & 0xFF);
    out += static_cast<char>(u & 0xFF);
  };
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = text::decode_at(text, i);
    if (c > 0xFFFF) {
      c -= 0x10000;
      unit(0xD800 + (c >> 10));
      unit(0xDC00 + (c & 0x3FF));
    } else {
      unit(c);
    }
  }
  return out;
}

std::string hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out += digits[b >> 4];
    out += digits[b & 0xF];
  }
  return out;
}

std::string to_unicode_cmap(const std::vector<char32_t>& codes,
                            const std::vector<std::pair<std::uint16_t, std::string>>& glyph_codes) {
  std::vector<Entry> entries;
  for (char32_t c : codes) {
    if (c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) continue;
    if (!entries.empty() && entries.back().last + 1 == c && (entries.back().first >> 8) == (c >> 8))
      entries.back().last = c;
    else
      entries.push_back({c, c});
  }
  std::vector<std::string> singles, ranges;
  for (const auto& e : entries) {
    if (e.first == e.last)
      singles.push_back(fmt::format("<{:04X}> <{:04X}>\n", static_cast<unsigned>(e.first), static_cast<unsigned>(e.first)));
    else
      ranges.push_back(fmt::format("<{:04X}> <{:04X}> <{:04X}>\n", static_cast<unsigned>(e.first),
                                   static_cast<unsigned>(e.last), static_cast<unsigned>(e.first)));
  }
  for (const auto& [code, shown] : glyph_codes)
    singles.push_back(fmt::format("<{:04X}> <{}>\n", static_cast<unsigned>(code), hex(utf16be(shown, false))));
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  append_block(out, "bfchar", singles);
  append_block(out, "bfrange", ranges);
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace briefc::pdf
