// briefc's own font subsetter (fonts/font_subset.hpp) against HarfBuzz's
// (hb-subset), on the fonts and characters of the shipped papers: the size
// of the subset as the PDF embeds it (flate-compressed) and the time to make
// it. Issue 15 asked which to keep: the smaller and faster.
//
// HarfBuzz is asked for what briefc's subset holds: the same characters and
// ligature glyphs, and only the tables briefc keeps (OS/2, cmap, cvt, fpgm,
// glyf, head, hhea, hmtx, loca, maxp, name, post, prep); hinting is kept by
// both.
//
//   briefc_subset_benchmark [--runs N]
#include "fonts/font_locator.hpp"
#include "fonts/font_subset.hpp"
#include "fonts/shaper.hpp"
#include "fonts/truetype_font.hpp"
#include "pdf/flate.hpp"
#include "text/utf8.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace briefc;

namespace {

struct Case {
  const char* family;
  layout::FontFace face;
  const char* text;  // the characters of a paper's body, roughly
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

template <typename F>
double time_us(int runs, F f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto a = std::chrono::steady_clock::now();
    f();
    t.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - a).count());
  }
  return median(t);
}

std::string harfbuzz_subset(const fonts::TrueTypeFont& font, const std::vector<char32_t>& codes,
                            const std::vector<std::uint16_t>& extra) {
  std::string_view data = font.data();
  hb_blob_t* blob = hb_blob_create(data.data(), static_cast<unsigned>(data.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (char32_t c : codes) hb_set_add(unicodes, c);
  hb_set_t* glyphs = hb_subset_input_glyph_set(input);
  for (auto g : extra) hb_set_add(glyphs, g);
  // Drop every table briefc's subset does not keep.
  const std::set<std::string> kept{"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"};
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  hb_tag_t tags[64];
  unsigned count = 64;
  hb_face_get_table_tags(face, 0, &count, tags);
  for (unsigned i = 0; i < count; ++i) {
    char name[5] = {};
    hb_tag_to_string(tags[i], name);
    if (!kept.count(name)) hb_set_add(drop, tags[i]);
  }
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DEFAULT);
  hb_face_t* made = hb_subset_or_fail(face, input);
  std::string out;
  if (made) {
    hb_blob_t* bytes = hb_face_reference_blob(made);
    unsigned length = 0;
    const char* p = hb_blob_get_data(bytes, &length);
    out.assign(p, length);
    hb_blob_destroy(bytes);
    hb_face_destroy(made);
  }
  hb_subset_input_destroy(input);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 200;
  for (int i = 1; i < argc; ++i)
    if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
  const char* english =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,;:!?()[]/-–—“”‘’'\"%&@#_=+*°€₸ office flight";
  const char* russian =
      "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789 .,;:!?()[]/-–—«»“”%№ ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const Case cases[] = {{"Noto Serif", layout::FontFace::Regular, english},
                        {"Noto Serif", layout::FontFace::Bold, english},
                        {"Noto Serif", layout::FontFace::Regular, russian},
                        {"Noto Sans", layout::FontFace::Regular, english},
                        {"Liberation Serif", layout::FontFace::Regular, english}};
  fonts::FontLocator locator;
  std::printf("%-26s %6s %12s %12s %10s %10s\n", "font / text", "glyphs", "briefc bytes", "hb bytes", "briefc us",
              "hb us");
  for (const auto& c : cases) {
    std::string error;
    auto located = locator.locate(c.family, c.face, error);
    if (!located) {
      std::fprintf(stderr, "%s: %s\n", c.family, error.c_str());
      return 2;
    }
    auto font = fonts::TrueTypeFont::open(located->path, error);
    if (!font) return 2;
    std::vector<char32_t> codes;
    std::string_view text(c.text);
    for (std::size_t i = 0; i < text.size();) codes.push_back(text::decode_at(text, i));
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    // The ligature glyphs a paper draws ("office", "flight").
    fonts::Shaper shaper(*font);
    std::vector<fonts::ShapedGlyph> shaped;
    shaper.shape("office flight", fonts::Shaping::Full, shaped);
    std::vector<std::uint16_t> extra;
    for (const auto& g : shaped)
      if (g.length > 1) extra.push_back(g.glyph);
    fonts::FontSubset ours;
    std::string theirs;
    double ours_us = time_us(runs, [&] { fonts::subset_font(*font, codes, ours, error, extra); });
    double theirs_us = time_us(runs, [&] { theirs = harfbuzz_subset(*font, codes, extra); });
    std::printf("%-26s %6zu %12zu %12zu %10.0f %10.0f\n",
                (std::string(c.family) + (c.face == layout::FontFace::Bold ? " Bold" : "") +
                 (c.text == russian ? " (ru)" : " (en)")).c_str(),
                codes.size() + extra.size(), pdf::flate_compress(ours.file).size(),
                pdf::flate_compress(theirs).size(), ours_us, theirs_us);
  }
  return 0;
}
