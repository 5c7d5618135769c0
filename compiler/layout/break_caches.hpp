// What line breaking learns about a document's text that its later paragraphs
// can reuse. Breaking a paragraph asks the same questions again and again
// across a document (where may this text break, how wide is "the" in the body
// font, where may "government" be hyphenated); the answers never change
// within one compilation, and asking costs far more than remembering.
//
// One BreakCaches serves one document's layout at a time (document_layout
// owns one per run); it is not thread-safe. Nothing in it changes a result:
// every cache returns exactly what the service it stands for would.
#pragma once

#include "layout/font_metrics.hpp"
#include "layout/hyphenation_cache.hpp"
#include "layout/width_cache.hpp"
#include "text/line_breaks.hpp"

namespace briefc::layout {

struct BreakCaches {
  // Widths come from `metrics`: the FontMetrics of the BreakServices every
  // paragraph is broken with.
  explicit BreakCaches(const FontMetrics& metrics) : widths(metrics) {}

  text::LineBreakFinder line_breaks;  // one ICU iterator per language, reused for every paragraph
  WidthCache widths;
  HyphenationCache hyphenation;
};

}  // namespace briefc::layout
