#include "layout/glyph_check.hpp"

#include "layout/block_setting.hpp"
#include "text/utf8.hpp"

#include <array>
#include <cstdint>
#include <fmt/format.h>
#include <memory>
#include <unordered_map>
#include <vector>

namespace briefc::layout {

namespace {

// FontMetrics::covers answers for one font and one code point. A document
// asks about every character it holds, but they are a few hundred distinct
// ones in a few faces: the answers are kept, per face.
class FaceCoverage {
public:
  FaceCoverage(const FontMetrics& metrics, FontKey font) : metrics_(metrics), font_(std::move(font)) {}

  const FontKey& font() const { return font_; }

  bool covers(char32_t c) {
    if (c < ascii_.size()) {
      if (ascii_[c] == Unknown) ascii_[c] = metrics_.covers(font_, c) ? Covered : Missing;
      return ascii_[c] == Covered;
    }
    auto found = other_.find(c);
    if (found == other_.end()) found = other_.emplace(c, metrics_.covers(font_, c)).first;
    return found->second;
  }

private:
  enum Answer : std::uint8_t { Unknown, Covered, Missing };

  const FontMetrics& metrics_;
  FontKey font_;
  std::array<Answer, 128> ascii_{};  // the bulk of every document, without hashing
  std::unordered_map<char32_t, bool> other_;
};

class CoverageMemo {
public:
  explicit CoverageMemo(const FontMetrics& metrics) : metrics_(metrics) {}

  FaceCoverage& face(const FontKey& font) {
    for (auto& f : faces_)
      if (f->font() == font) return *f;
    faces_.push_back(std::make_unique<FaceCoverage>(metrics_, font));
    return *faces_.back();
  }

private:
  const FontMetrics& metrics_;
  std::vector<std::unique_ptr<FaceCoverage>> faces_;  // a handful: the style's families in four faces at most
};

void check_spans(std::vector<resolve::Span>& spans, const std::string& family, bool bold, bool italic,
                 CoverageMemo& coverage, diag::Diagnostics& diags) {
  for (auto& span : spans) {
    FaceCoverage& face = coverage.face(FontKey{family, face_for(bold || span.bold, italic != span.italic)});
    std::string kept;
    std::size_t kept_until = 0;  // span.text before this offset is in `kept`, once a character was left out
    bool changed = false;
    std::size_t i = 0;
    while (i < span.text.size()) {
      std::size_t start = i;
      char32_t c = static_cast<unsigned char>(span.text[i]);
      if (c < 0x80) ++i;  // ASCII, most of any document, needs no decoder
      else c = text::decode_at(span.text, i);
      if (c == ' ' || face.covers(c)) continue;
      kept.append(span.text, kept_until, start - kept_until);
      kept_until = i;
      changed = true;
      diags.warning(span.location,
                    fmt::format("character U+{:04X} cannot be printed with font '{}' and is left out", static_cast<unsigned>(c),
                                family),
                    c > 0xFFFF ? "characters outside the Basic Multilingual Plane (emoji, flags) cannot be embedded; "
                                 "describe them in words"
                               : "choose a font that covers it in the style");
    }
    if (changed) {
      kept.append(span.text, kept_until, std::string::npos);
      span.text = std::move(kept);
    }
  }
}

}  // namespace

void drop_unprintable_characters(resolve::ResolvedDocument& document, const model::Style& style,
                                 const FontMetrics& metrics, diag::Diagnostics& diags) {
  CoverageMemo coverage(metrics);
  for (auto& p : document.paragraphs) {
    auto setting = block_setting(p, style);
    check_spans(p.spans, setting.font.family, setting.bold, setting.italic, coverage, diags);
  }
  for (auto& f : document.footnotes) check_spans(f.spans, style.note.family, false, false, coverage, diags);
}

}  // namespace briefc::layout
