// Breaks one paragraph into lines.
//
// Justified text uses Knuth and Plass's total-fit algorithm ("Breaking
// Paragraphs into Lines", 1981): the paragraph is a sequence of boxes (word
// pieces), glue (stretchable spaces) and penalties (possible breaks: hyphens,
// URL break points), and the breaks minimise the sum of each line's demerits
// over the whole paragraph. Break opportunities follow UAX #14 (through
// text/), hyphenation points come from libhyphen, URLs break where the
// Chicago Manual of Style puts their breaks (text::url_break_opportunities)
// and never get an inserted hyphen.
//
// Hyphenation is a last resort: a paragraph is first set with spaces no
// wider than about 0.40 em, hyphenating only where no choice of breaks
// avoids it; one that cannot be set so is re-broken accepting as few loose
// lines (spaces up to about 0.55 em) as it can; only a line still short
// after that is letter-spaced, by at most 0.01 em.
//
// Font expansion (as pdfTeX's, Hàn Thế Thành 2000) shares the stretch and
// shrink with the spaces: the glyphs of a justified line may be drawn up to
// ParagraphSetting::expansion wider or narrower (PDF horizontal scaling),
// so every box stretches and shrinks by that share of its width. A line is
// filled at one ratio r for spaces and glyphs alike while |r| <= 1; beyond
// that the glyphs stay at their limit and only the spaces go on stretching,
// so r is always what the spaces show, and the comfortable and loose limits
// above are limits on the spaces. URLs and footnote markers keep their
// natural width. A line still short with spaces at their widest may expand
// its glyphs 1 % more; letter spacing comes only after that.
//
// Never hyphenated:
// capitalised words in English (proper nouns the records do not mark),
// names, URLs, fragments under three letters (text/hyphenator.hpp). At most
// two hyphenated lines follow each other: the hyphen count is part of a
// breakpoint's identity, so the rule is exact rather than a demerit.
//
// Words are shaped whole (kerning, ligatures: layout/font_metrics.hpp) and
// cut into boxes between glyphs, so that a line's fragments carry the glyphs
// the PDF draws; a break never falls inside a ligature, and a line broken
// inside a word does without the kerning across the break.
//
// Ragged text (headings, titles) is set first-fit.
#pragma once

#include "layout/break_caches.hpp"
#include "layout/font_metrics.hpp"
#include "resolve/resolved_document.hpp"
#include "text/hyphenator.hpp"
#include "text/locale_context.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace briefc::layout {

// How one span is drawn.
struct SpanLook {
  FontKey font;
  double size = 10;
  double rise = 0;  // baseline shift (superscript markers)
};

struct LineFragment {
  std::size_t span = 0;  // index into the paragraph's spans
  std::string text;
  double x = 0;  // from the line's start
  double width = 0;  // as drawn, with the line's expansion
  double scale = 1;  // horizontal scale of its glyphs: 1 + Line::expansion, or 1 for text never expanded
  // What is drawn: `text` shaped, as a slice of its whole word's glyphs, so
  // that a word set on one line is kerned as a whole and a broken one is cut
  // between glyphs. They are Line::glyphs[first_glyph, first_glyph +
  // glyph_count) (fragment_glyphs()), byte ranges into `text`; `width` is
  // their sum (times `scale`).
  std::uint32_t first_glyph = 0, glyph_count = 0;
};

struct Line {
  std::vector<LineFragment> fragments;
  double width = 0;       // the set width (the measure, for justified lines)
  double letter_spacing = 0;  // extra space after each character, for lines spaces alone cannot fill
  double expansion = 0;  // font expansion: how much wider (negative: narrower) the glyphs are drawn, as a share
  bool hyphenated = false;  // the last fragment ends with an inserted hyphen
  bool continues = false;    // the line ends inside a word (a hyphenation point, after a hyphen, in a URL)
  std::vector<int> footnotes;  // footnotes whose markers the line holds
  std::vector<ShapedGlyph> glyphs;  // of its fragments, in order (LineFragment::first_glyph)
};

// The glyphs a fragment of `line` draws.
inline std::span<const ShapedGlyph> fragment_glyphs(const Line& line, const LineFragment& f) {
  return std::span<const ShapedGlyph>(line.glyphs).subspan(f.first_glyph, f.glyph_count);
}

struct ParagraphSetting {
  double measure = 400;  // line length in points
  bool justify = true;
  bool hyphenate = true;
  std::string lang = "en";
  double tracking = 0;  // extra space after each character, in em of its span's size (Line::letter_spacing)
  // Font expansion of justified lines: the largest share by which glyphs may
  // be drawn wider or narrower (0.02: 98 % to 102 %, microtype's default);
  // ragged text never.
  double expansion = 0.02;
};

struct BreakServices {
  const FontMetrics& metrics;
  const text::LocaleContext& locales;
  text::HyphenatorSet& hyphenators;
};

// `caches` carries what one paragraph learns to the next (see break_caches.hpp);
// pass the same one for every paragraph of a document.
std::vector<Line> break_lines(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
                              const ParagraphSetting& setting, BreakServices& services, BreakCaches& caches);

}  // namespace briefc::layout
