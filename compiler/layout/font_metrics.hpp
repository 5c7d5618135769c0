// What layout needs to know about fonts, and nothing more: how wide a piece of
// text is and whether a font has a character. The pdf/ stage implements it
// with the fonts it embeds, so layout measures exactly what gets drawn.
#pragma once

#include <string>
#include <string_view>

namespace briefc::layout {

enum class FontFace { Regular, Bold, Italic, BoldItalic };

// A font is a family (as the style names it) in one face.
struct FontKey {
  std::string family;
  FontFace face = FontFace::Regular;

  bool operator==(const FontKey&) const = default;
};

FontFace face_for(bool bold, bool italic);

class FontMetrics {
public:
  virtual ~FontMetrics() = default;
  // Advance width of UTF-8 text at `size` points (no kerning: libharu does none).
  virtual double width(const FontKey& font, std::string_view utf8, double size) const = 0;
  // Whether the font has a glyph for the code point.
  virtual bool covers(const FontKey& font, char32_t code_point) const = 0;
};

}  // namespace briefc::layout
