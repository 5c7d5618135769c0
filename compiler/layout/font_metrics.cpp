#include "layout/font_metrics.hpp"

#include "text/utf8.hpp"

#include <cmath>

namespace briefc::layout {

FontFace face_for(bool bold, bool italic) {
  if (bold && italic) return FontFace::BoldItalic;
  if (bold) return FontFace::Bold;
  if (italic) return FontFace::Italic;
  return FontFace::Regular;
}

void FontMetrics::shape(const FontKey& font, std::string_view utf8, Shaping, std::vector<ShapedGlyph>& out,
                        std::uint32_t offset) const {
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t begin = i;
    text::decode_at(utf8, i);
    const int advance = static_cast<int>(std::lround(width(font, utf8.substr(begin, i - begin), 1000)));
    out.push_back({offset + static_cast<std::uint32_t>(begin), 0, static_cast<std::uint8_t>(i - begin),
                   fonts::per_mille_16(advance), 0});
  }
}

}  // namespace briefc::layout
