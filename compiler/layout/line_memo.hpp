// The lines of paragraphs remembered between the layouts of one session
// (`briefc watch`): after an edit, only the paragraphs whose text or setting
// changed are broken into lines again.
//
// A paragraph's lines depend on its spans, how each is drawn, its setting
// and the fonts; the memo is looked up by all of these written out in full
// (not by a digest), so a hit is exactly what break_lines would return and
// the output stays byte for byte that of a one-shot build. The fonts are
// named by a fingerprint of the files behind them: when it changes, the
// memo forgets everything. Not thread-safe: one layout at a time.
#pragma once

#include "layout/line_breaker.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace briefc::layout {

class LineMemo {
public:
  // Starts a layout whose fonts are `fonts` (PdfDocument::font_fingerprint).
  void begin(std::string_view fonts);

  // The lines of a paragraph, from memory when the same inputs were broken
  // before, else made by `make` (break_lines on these inputs) and kept.
  std::vector<Line> lines(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
                          const ParagraphSetting& setting, const std::function<std::vector<Line>()>& make);

  // Forgets the paragraphs the latest layout did not ask for.
  void forget_unused();

private:
  struct Entry {
    std::vector<Line> lines;
    bool used = false;
  };
  std::string fonts_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace briefc::layout
