// A glyph of shaped text: what the font draws for a piece of the text, how
// far it advances, and the kerning between it and the next glyph.
//
// Layout measures a word as the sum of its glyphs and the PDF draws exactly
// these glyphs, so what layout measured is what a reader sees.
#pragma once

#include <cstdint>

namespace briefc::fonts {

struct ShapedGlyph {
  std::uint16_t glyph = 0;           // in the font file
  std::uint32_t begin = 0, end = 0;  // the bytes of the text it shows: one character, or a ligature's
  int advance = 0;                   // in 1/1000 em, as the PDF's /W array declares it
  int kern = 0;                      // 1/1000 em added after it (negative: the next glyph comes closer)

  bool operator==(const ShapedGlyph&) const = default;
};

}  // namespace briefc::fonts
