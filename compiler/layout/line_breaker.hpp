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
// after that is letter-spaced, by at most 0.01 em. Never hyphenated:
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
  double width = 0;
  // What is drawn: `text` shaped (byte ranges into it), as a slice of its
  // whole word's glyphs, so that a word set on one line is kerned as a
  // whole and a broken one is cut between glyphs. `width` is their sum.
  std::vector<ShapedGlyph> glyphs;
};

struct Line {
  std::vector<LineFragment> fragments;
  double width = 0;       // the set width (the measure, for justified lines)
  double letter_spacing = 0;  // extra space after each character, for lines spaces alone cannot fill
  bool hyphenated = false;  // the last fragment ends with an inserted hyphen
  bool continues = false;    // the line ends inside a word (a hyphenation point, after a hyphen, in a URL)
  std::vector<int> footnotes;  // footnotes whose markers the line holds
};

struct ParagraphSetting {
  double measure = 400;  // line length in points
  bool justify = true;
  bool hyphenate = true;
  std::string lang = "en";
  double tracking = 0;  // extra space after each character, in em of its span's size (Line::letter_spacing)
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
