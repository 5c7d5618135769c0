// Character codes for the glyphs that are not one character's usual glyph:
// ligatures ("ffi" drawn as one glyph).
//
// A page shows text as two-byte codes that are the characters' Unicode
// values (pdf/page_content.hpp); a ligature has no such value. Its code is
// one of the C0 control characters that XML cannot hold at all (U+0001–
// U+0008, U+000B, U+000C, U+000E–U+001F), so it cannot collide with a
// character drawn under its own code, and the font's CIDToGIDMap, which
// must reach the highest code, stays short (a surrogate code would make it
// 110 KB per font). The map sends the code to the glyph and the ToUnicode
// map to the characters the glyph shows, so copied text reads "office", not
// "oce". Codes are given in order of first use, which the pages fix: the
// same document gets the same codes. A font with more ligatures drawn than
// there are such codes (28) draws the rest as their letters
// (pdf/page_content.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace briefc::pdf {

struct GlyphCode {
  std::uint16_t code = 0;
  std::uint16_t glyph = 0;  // in the font file
  std::string shown;        // the characters it shows, UTF-8

  bool operator==(const GlyphCode&) const = default;
};

class GlyphCodes {
public:
  // Whether `code` is one a ligature may get: a character XML 1.0 forbids.
  static constexpr bool is_free(std::uint16_t code) {
    return code >= 0x01 && code <= 0x1F && code != 0x09 && code != 0x0A && code != 0x0D;
  }

  // The code for `glyph` showing `shown`, given the first time it is asked
  // for; nothing when all are taken.
  std::optional<std::uint16_t> code(std::uint16_t glyph, std::string_view shown) {
    auto key = std::make_pair(glyph, std::string(shown));
    if (auto it = codes_.find(key); it != codes_.end()) return it->second;
    std::uint16_t code = all_.empty() ? 0 : all_.back().code;
    do ++code;
    while (code <= 0x1F && !is_free(code));
    if (code > 0x1F) return std::nullopt;
    codes_.emplace(std::move(key), code);
    all_.push_back({code, glyph, std::string(shown)});
    return code;
  }

  // Every code given, in code order.
  const std::vector<GlyphCode>& all() const { return all_; }

private:
  std::map<std::pair<std::uint16_t, std::string>, std::uint16_t> codes_;
  std::vector<GlyphCode> all_;
};

}  // namespace briefc::pdf
