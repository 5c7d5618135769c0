// The pieces of the PDF writer that are plain functions: the ToUnicode map,
// text strings, the XMP packet.
#include "pdf/colour_profile.hpp"
#include "pdf/span_language.hpp"
#include "pdf/to_unicode.hpp"
#include "pdf/xmp_metadata.hpp"

#include <doctest/doctest.h>
#include <string>

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
