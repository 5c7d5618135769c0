// Widths of text pieces, measured once per document.
//
// Line breaking measures every word piece of every paragraph, and a document
// repeats its words: "the" in the body face, "Kazakhstan", the space. Each
// FontMetrics::width call decodes the UTF-8 and looks every glyph up again;
// a width is a pure function of (font, size, text), so remembering it
// changes no result.
#pragma once

#include "layout/font_metrics.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace briefc::layout {

class WidthCache {
public:
  // Every width comes from `metrics`, which must outlive the cache.
  explicit WidthCache(const FontMetrics& metrics);

  // A handle for a font at a size; the same pair always gets the same handle.
  // Look it up once per span, not per word: it compares the family name.
  std::size_t face(const FontKey& font, double size);

  // FontMetrics::width(font, utf8, size) for the handle's font and size.
  double width(std::size_t face, std::string_view utf8);

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Face {
    FontKey font;
    double size;
    std::unordered_map<std::string, double, Hash, std::equal_to<>> widths;
  };

  const FontMetrics& metrics_;
  std::vector<std::unique_ptr<Face>> faces_;  // a handful per document: body, notes, headings, markers
};

}  // namespace briefc::layout
