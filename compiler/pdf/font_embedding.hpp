// The objects of an embedded subset font (PDF 32000-1, 9.7: a Type 0 font
// with Identity-H encoding over a CIDFontType2 whose character codes are the
// BMP code points drawn), written by briefc rather than by libharu.
//
// Why: libharu's HPDF_GetFont builds, for every font, a glyph map and a
// width array over all 65,536 codes of its UTF-8 encoder, then a
// ToUnicode map that readers reject (pdf/to_unicode.hpp) and re-serializes
// the font program at save; that was a third of a short build. Here each
// part is made from the characters actually drawn, compressed once, and
// kept in a FontProgram that depends only on the font file and those
// characters: a session (`briefc watch`) that draws the same characters
// again reuses it whole (FontProgramMemo).
#pragma once

#include "model/session_memo.hpp"

#include "fonts/font_facts.hpp"
#include "fonts/truetype_font.hpp"
#include "pdf/glyph_codes.hpp"

#include <array>
#include <deque>
#include <hpdf.h>
#include <map>
#include <string>
#include <vector>

namespace briefc::pdf {

// Everything the PDF says about one font file's subset; independent of the
// document it goes into.
struct FontProgram {
  std::string postscript_name;  // as libharu names a TrueType font, without the subset tag
  int ascent = 0, descent = 0;  // 1/1000 em, from 'hhea'
  std::array<int, 4> bbox{};    // 1/1000 em, from 'head'
  int missing_width = 0;        // the advance of glyph 0 (/DW)
  fonts::FontFacts facts;
  std::string font_file;            // the subset (fonts/font_subset.hpp), compressed
  std::size_t font_file_length = 0;  // its uncompressed size (/Length1)
  std::string cid_to_gid;           // the CIDToGIDMap, compressed
  std::string to_unicode;           // the ToUnicode CMap, compressed
  std::string widths;               // the /W array's contents
};

// Makes the program for `codes` (sorted, unique BMP code points) of `font`
// and for `glyph_codes` (ligatures, in code order: pdf/glyph_codes.hpp);
// `pdf` lends libharu's reading of the subset's name and metrics. False
// with `error` set when the subset cannot be made or read.
bool make_font_program(HPDF_Doc pdf, const fonts::TrueTypeFont& font, const std::vector<char32_t>& codes,
                       const std::vector<GlyphCode>& glyph_codes, FontProgram& out, std::string& error);

// Adds the font's objects to `pdf` under the subset tag `tag` ("BRFCAA")
// and returns its Type 0 font dictionary, for the pages' resources; null
// when libharu failed. `entries` keeps the serialized dictionaries until
// the save (pdf/pdf_syntax.hpp).
HPDF_Dict add_font_objects(HPDF_Doc pdf, const FontProgram& program, const std::string& tag,
                           std::deque<std::string>& entries);

// Font programs remembered between the builds of one session, by font file
// and characters drawn. Not thread-safe: one build at a time.
class FontProgramMemo {
public:
  // The program for `codes` and `glyph_codes` of the font file `font` (its
  // path, and what tells one version of the file from another), made by
  // `make` when not remembered (and then remembered only when `make`
  // succeeded).
  template <typename Make>
  const FontProgram* find_or_make(const std::string& font, const std::vector<char32_t>& codes,
                                  const std::vector<GlyphCode>& glyph_codes, Make&& make) {
    std::string key = font;
    key.push_back('\0');
    key.append(reinterpret_cast<const char*>(codes.data()), codes.size() * sizeof(char32_t));
    for (const auto& g : glyph_codes) {
      key += std::to_string(g.code) + ':' + std::to_string(g.glyph) + ':';
      key += g.shown;
      key.push_back('\0');
    }
    auto it = programs_.find(key);
    if (it == programs_.end()) {
      Entry made;
      if (!make(made.program)) return nullptr;
      it = programs_.emplace(std::move(key), std::move(made)).first;
    }
    it->second.used = true;
    return &it->second.program;
  }

  // Forgets the programs not asked for since the last call.
  void forget_unused() {
    model::forget_unused_entries(programs_);
  }

private:
  struct Entry {
    FontProgram program;
    bool used = false;
  };
  std::map<std::string, Entry> programs_;
};

}  // namespace briefc::pdf
