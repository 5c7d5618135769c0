// What layout needs to know about fonts, and nothing more: how wide a piece of
// text is and whether a font has a character. The pdf/ stage implements it
// with the fonts it embeds, so layout measures exactly what gets drawn.
#pragma once

#include "fonts/shaped_glyph.hpp"
#include "fonts/shaper.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace briefc::layout {

enum class FontFace { Regular, Bold, Italic, BoldItalic };

// A font is a family (as the style names it) in one face.
struct FontKey {
  std::string family;
  FontFace face = FontFace::Regular;

  bool operator==(const FontKey&) const = default;
};

FontFace face_for(bool bold, bool italic);

using fonts::Shaping;
using fonts::ShapedGlyph;

class FontMetrics {
public:
  virtual ~FontMetrics() = default;
  // Advance width of UTF-8 text at `size` points, shaped in full (kerned,
  // ligatures joined) as shape() shapes it.
  virtual double width(const FontKey& font, std::string_view utf8, double size) const = 0;
  // The glyphs of `utf8` (fonts/shaper.hpp), appended to `out` with their
  // byte ranges offset by `offset`. What the PDF draws for a text is these
  // glyphs: layout keeps them with each piece of a line it places
  // (PlacedText::glyphs). By default one glyph per character, as wide as
  // width() measures the character, unkerned.
  virtual void shape(const FontKey& font, std::string_view utf8, Shaping shaping, std::vector<ShapedGlyph>& out,
                     std::uint32_t offset = 0) const;
  // Whether the font has a glyph for the code point.
  virtual bool covers(const FontKey& font, char32_t code_point) const = 0;
};

}  // namespace briefc::layout
