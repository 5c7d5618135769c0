// The content stream of one page: the PDF operators that draw its text and
// rules, written by briefc rather than through libharu's page operators.
//
// Why: libharu's HPDF_Page_TextOut writes a move and a hex string for every
// word, so a page of justified text became ~70 KB of operators that libharu
// then had to compress, and drawing plus compressing was most of a build.
// Here each line of text is one move and one TJ array whose numbers are the
// gaps between its words (PDF 32000-1, 9.4.3), and strings are written as
// bytes rather than hex: a third of the size, for the same glyph positions.
//
// Text is drawn as the glyphs layout shaped (PlacedText::glyphs: kerned,
// ligatures joined), each as a two-byte character code: the character's
// Unicode value, or for a ligature a code of its own (pdf/glyph_codes.hpp);
// the font's CIDToGIDMap and ToUnicode map (pdf/to_unicode.hpp) translate
// them. Kerning is a number between two codes in the TJ array. Every
// character must be in the BMP: layout drops the others before this stage.
#pragma once

#include "layout/font_metrics.hpp"
#include "layout/pages.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::pdf {

// The page's resource name ("F1") for a font; the caller registers the font
// with the page when asked.
using FontResourceName = std::function<std::string(const layout::FontKey&)>;

// The two-byte code that shows `glyph` of `font`, a ligature showing the
// characters `shown` (pdf/glyph_codes.hpp); nothing when the font has no
// code left, and the page then draws those characters by their own codes,
// moved so that what follows stands where layout put it. A glyph showing
// one character is its usual glyph (fonts/shaper.hpp) and is drawn by the
// character's code without asking.
using GlyphCodeFor = std::function<std::optional<std::uint16_t>(const layout::FontKey& font,
                                                                const layout::ShapedGlyph& glyph, std::string_view shown)>;

// The structure type ("P", "H2", "Lbl", …) whose element a piece of text of
// `block` in `part` belongs to: the tag of its marked-content sequence.
using StructureTag = std::function<const char*(int block, layout::TextPart part)>;

// One marked-content sequence of a page that the structure tree refers to;
// its MCID is its index in PageContent::marked.
struct MarkedSequence {
  int block = 0;
  layout::TextPart part = layout::TextPart::Content;
  int span = -1;
};

struct PageContent {
  std::string operators;
  std::vector<MarkedSequence> marked;
};

// The operators for `page`'s texts and rules. Word positions come from
// layout; widths from `metrics`, which must be the widths the embedded
// fonts declare, so that each TJ gap lands the next word where layout put it.
//
// Tagged PDF (PDF 32000-1, 14.6-14.8): each run of texts of one block and
// part is a marked-content sequence with an MCID; furniture (block -1) and
// rules are artifacts; a text with an actual text is wrapped in a /Span
// carrying it as /ActualText, so copying and reading aloud get whole words;
// a run of words in another language than `document_lang` (as
// pdf/span_language.hpp tells it) in a /Span with its /Lang.
//
// Font expansion (PlacedText::horizontal_scale) is drawn with Tz, written
// when it changes; Tz scales the glyphs, the character spacing and the TJ
// numbers alike, so all three are computed with it and the words still land
// where layout put them.
PageContent page_content(const layout::Page& page, const layout::FontMetrics& metrics,
                         const FontResourceName& resource_name, const GlyphCodeFor& code_for, const StructureTag& tag,
                         std::string_view document_lang);

}  // namespace briefc::pdf
