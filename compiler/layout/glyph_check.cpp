#include "layout/glyph_check.hpp"

#include "layout/block_setting.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

namespace briefc::layout {

namespace {

void check_spans(std::vector<resolve::Span>& spans, const std::string& family, bool bold, bool italic,
                 const FontMetrics& metrics, diag::Diagnostics& diags) {
  for (auto& span : spans) {
    FontKey key{family, face_for(bold || span.bold, italic != span.italic)};
    std::string kept;
    std::size_t i = 0;
    bool changed = false;
    while (i < span.text.size()) {
      std::size_t start = i;
      char32_t c = text::decode_at(span.text, i);
      if (c == ' ' || metrics.covers(key, c)) {
        kept.append(span.text, start, i - start);
        continue;
      }
      changed = true;
      diags.warning(span.location,
                    fmt::format("character U+{:04X} cannot be printed with font '{}' and is left out", static_cast<unsigned>(c),
                                family),
                    c > 0xFFFF ? "characters outside the Basic Multilingual Plane (emoji, flags) cannot be embedded; "
                                 "describe them in words"
                               : "choose a font that covers it in the style");
    }
    if (changed) span.text = std::move(kept);
  }
}

}  // namespace

void drop_unprintable_characters(resolve::ResolvedDocument& document, const model::Style& style,
                                 const FontMetrics& metrics, diag::Diagnostics& diags) {
  for (auto& p : document.paragraphs) {
    auto setting = block_setting(p, style);
    check_spans(p.spans, setting.font.family, setting.bold, setting.italic, metrics, diags);
  }
  for (auto& f : document.footnotes) check_spans(f.spans, style.note.family, false, false, metrics, diags);
}

}  // namespace briefc::layout
