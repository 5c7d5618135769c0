#include "fonts/font_facts.hpp"

#include "fonts/sfnt_bytes.hpp"

#include <cmath>

namespace briefc::fonts {

namespace {

// The top of a glyph's outline (yMax of its 'glyf' header), in font units.
int glyph_top(const TrueTypeFont& font, char32_t c) {
  std::string_view outline = font.glyph_outline(font.glyph(c));
  return outline.size() >= 10 ? sfnt::i16(outline, 8) : 0;
}

}  // namespace

FontFacts font_facts(const TrueTypeFont& font) {
  FontFacts facts;
  double per_unit = 1000.0 / (font.units_per_em() ? font.units_per_em() : 1000);
  auto scaled = [&](int units) { return static_cast<int>(std::lround(units * per_unit)); };
  std::string_view os2 = font.table("OS/2");
  int weight = 400;
  bool italic = false, serif = true;
  int cap = 0, x = 0;
  if (os2.size() >= 78) {
    weight = sfnt::u16(os2, 4);
    italic = (sfnt::u16(os2, 62) & 1) != 0;  // fsSelection ITALIC
    // IBM family class 8 is sans serif; Panose serif styles 11-13 are sans too.
    int family_class = os2[30];
    int panose_serif = static_cast<unsigned char>(os2[33]);
    serif = family_class != 8 && !(panose_serif >= 11 && panose_serif <= 13);
    if (sfnt::u16(os2, 0) >= 2 && os2.size() >= 90) {
      x = sfnt::i16(os2, 86);
      cap = sfnt::i16(os2, 88);
    }
  }
  facts.cap_height = scaled(cap > 0 ? cap : glyph_top(font, U'H'));
  facts.x_height = scaled(x > 0 ? x : glyph_top(font, U'x'));
  // Adobe's rule of thumb for fonts that do not state it: StemV ≈ 50 + (weight / 65)².
  facts.stem_v = static_cast<int>(std::lround(50 + std::pow(weight / 65.0, 2)));
  std::string_view post = font.table("post");
  bool fixed = false;
  if (post.size() >= 16) {
    facts.italic_angle = static_cast<std::int32_t>(sfnt::u32(post, 4)) / 65536.0;
    fixed = sfnt::u32(post, 12) != 0;
  }
  italic = italic || facts.italic_angle != 0;
  facts.flags = 32 | (fixed ? 1 : 0) | (serif ? 2 : 0) | (italic ? 64 : 0);
  return facts;
}

}  // namespace briefc::fonts
