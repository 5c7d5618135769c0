// A glyph of shaped text: what the font draws for a piece of the text, how
// far it advances, and the kerning between it and the next glyph.
//
// Layout measures a word as the sum of its glyphs and the PDF draws exactly
// these glyphs, so what layout measured is what a reader sees. Every line
// keeps its glyphs until its page is drawn, so a glyph is kept small (12
// bytes).
#pragma once

#include <algorithm>
#include <cstdint>

namespace briefc::fonts {

struct ShapedGlyph {
  std::uint32_t begin = 0;   // the first byte of the text it shows
  std::uint16_t glyph = 0;   // in the font file
  std::uint8_t length = 0;   // the bytes it shows: one character's, or a ligature's (fonts/shaper.hpp keeps it under 256)
  std::int16_t advance = 0;  // in 1/1000 em, as the PDF's /W array declares it
  std::int16_t kern = 0;     // 1/1000 em added after it (negative: the next glyph comes closer)

  std::uint32_t end() const { return begin + length; }

  bool operator==(const ShapedGlyph&) const = default;
};

// A width or kerning in 1/1000 em as a ShapedGlyph holds it: no real font
// comes near the limits.
inline std::int16_t per_mille_16(long value) {
  return static_cast<std::int16_t>(std::clamp<long>(value, INT16_MIN, INT16_MAX));
}

}  // namespace briefc::fonts
