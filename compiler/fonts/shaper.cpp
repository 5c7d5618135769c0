#include "fonts/shaper.hpp"

#include "text/utf8.hpp"

#include <hb.h>

#include <optional>

#include <array>
#include <cmath>
#include <memory>
#include <string>
#include <unordered_map>

namespace briefc::fonts {

namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

constexpr hb_feature_t feature(char a, char b, char c, char d, unsigned value) {
  return {HB_TAG(a, b, c, d), value, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
}

// Kerning and, when asked, standard ligatures. Off: the contextual and
// discretionary substitutions (calt, clig) and local forms (locl), which
// would make a word's glyphs depend on more than its letters and the font.
constexpr hb_feature_t with_ligatures[] = {feature('k', 'e', 'r', 'n', 1), feature('l', 'i', 'g', 'a', 1),
                                           feature('c', 'l', 'i', 'g', 0), feature('c', 'a', 'l', 't', 0),
                                           feature('l', 'o', 'c', 'l', 0)};
constexpr hb_feature_t without_ligatures[] = {feature('k', 'e', 'r', 'n', 1), feature('l', 'i', 'g', 'a', 0),
                                              feature('c', 'l', 'i', 'g', 0), feature('c', 'a', 'l', 't', 0),
                                              feature('l', 'o', 'c', 'l', 0)};

struct Word {
  std::vector<ShapedGlyph> glyphs;
  long advance = 0;
};

// Two characters as HarfBuzz shapes them alone: the kerning between their
// usual glyphs, or `whole` when it makes anything else of them (a ligature,
// a mark placed on its base), so that a word holding them is shaped whole.
struct Pair {
  int kern = 0;
  bool whole = false;
};

// A character's usual glyph and its advance (1/1000 em).
struct Usual {
  std::uint16_t glyph = 0;
  std::int16_t advance = -1;  // -1: not looked up yet
};

}  // namespace

struct Shaper::Impl {
  const TrueTypeFont& file;
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  hb_buffer_t* buffer = nullptr;
  hb_language_t language = nullptr;
  double per_mille = 1;  // font units → thousandths of an em
  std::unordered_map<std::string, Word, Hash, std::equal_to<>> words[2];  // by Ligatures
  std::unordered_map<std::uint64_t, Pair> pairs[2];                    // by Ligatures, then (first << 32 | second)
  // By BMP code point, 256 at a time as first asked (a document uses a few blocks).
  std::array<std::unique_ptr<std::array<Usual, 256>>, 256> usual;

