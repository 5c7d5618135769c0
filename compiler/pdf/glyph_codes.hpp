// Character codes for the glyphs that are not one character's usual glyph:
// ligatures ("ffi" drawn as one glyph).
//
// A page shows text as two-byte codes that are the characters' Unicode
// values (pdf/page_content.hpp); a ligature has no such value. Its code is
// taken from U+D800–U+DFFF, the surrogates, which are never a character, so
// it cannot collide with a character drawn under its own code. The font's
// CIDToGIDMap sends the code to the glyph and its ToUnicode map to the
// characters the glyph shows, so copied text reads "office", not "oce".
// Codes are given in order of first use, which the pages fix: the same
// document gets the same codes.
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
  static constexpr std::uint16_t first = 0xD800, last = 0xDFFF;

  // The code for `glyph` showing `shown`, given the first time it is asked
  // for; nothing when all 2,048 codes are taken.
  std::optional<std::uint16_t> code(std::uint16_t glyph, std::string_view shown) {
    auto key = std::make_pair(glyph, std::string(shown));
    if (auto it = codes_.find(key); it != codes_.end()) return it->second;
    if (all_.size() > static_cast<std::size_t>(last - first)) return std::nullopt;
    const auto code = static_cast<std::uint16_t>(first + all_.size());
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
