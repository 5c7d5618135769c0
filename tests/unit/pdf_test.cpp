// The pieces of the PDF writer that are plain functions: the ToUnicode map,
// text strings, the XMP packet.
#include "pdf/colour_profile.hpp"
#include "pdf/glyph_codes.hpp"
#include "pdf/page_content.hpp"
#include "pdf/span_language.hpp"
#include "pdf/to_unicode.hpp"
#include "pdf/xmp_metadata.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>
#include <cctype>
#include <set>
#include <string>
#include <vector>

using briefc::pdf::to_unicode_cmap;

TEST_CASE("the ToUnicode map is a two-byte CMap of type 2 that maps every code drawn") {
  std::string cmap = to_unicode_cmap({U' ', U'A', U'B', U'C', U'a', 0x00FF, 0x0100, 0x0101, 0x2014});
  CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
  CHECK(cmap.find("<0000> <FFFF>\nendcodespacerange") != std::string::npos);
  CHECK(cmap.find("begincidrange") == std::string::npos);
  CHECK(cmap.find("notdefrange") == std::string::npos);
  // A run becomes a range, but never across a change of the first byte.
  CHECK(cmap.find("<0041> <0043> <0041>") != std::string::npos);
  CHECK(cmap.find("<0100> <0101> <0100>") != std::string::npos);
  CHECK(cmap.find("<00FF> <00FF>") != std::string::npos);
  CHECK(cmap.find("<2014> <2014>") != std::string::npos);
  CHECK(cmap.find("4 beginbfchar") != std::string::npos);  // space, a, ÿ, em dash
  CHECK(cmap.find("2 beginbfrange") != std::string::npos);
}

TEST_CASE("a CMap block holds at most 100 entries") {
  std::vector<char32_t> codes;
  for (char32_t c = 0x400; c < 0x400 + 2 * 150; c += 2) codes.push_back(c);  // 150 lone codes
  std::string cmap = to_unicode_cmap(codes);
  CHECK(cmap.find("100 beginbfchar") != std::string::npos);
  CHECK(cmap.find("50 beginbfchar") != std::string::npos);
}

TEST_CASE("text strings are UTF-16BE, with surrogate pairs beyond the BMP") {
  CHECK(briefc::pdf::hex(briefc::pdf::utf16be("Aё", true)) == "FEFF00410451");
  CHECK(briefc::pdf::hex(briefc::pdf::utf16be("\xF0\x9F\x98\x80", false)) == "D83DDE00");
}

