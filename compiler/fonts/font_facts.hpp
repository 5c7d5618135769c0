// What a PDF font descriptor says about a face (PDF 32000-1, 9.8): the
// heights and stem width a reader uses when it must substitute the font, and
// the flags PDF/A and PDF/UA validators check. libharu writes CapHeight,
// StemV and XHeight as 0 (or not at all) for TrueType fonts, so briefc reads
// them from the font's own tables.
#pragma once

#include "fonts/truetype_font.hpp"

namespace briefc::fonts {

struct FontFacts {
  int cap_height = 0;   // 1/1000 em: OS/2 sCapHeight, else the top of 'H'
  int x_height = 0;     // 1/1000 em: OS/2 sxHeight, else the top of 'x'
  int stem_v = 0;       // estimated from the weight class: no table records it
  double italic_angle = 0;  // degrees, from 'post'
  int flags = 0;        // descriptor flags: FixedPitch 1, Serif 2, Nonsymbolic 32, Italic 64
};

FontFacts font_facts(const TrueTypeFont& font);

}  // namespace briefc::fonts
