// Cuts a TrueType font down to the glyphs of the characters a document uses,
// as a complete TrueType file that the PDF writer embeds.
//
// Why briefc subsets before libharu sees the font: libharu builds a glyph map
// for all 65,536 BMP codes of every face it embeds, scanning the font's whole
// character map for each code, and it writes and compresses the metrics,
// glyph index, glyph names and character map of the whole font. For Noto Serif
// that was most of a short build's time. A subset has a few dozen glyphs and a
// character map of a few segments, so both costs all but vanish.
//
// The subset keeps exactly the tables libharu embeds (OS/2, cmap, cvt, fpgm,
// glyf, head, hhea, hmtx, loca, maxp, name, post, prep). Glyphs are renumbered
// in order of first use; glyph 0 stays .notdef; composite glyphs bring their
// components along. The character map is one Unicode BMP subtable (format 4)
// that maps exactly the requested characters; 'post' becomes format 3 (no
// glyph names, which the PDF never uses). Advance widths are unchanged, so
// text measured with the full font is drawn at the same width.
#pragma once

#include "fonts/truetype_font.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace briefc::fonts {

struct FontSubset {
  std::string file;  // a complete TrueType font
  // Each character kept, with its glyph in the subset, sorted by character.
  std::vector<std::pair<char32_t, std::uint16_t>> glyphs;
  // The subset's glyph for each of the `extra_glyphs` asked for, in order.
  std::vector<std::uint16_t> extra_glyphs;
};

// The subset for `code_points` (any order, duplicates allowed; characters
// outside the BMP or missing from the font are left out) and for
// `extra_glyphs`, glyphs no character maps to (ligatures), which the
// character map leaves out. Returns false with `error` set when the result
// cannot be expressed (a character map over 64 KB).
bool subset_font(const TrueTypeFont& font, std::vector<char32_t> code_points, FontSubset& out, std::string& error,
                 const std::vector<std::uint16_t>& extra_glyphs = {});

}  // namespace briefc::fonts