TEST_CASE("the XMP packet says what the info dictionary says, and claims PDF/A-2u and PDF/UA-1") {
  briefc::pdf::XmpFields f{"Rights & \"wrongs\" <2020>", "IPHR", "Kazakhstan", "", "en", "briefc 0.1", 1604188800};
  std::string xmp = briefc::pdf::xmp_metadata(f);
  CHECK(xmp.find("<rdf:li xml:lang=\"x-default\">Rights &amp; &quot;wrongs&quot; &lt;2020&gt;</rdf:li>") !=
        std::string::npos);
  CHECK(xmp.find("<dc:creator><rdf:Seq><rdf:li>IPHR</rdf:li></rdf:Seq></dc:creator>") != std::string::npos);
  CHECK(xmp.find("<xmp:CreateDate>2020-11-01T00:00:00Z</xmp:CreateDate>") != std::string::npos);
  CHECK(xmp.find("<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>") != std::string::npos);
  CHECK(xmp.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
  CHECK(xmp.find("<pdfaid:conformance>U</pdfaid:conformance>") != std::string::npos);
  CHECK(xmp.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
  CHECK(xmp.find("pdf:Keywords") == std::string::npos);  // none given, none claimed
}

TEST_CASE("a missing colour profile is an error that names the package to install") {
  std::string error;
  CHECK(!briefc::pdf::read_colour_profile("/nonexistent/sRGB.icc", error));
  CHECK(error.find("icc-profiles-free") != std::string::npos);
  auto profile = briefc::pdf::read_colour_profile(briefc::pdf::srgb_profile_path, error);
  REQUIRE_MESSAGE(profile, error);
  CHECK(profile->substr(36, 4) == "acsp");
}

TEST_CASE("a Cyrillic word in an English paper is Russian, or Kazakh with a Kazakh letter; nothing else is marked") {
  using briefc::pdf::WordLanguage;
  using briefc::pdf::word_language;
  CHECK(word_language("Казахстан", "en") == WordLanguage::Russian);
  CHECK(word_language("«Қазақстан»,", "en-GB") == WordLanguage::Kazakh);
  CHECK(word_language("Kazakhstan", "en") == WordLanguage::Document);
  CHECK(word_language("2020,", "en") == WordLanguage::Neutral);
  CHECK(word_language("Казахстан", "ru") == WordLanguage::Document);
  CHECK(word_language("Kazakhstan", "ru") == WordLanguage::Document);  // names, acronyms and URLs, mostly
  CHECK(briefc::pdf::language_tag(WordLanguage::Kazakh) == "kk");
  CHECK(briefc::pdf::language_tag(WordLanguage::Document).empty());
}

TEST_CASE("a ligature's code maps back to every character it shows") {
  std::string cmap = to_unicode_cmap({U'c', U'e', U'o'}, {{0x01, "ffi"}, {0x02, "fl"}});
  CHECK(cmap.find("<0001> <006600660069>") != std::string::npos);
  CHECK(cmap.find("<0002> <0066006C>") != std::string::npos);
  CHECK(cmap.find("<0063> <0063>") != std::string::npos);
}

TEST_CASE("ligature codes are control characters XML cannot hold, one per glyph and text, in order of first use") {
  briefc::pdf::GlyphCodes codes;
  CHECK(codes.code(120, "ffi") == 0x01);
  CHECK(codes.code(121, "fl") == 0x02);
  CHECK(codes.code(120, "ffi") == 0x01);
  CHECK(codes.code(120, "f\u00ADfi") == 0x03);  // the same glyph showing other characters
  REQUIRE(codes.all().size() == 3);
  CHECK(codes.all()[1] == briefc::pdf::GlyphCode{0x02, 121, "fl"});
  std::set<std::uint16_t> given;
  for (const auto& c : codes.all()) given.insert(c.code);
  for (int i = 3; i < 28; ++i) {
    auto code = codes.code(static_cast<std::uint16_t>(i), "x");
    REQUIRE(code.has_value());
    CHECK(*code != 0x09);  // tab, line feed and carriage return may be text
    CHECK(*code != 0x0A);
    CHECK(*code != 0x0D);
    CHECK(*code <= 0x1F);
    given.insert(*code);
  }
  CHECK(given.size() == 28);
  CHECK_FALSE(codes.code(5000, "x").has_value());  // all taken: the page draws the letters instead
}

namespace {

// Every character is half an em wide.
struct HalfEmMetrics : briefc::layout::FontMetrics {
  double width(const briefc::layout::FontKey&, std::string_view utf8, double size) const override {
    return 0.5 * size * static_cast<double>(briefc::text::count_code_points(utf8));
  }
  bool covers(const briefc::layout::FontKey&, char32_t) const override { return true; }
};

}  // namespace

TEST_CASE("the page draws layout's glyphs: kerning as TJ numbers, a ligature under its own code, the next word where layout put it") {
  HalfEmMetrics metrics;
  briefc::layout::Page page;
  briefc::layout::PlacedText t;
  t.font = {"Test", briefc::layout::FontFace::Regular};
  t.size = 10;
  t.block = 0;
  t.text = "AVoffice";
  // A V o ffi c e; "AV" kerned 80/1000 em closer.
  // (begin, glyph, length, advance, kern)
  t.glyphs = {{0, 36, 1, 700, -80}, {1, 57, 1, 700, 0}, {2, 82, 1, 500, 0},
              {3, 999, 3, 900, 0},  {6, 70, 1, 450, 0}, {7, 72, 1, 450, 0}};
  page.texts.push_back(t);
  briefc::layout::PlacedText next = t;
  next.text = "A";
  next.glyphs = {{0, 36, 1, 700, 0}};
  next.x = (700 - 80 + 700 + 500 + 900 + 450 + 450) * 10 / 1000.0 + 2.5;  // a 2.5-point space further
  page.texts.push_back(next);
  auto code_for = [](const briefc::layout::FontKey&, const briefc::layout::ShapedGlyph& g, std::string_view) {
    return g.glyph == 999 ? std::optional<std::uint16_t>{0x01} : std::nullopt;
  };
  auto made = briefc::pdf::page_content(
      page, metrics, [](const briefc::layout::FontKey&) { return std::string("F1"); }, code_for,
      [](int, briefc::layout::TextPart) { return "P"; }, "en");
  const std::string& ops = made.operators;
  CAPTURE(ops);
  using namespace std::string_literals;
  CHECK(ops.find("[(\0A)80(\0V\0o\0\1\0c\0e)-250("s) != std::string::npos);
}


namespace {

// Where a reader draws each string of `operators` (ASCII text only): the text
// state operators Tf, Tc, Tz and Td, and TJ arrays, as PDF 32000-1, 9.4.4.
struct DrawnString {
  std::string text;
  double x = 0, y = 0, scale = 100;
};
std::vector<DrawnString> replay(const std::string& operators) {
  std::vector<DrawnString> out;
  double size = 0, tc = 0, tz = 100, line_x = 0, line_y = 0;
  std::vector<double> numbers;
  std::size_t i = 0;
  auto number_at = [&](std::size_t& k) {
    std::size_t start = k;
    while (k < operators.size() && (std::isdigit(static_cast<unsigned char>(operators[k])) || operators[k] == '.' ||
                                    operators[k] == '-'))
      ++k;
    return std::stod(operators.substr(start, k - start));
  };
  while (i < operators.size()) {
    char c = operators[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.') {
      numbers.push_back(number_at(i));
    } else if (c == '[') {
      double x = line_x;
      ++i;
      while (operators[i] != ']') {
        if (operators[i] == '(') {
          std::string codes;
          for (++i; operators[i] != ')'; ++i) codes += operators[i];
          ++i;
          std::string text;
          for (std::size_t k = 1; k < codes.size(); k += 2) text += codes[k];  // two-byte codes, ASCII
          out.push_back({text, x, line_y, tz});
          x += (0.5 * size + tc) * static_cast<double>(text.size()) * tz / 100;
        } else if (std::isspace(static_cast<unsigned char>(operators[i]))) {
          ++i;
        } else {
          x -= number_at(i) / 1000 * size * tz / 100;
        }
      }
      ++i;
    } else {
      std::size_t start = i;
      while (i < operators.size() && !std::isspace(static_cast<unsigned char>(operators[i]))) ++i;
      std::string op = operators.substr(start, i - start);
      if (op == "Tf") size = numbers.back();
      else if (op == "Tc") tc = numbers.back();
      else if (op == "Tz") tz = numbers.back();
      else if (op == "Td") {
        line_x += numbers[numbers.size() - 2];
        line_y += numbers.back();
      }
      numbers.clear();
    }
  }
  return out;
}

}  // namespace

TEST_CASE("font expansion is drawn as Tz, and every word still starts where layout put it") {
  using namespace briefc;
  HalfEmMetrics metrics;
  layout::Page page;
  auto word = [&](double x, double y, std::string text, double scale, double spacing) {
    layout::PlacedText t;
    t.x = x;
    t.y = y;
    t.font = {"Test", layout::FontFace::Regular};
    t.text = std::move(text);
    t.horizontal_scale = scale;
    t.letter_spacing = spacing;
    t.width = 0.5 * 10 * static_cast<double>(t.text.size()) * scale + spacing * static_cast<double>(t.text.size());
    page.texts.push_back(t);
  };
  // A line expanded by 1.6 %, one expanded 2 % and letter-spaced (as drawn,
  // 0.1 pt a character), one at natural width.
  word(72, 700, "expanded", 1.016, 0);
  word(72 + 40.64 + 3.1, 700, "words", 1.016, 0);
  word(72 + 40.64 + 3.1 + 25.4 + 3.3, 700, "here", 1.016, 0);
  word(72, 688, "spaced", 1.02, 0.1);
  word(72 + 31.2 + 4, 688, "out", 1.02, 0.1);
  word(72, 676, "natural", 1, 0);
  word(72 + 35 + 2.5, 676, "width", 1, 0);
  auto made = pdf::page_content(
      page, metrics, [](const layout::FontKey&) { return std::string("F1"); },
      [](const layout::FontKey&, const layout::ShapedGlyph&, std::string_view) { return std::optional<std::uint16_t>(); },
      [](int, layout::TextPart) { return "P"; }, "en");
  CHECK(made.operators.find("101.6 Tz") != std::string::npos);
  CHECK(made.operators.find("102 Tz") != std::string::npos);
  CHECK(made.operators.find("100 Tz") != std::string::npos);  // back to natural width for the last line
  auto drawn = replay(made.operators);
  REQUIRE(drawn.size() == page.texts.size());
  for (std::size_t k = 0; k < drawn.size(); ++k) {
    CAPTURE(drawn[k].text);
    CHECK(drawn[k].text == page.texts[k].text);
    CHECK(drawn[k].x == doctest::Approx(page.texts[k].x).epsilon(0.00001));
    CHECK(drawn[k].y == doctest::Approx(page.texts[k].y));
    CHECK(drawn[k].scale == doctest::Approx(page.texts[k].horizontal_scale * 100));
  }
}

TEST_CASE("a ligature its font has no code left for is drawn as its letters, and what follows stays where layout put it") {
  HalfEmMetrics metrics;
  briefc::layout::Page page;
  briefc::layout::PlacedText t;
  t.font = {"Test", briefc::layout::FontFace::Regular};
  t.size = 10;
  t.block = 0;
  t.text = "office";
  // o, ffi (one glyph 900/1000 wide), c, e
  t.glyphs = {{0, 82, 1, 500, 0}, {1, 999, 3, 900, 0}, {4, 70, 1, 500, 0}, {5, 72, 1, 500, 0}};
  page.texts.push_back(t);
  auto made = briefc::pdf::page_content(
      page, metrics, [](const briefc::layout::FontKey&) { return std::string("F1"); },
      [](const briefc::layout::FontKey&, const briefc::layout::ShapedGlyph&, std::string_view) {
        return std::optional<std::uint16_t>();
      },
      [](int, briefc::layout::TextPart) { return "P"; }, "en");
  const std::string& ops = made.operators;
  CAPTURE(ops);
  using namespace std::string_literals;
  // "o", then "f", "f", "i" (1,500/1000 em), moved back 600 to where the
  // 900-wide ligature ends, then "c", "e".
  CHECK(ops.find("[(\0o\0f\0f\0i)600(\0c\0e)] TJ"s) != std::string::npos);
}
