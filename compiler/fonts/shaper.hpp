// Shapes text with a font's own OpenType tables, through HarfBuzz: kerning
// (the GPOS 'kern' feature, or an old 'kern' table) and standard ligatures
// ('liga': "fi", "fl", "ffi"). fonts/ is the only code that calls HarfBuzz.
//
// Text is shaped a word at a time: a space is its own glyph and nothing is
// kerned across it, so a line's words are measured alone and drawn alone.
// Words are remembered: a paper repeats its words. A word is kerned pair by
// pair from a cache of the letter pairs HarfBuzz has shaped (its kerning is
// the font's pair adjustment, between neighbours); HarfBuzz shapes the
// word whole only when a pair of it joins into a ligature or comes out
// other than two kerned glyphs. A document has far fewer pairs than words.
//
// What may come out is limited to what the PDF can draw and a reader can
// copy: each glyph shows one character (its usual glyph) or, as a ligature,
// several whole characters; nothing is placed off its advance. A word whose
// shaping yields anything else (a decomposed accent, a mark placed on its
// base, right-to-left text) is set with each character's usual glyph and
// no kerning, as it was before shaping.
#pragma once

#include "fonts/shaped_glyph.hpp"
#include "fonts/truetype_font.hpp"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace briefc::fonts {

// How much of the font's shaping a text gets.
enum class Shaping : std::uint8_t {
  Plain,   // each character's usual glyph, unkerned: a web address, set as typed
  Kerned,  // kerned, no ligatures: letter-spaced text
  Full,    // kerned, ligatures joined: everything else
};

class Shaper {
public:
  // `font` must outlive the Shaper.
  explicit Shaper(const TrueTypeFont& font);
  ~Shaper();
  Shaper(Shaper&&) noexcept;
  Shaper& operator=(Shaper&&) noexcept;
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // The glyphs of `utf8`, appended to `out`, their byte ranges offset by
  // `offset`. A character outside the BMP is drawn as U+FFFD (layout drops
  // them before drawing). Not thread-safe (it remembers words).
  void shape(std::string_view utf8, Shaping shaping, std::vector<ShapedGlyph>& out, std::uint32_t offset = 0) const;

  // The advance of `utf8` in 1/1000 em: the sum of shape()'s advances and
  // kerns, without building them.
  long advance(std::string_view utf8, Shaping shaping) const;

  // The glyphs of one word (text without a space), remembered; valid as long
  // as the Shaper.
  const std::vector<ShapedGlyph>& word(std::string_view utf8, Shaping shaping) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace briefc::fonts