  explicit Impl(const TrueTypeFont& f) : file(f) {
    const std::string_view data = f.data();
    blob = hb_blob_create(data.data(), static_cast<unsigned>(data.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    face = hb_face_create(blob, 0);
    font = hb_font_create(face);
    const int upem = static_cast<int>(hb_face_get_upem(face));
    hb_font_set_scale(font, upem, upem);
    per_mille = 1000.0 / upem;
    buffer = hb_buffer_create();
    // Fixed rather than the process's locale (HarfBuzz's default), so a
    // build is the same on every machine; 'locl' is off besides.
    language = hb_language_from_string("und", -1);
  }
  ~Impl() {
    hb_buffer_destroy(buffer);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  const Usual& usual_glyph(char32_t cp) {
    auto& block = usual[cp >> 8];
    if (!block) block = std::make_unique<std::array<Usual, 256>>();
    Usual& u = (*block)[cp & 0xFF];
    if (u.advance < 0) {
      u.glyph = file.glyph(cp);
      u.advance = static_cast<std::int16_t>(file.advance_per_mille(u.glyph));
    }
    return u;
  }

  // Each character's usual glyph, unkerned.
  Word nominal(std::string_view utf8) {
    Word w;
    for (std::size_t i = 0; i < utf8.size();) {
      const std::size_t begin = i;
      char32_t cp = text::decode_at(utf8, i);
      if (cp > 0xFFFF) cp = text::replacement_character;
      const Usual& u = usual_glyph(cp);
      w.glyphs.push_back({u.glyph, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i), u.advance, 0});
      w.advance += u.advance;
    }
    return w;
  }

  // The word kerned pair by pair, or nothing when a pair asks for the word
  // to be shaped whole. HarfBuzz applies a font's kerning (GPOS pair
  // adjustment) between neighbours, so this is its kerning, at the cost of
  // one shaping per pair of letters a document uses rather than per word.
  std::optional<Word> kerned_by_pairs(std::string_view utf8, Word w, Ligatures ligatures) {
    auto& memo = pairs[static_cast<int>(ligatures)];
    for (std::size_t g = 0; g + 1 < w.glyphs.size(); ++g) {
      const ShapedGlyph& a = w.glyphs[g];
      const ShapedGlyph& b = w.glyphs[g + 1];
      std::size_t at = a.begin;
      const char32_t first = text::decode_at(utf8, at);
      at = b.begin;
      const char32_t second = text::decode_at(utf8, at);
      const std::uint64_t key = static_cast<std::uint64_t>(first) << 32 | second;
      auto found = memo.find(key);
      if (found == memo.end()) {
        Pair pair;
        const std::string_view both = utf8.substr(a.begin, b.end - a.begin);
        std::optional<Word> shaped = shape_whole(both, ligatures);
        if (!shaped || shaped->glyphs.size() != 2) pair.whole = true;
        else pair.kern = shaped->glyphs[0].kern;
        found = memo.emplace(key, pair).first;
      }
      if (found->second.whole) return std::nullopt;
      w.glyphs[g].kern = found->second.kern;
      w.advance += found->second.kern;
    }
    return w;
  }

  Word shaped(std::string_view utf8, Ligatures ligatures) {
    Word plain = nominal(utf8);
    if (plain.glyphs.size() < 2 || utf8.size() > 4096) return plain;
    for (const auto& g : plain.glyphs)
      if (utf8[g.begin] == ' ' || g.end - g.begin > 3) return plain;  // a space, or outside the BMP
    if (auto kerned = kerned_by_pairs(utf8, plain, ligatures)) return std::move(*kerned);
    auto whole = shape_whole(utf8, ligatures);
    return whole ? std::move(*whole) : plain;
  }

  // `utf8` shaped by HarfBuzz in one piece, or nothing when the result is
  // not what a glyph-per-code PDF can draw (see fonts/shaper.hpp).
  std::optional<Word> shape_whole(std::string_view utf8, Ligatures ligatures) {
    const Word plain = nominal(utf8);
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_language(buffer, language);
    hb_buffer_guess_segment_properties(buffer);  // the script
    const bool liga = ligatures == Ligatures::On;
    hb_shape(font, buffer, liga ? with_ligatures : without_ligatures,
             liga ? std::size(with_ligatures) : std::size(without_ligatures));
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    // Clusters must ascend one glyph each: then glyph g shows the bytes from
    // its cluster to the next glyph's, and `plain` says which characters
    // those are.
    Word w;
    std::size_t character = 0;  // index into plain.glyphs: the first character of glyph g
    for (unsigned g = 0; g < count; ++g) {
      const std::uint32_t begin = info[g].cluster;
      const std::uint32_t end = g + 1 < count ? info[g + 1].cluster : static_cast<std::uint32_t>(utf8.size());
      if (end <= begin || pos[g].x_offset != 0 || pos[g].y_offset != 0 || character >= plain.glyphs.size() ||
          plain.glyphs[character].begin != begin)
        return std::nullopt;
      std::size_t last = character;  // the character the glyph's bytes end with
      while (last < plain.glyphs.size() && plain.glyphs[last].end < end) ++last;
      if (last >= plain.glyphs.size() || plain.glyphs[last].end != end) return std::nullopt;
      const auto glyph = static_cast<std::uint16_t>(info[g].codepoint);
      // One character drawn with anything but its usual glyph could not be
      // copied as itself; a ligature must be a glyph the font has.
      if (last == character ? glyph != plain.glyphs[character].glyph : glyph == 0) return std::nullopt;
      const int advance = file.advance_per_mille(glyph);
      const hb_position_t usual_advance = hb_font_get_glyph_h_advance(font, glyph);
      const int kern = static_cast<int>(std::lround((pos[g].x_advance - usual_advance) * per_mille));
      w.glyphs.push_back({glyph, begin, end, advance, g + 1 < count ? kern : 0});
      w.advance += advance + w.glyphs.back().kern;
      character = last + 1;
    }
    if (character != plain.glyphs.size()) return std::nullopt;
    return w;
  }

  const Word& word(std::string_view utf8, Ligatures ligatures) {
    auto& memo = words[static_cast<int>(ligatures)];
    auto found = memo.find(utf8);
    if (found == memo.end()) found = memo.emplace(std::string(utf8), shaped(utf8, ligatures)).first;
    return found->second;
  }
};

Shaper::Shaper(const TrueTypeFont& font) : impl_(std::make_unique<Impl>(font)) {}
Shaper::~Shaper() = default;
Shaper::Shaper(Shaper&&) noexcept = default;
Shaper& Shaper::operator=(Shaper&&) noexcept = default;

const std::vector<ShapedGlyph>& Shaper::word(std::string_view utf8, Ligatures ligatures) const {
  return impl_->word(utf8, ligatures).glyphs;
}

void Shaper::shape(std::string_view utf8, Ligatures ligatures, std::vector<ShapedGlyph>& out,
                   std::uint32_t offset) const {
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = utf8.find(' ', start);
    if (end == std::string_view::npos) end = utf8.size();
    for (ShapedGlyph g : impl_->word(utf8.substr(start, end - start), ligatures).glyphs) {
      g.begin += offset + static_cast<std::uint32_t>(start);
      g.end += offset + static_cast<std::uint32_t>(start);
      out.push_back(g);
    }
    if (end == utf8.size()) break;
    for (ShapedGlyph g : impl_->word(" ", ligatures).glyphs) {
      g.begin += offset + static_cast<std::uint32_t>(end);
      g.end += offset + static_cast<std::uint32_t>(end);
      out.push_back(g);
    }
    start = end + 1;
  }
}

long Shaper::advance(std::string_view utf8, Ligatures ligatures) const {
  long sum = 0;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = utf8.find(' ', start);
    if (end == std::string_view::npos) end = utf8.size();
    sum += impl_->word(utf8.substr(start, end - start), ligatures).advance;
    if (end == utf8.size()) break;
    sum += impl_->word(" ", ligatures).advance;
    start = end + 1;
  }
  return sum;
}

}  // namespace briefc::fonts
