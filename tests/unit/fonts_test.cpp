// The font reader and the subsetter: what layout measures and what the PDF
// embeds must agree glyph for glyph.
#include "fonts/font_facts.hpp"
#include "fonts/font_locator.hpp"
#include "fonts/font_subset.hpp"
#include "fonts/shaper.hpp"
#include "fonts/truetype_font.hpp"

#include <doctest/doctest.h>
#include <string>

using briefc::fonts::FontLocator;
using briefc::fonts::TrueTypeFont;

namespace {

TrueTypeFont noto_serif(briefc::layout::FontFace face = briefc::layout::FontFace::Regular) {
  FontLocator locator;
  std::string error;
  auto located = locator.locate("Noto Serif", face, error);
  REQUIRE_MESSAGE(located, error);
  auto font = TrueTypeFont::open(located->path, error);
  REQUIRE_MESSAGE(font, error);
  return std::move(*font);
}

briefc::fonts::FontSubset subset_of(const TrueTypeFont& font, std::u32string_view wanted) {
  briefc::fonts::FontSubset made;
  std::string error;
  REQUIRE_MESSAGE(briefc::fonts::subset_font(font, std::vector<char32_t>(wanted.begin(), wanted.end()), made, error),
                  error);
  return made;
}

// The subset, opened as briefc opens any font file.
TrueTypeFont read_back(const briefc::fonts::FontSubset& made) {
  std::string error;
  auto font = TrueTypeFont::from_bytes(made.file, error);
  REQUIRE_MESSAGE(font, error);
  return std::move(*font);
}

}  // namespace

TEST_CASE("a TrueType font maps characters to glyphs and advance widths") {
  TrueTypeFont font = noto_serif();
  CHECK(font.units_per_em() == 1000);
  CHECK(font.glyph(U'A') != 0);
  CHECK(font.glyph(U'Ж') != 0);   // Cyrillic
  CHECK(font.glyph(U'қ') != 0);   // Kazakh
  CHECK(font.glyph(U'\U0001F600') == 0);  // an emoji: Noto Serif has none
  CHECK(font.glyph(U'A') != font.glyph(U'B'));
  // The no-break space is drawn with the space's glyph and width.
  CHECK(font.advance_per_mille(font.glyph(U'\u00A0')) == font.advance_per_mille(font.glyph(U' ')));
  CHECK(font.advance_per_mille(font.glyph(U'M')) > font.advance_per_mille(font.glyph(U'i')));
}

TEST_CASE("a subset keeps exactly the requested characters, with their widths and outlines") {
  TrueTypeFont font = noto_serif();
  std::u32string wanted = U"Aé Жқ—“”%";
  briefc::fonts::FontSubset made = subset_of(font, wanted);
  TrueTypeFont subset = read_back(made);
  for (char32_t c : wanted) {
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(subset.glyph(c) != 0);
    CHECK(subset.advance_per_mille(subset.glyph(c)) == font.advance_per_mille(font.glyph(c)));
    CHECK(subset.left_side_bearing(subset.glyph(c)) == font.left_side_bearing(font.glyph(c)));
  }
  CHECK(subset.glyph_outline(subset.glyph(U'A')) == font.glyph_outline(font.glyph(U'A')));
  CHECK(subset.glyph(U'B') == 0);  // not asked for
  REQUIRE(made.glyphs.size() == wanted.size());
  for (auto [c, glyph] : made.glyphs) CHECK(subset.glyph(c) == glyph);
  // .notdef, the nine characters, and at most a few components of composite accented letters.
  CHECK(subset.glyph_count() >= 10);
  CHECK(subset.glyph_count() <= 14);
  CHECK(made.file.size() < 20000);  // the whole font is over 500 KB
  for (const char* table : {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name",
                            "post", "prep"})
    CHECK_MESSAGE(!subset.table(table).empty(), table);
}

TEST_CASE("a subset of a bold face keeps composite glyphs whole") {
  TrueTypeFont font = noto_serif(briefc::layout::FontFace::Bold);
  // Letters with diacritics are composites in Noto; each component must come along.
  std::u32string wanted = U"ŞşĞğÖöÜüİıÇçĀāŽž";
  briefc::fonts::FontSubset made = subset_of(font, wanted);
  TrueTypeFont subset = read_back(made);
  int composites = 0;
  for (std::uint16_t g = 0; g < subset.glyph_count(); ++g) {
    std::string_view outline = subset.glyph_outline(g);
    if (outline.size() < 12 || static_cast<signed char>(outline[0]) >= 0) continue;  // simple glyph
    ++composites;
    // The first component's glyph index, renumbered into the subset.
    unsigned component = (static_cast<unsigned char>(outline[12]) << 8) | static_cast<unsigned char>(outline[13]);
    CHECK(component < subset.glyph_count());
    CHECK(component != 0);
  }
  CHECK(composites > 0);
  CHECK(subset.glyph_count() > wanted.size() + 1);  // the components came along
}

TEST_CASE("a file that is not a usable TrueType font is refused with the reason") {
  std::string error;
  CHECK_FALSE(TrueTypeFont::from_bytes("hello, world", error));
  CHECK(error == "not a TrueType font");
  error.clear();
  CHECK_FALSE(TrueTypeFont::from_bytes(std::string("OTTO") + std::string(40, '\0'), error));
  CHECK(error == "an OpenType font with PostScript (CFF) outlines; briefc embeds TrueType outlines");
  // A font cut short: its table directory points past the end.
  std::string cut = std::string("\x00\x01\x00\x00\x00\x01\x00\x10\x00\x00\x00\x00", 12) + "head" +
                    std::string("\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x36", 12);
  error.clear();
  CHECK_FALSE(TrueTypeFont::from_bytes(cut, error));
  CHECK(error == "the 'head' table lies outside the file");
}

