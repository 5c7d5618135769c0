// A TrueType font file, read for what briefc needs from it: which glyph a
// character maps to, how far each glyph advances, and the raw tables a
// subset is cut from (fonts/font_subset.hpp).
//
// Layout measures text with these numbers and the PDF declares the same
// numbers in its /W array, so what layout measured is what a viewer draws.
// Widths are in thousandths of an em, truncated as PDF widths are.
//
// The file is memory-mapped: a build touches the character map, the metrics
// and the outlines of the glyphs it uses, not the whole file.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::fonts {

class TrueTypeFont {
public:
  // Opens a TrueType file. On failure returns nothing and says why in
  // `error` ("not a TrueType font", "no 'cmap' table", ...).
  static std::optional<TrueTypeFont> open(const std::string& path, std::string& error);
  // The same, for font data already in memory (tests, subsets).
  static std::optional<TrueTypeFont> from_bytes(std::string data, std::string& error);

  // The glyph for a character, 0 (the .notdef glyph) when the font lacks it.
  std::uint16_t glyph(char32_t code_point) const;
  // Advance width of a glyph in 1/1000 em (what the PDF's /W array holds).
  int advance_per_mille(std::uint16_t glyph) const;
  // Advance and left side bearing in font units, from 'hmtx'.
  std::uint16_t advance_units(std::uint16_t glyph) const;
  std::int16_t left_side_bearing(std::uint16_t glyph) const;

  std::uint16_t glyph_count() const { return glyph_count_; }
  std::uint16_t units_per_em() const { return units_per_em_; }

  // The whole file's bytes (for HarfBuzz: fonts/shaper.hpp).
  std::string_view data() const { return data_; }
  // The bytes of a table, empty when the font has none.
  std::string_view table(std::string_view tag) const;
  // The outline of one glyph inside 'glyf' (empty for a blank glyph such as
  // the space).
  std::string_view glyph_outline(std::uint16_t glyph) const;

private:
  struct TableEntry {
    char tag[4];
    std::uint32_t offset = 0, length = 0;
  };
  // A run of consecutive characters mapped to consecutive glyphs
  // (the form of a format 12 'cmap'; format 4 is converted to it).
  struct CharRun {
    char32_t first = 0, last = 0;
    std::uint32_t first_glyph = 0;
  };

  TrueTypeFont() = default;
  bool parse(std::string& error);
  bool read_cmap(std::string& error);

  std::shared_ptr<const void> owner_;  // keeps the mapping or buffer alive
  std::string_view data_;
  std::vector<TableEntry> tables_;
  std::vector<CharRun> runs_;  // sorted by `first`, not overlapping
  std::string_view hmtx_, loca_, glyf_;
  std::uint16_t glyph_count_ = 0;
  std::uint16_t long_metrics_ = 0;  // hhea.numberOfHMetrics
  std::uint16_t units_per_em_ = 1000;
  bool long_loca_ = false;
};

}  // namespace briefc::fonts