TEST_CASE("the font descriptor's facts come from the font's own tables") {
  auto regular = briefc::fonts::font_facts(noto_serif());
  CHECK(regular.cap_height > 600);
  CHECK(regular.cap_height < 800);
  CHECK(regular.x_height > 400);
  CHECK(regular.x_height < regular.cap_height);
  CHECK(regular.stem_v > 50);
  CHECK((regular.flags & 32) != 0);  // nonsymbolic
  CHECK((regular.flags & 2) != 0);   // serif
  CHECK((regular.flags & 64) == 0);
  auto italic = briefc::fonts::font_facts(noto_serif(briefc::layout::FontFace::Italic));
  CHECK((italic.flags & 64) != 0);
  CHECK(italic.italic_angle < 0);
  auto bold = briefc::fonts::font_facts(noto_serif(briefc::layout::FontFace::Bold));
  CHECK(bold.stem_v > regular.stem_v);
}

TEST_CASE("shaping: the font's kerning and ligatures, each glyph showing whole characters in order") {
  using briefc::fonts::Shaping;
  using briefc::fonts::ShapedGlyph;
  TrueTypeFont font = noto_serif();
  briefc::fonts::Shaper shaper(font);
  auto shaped = [&](std::string_view text, Shaping shaping = Shaping::Full) {
    std::vector<ShapedGlyph> out;
    shaper.shape(text, shaping, out);
    // The glyphs cover the text byte for byte, in order, and the advance is
    // their sum: what layout measures is what the PDF draws.
    std::uint32_t at = 0;
    long sum = 0;
    for (const auto& g : out) {
      CHECK(g.begin == at);
      CHECK(g.length > 0);
      at = g.end();
      sum += g.advance + g.kern;
    }
    CHECK(at == text.size());
    CHECK(shaper.advance(text, shaping) == sum);
    return out;
  };
  // "AV" and "AT" come closer; nothing follows the last glyph.
  auto avat = shaped("AVAT");
  REQUIRE(avat.size() == 4);
  CHECK(avat[0].kern < 0);
  CHECK(avat[2].kern < 0);
  CHECK(avat[3].kern == 0);
  CHECK(avat[0].glyph == font.glyph('A'));
  // "ffi" is one glyph showing three characters, not the usual glyph of any.
  auto office = shaped("office");
  REQUIRE(office.size() == 4);
  CHECK(office[1].begin == 1);
  CHECK(office[1].end() == 4);
  CHECK(office[1].glyph != font.glyph('f'));
  CHECK(office[1].glyph != 0);
  // Without ligatures (letter-spaced text) each letter is its own, kerned.
  auto kerned = shaped("office", Shaping::Kerned);
  REQUIRE(kerned.size() == 6);
  for (std::size_t i = 0; i < kerned.size(); ++i) CHECK(kerned[i].glyph == font.glyph(static_cast<char32_t>("office"[i])));
  CHECK(shaped("AVAT", Shaping::Kerned) == avat);
  // Plain (web addresses): each letter its usual glyph, unkerned.
  auto plain = shaped("AVoffice", Shaping::Plain);
  REQUIRE(plain.size() == 8);
  for (const auto& g : plain) CHECK(g.kern == 0);
  // Nothing is kerned across a space; a word is shaped alike wherever it stands.
  auto spaced = shaped("A V AVAT");
  REQUIRE(spaced.size() == 8);
  CHECK(spaced[0].kern == 0);
  CHECK(spaced[1].kern == 0);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(spaced[4 + i].glyph == avat[i].glyph);
    CHECK(spaced[4 + i].kern == avat[i].kern);
  }
  // Cyrillic, two bytes a character, one glyph each.
  auto cyrillic = shaped("Гражданские");
  CHECK(cyrillic.size() == 11);
  // A letter and its combining accent become the accented letter where the
  // font has one: a glyph showing both characters.
  auto composed = shaped("e\u0301");
  REQUIRE(composed.size() == 1);
  CHECK(composed[0].glyph == font.glyph(U'\u00E9'));
  // An accent the font must place on its letter is not something a
  // glyph-per-character PDF can draw: the word keeps each character's usual
  // glyph, unkerned.
  auto placed = shaped("Aq\u0301V");
  REQUIRE(placed.size() == 4);
  for (const auto& g : placed) CHECK(g.kern == 0);
}

TEST_CASE("a subset keeps the ligature glyphs asked for by id, which no character maps to") {
  TrueTypeFont font = noto_serif();
  briefc::fonts::Shaper shaper(font);
  std::vector<briefc::fonts::ShapedGlyph> office;
  shaper.shape("office", briefc::fonts::Shaping::Full, office);
  REQUIRE(office.size() == 4);
  briefc::fonts::FontSubset made;
  std::string error;
  REQUIRE(briefc::fonts::subset_font(font, {U'o', U'c', U'e'}, made, error, {office[1].glyph}));
  REQUIRE(made.extra_glyphs.size() == 1);
  TrueTypeFont back = read_back(made);
  const std::uint16_t kept = made.extra_glyphs[0];
  CHECK(kept != 0);
  CHECK(back.advance_units(kept) == font.advance_units(office[1].glyph));
  CHECK(back.glyph_outline(kept).size() == font.glyph_outline(office[1].glyph).size());
  CHECK(back.glyph(U'f') == 0);  // the character map holds only the characters asked for
}
