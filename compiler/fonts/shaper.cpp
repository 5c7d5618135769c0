#include "fonts/shaper.hpp"

#include "text/utf8.hpp"

#include <hb.h>

#include <array>
#include <cmath>
#include <optional>
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
// would make a word's glyphs depend on more than its letters and the font,
// and the mark features, whose placements a glyph-per-code PDF cannot draw.
constexpr hb_feature_t full_features[] = {
    feature('k', 'e', 'r', 'n', 1), feature('l', 'i', 'g', 'a', 1), feature('c', 'l', 'i', 'g', 0),
    feature('c', 'a', 'l', 't', 0), feature('l', 'o', 'c', 'l', 0), feature('m', 'a', 'r', 'k', 0),
    feature('m', 'k', 'm', 'k', 0)};
constexpr hb_feature_t kerned_features[] = {
    feature('k', 'e', 'r', 'n', 1), feature('l', 'i', 'g', 'a', 0), feature('c', 'l', 'i', 'g', 0),
    feature('c', 'a', 'l', 't', 0), feature('l', 'o', 'c', 'l', 0), feature('m', 'a', 'r', 'k', 0),
    feature('m', 'k', 'm', 'k', 0)};

struct Word {
  std::vector<ShapedGlyph> glyphs;
  long advance = 0;
};

// Two neighbouring characters as HarfBuzz shapes them alone, in full.
struct Pair {
  int kern = 0;        // between their usual glyphs
  bool joins = false;  // into a ligature: a word holding them is shaped whole
  bool odd = false;    // anything else (a mark placed off its advance): the same
  std::optional<int> unjoined_kern;  // the kerning without ligatures, of a pair that joins
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
  std::unordered_map<std::string, Word, Hash, std::equal_to<>> words[3];  // by Shaping
  std::unordered_map<std::uint64_t, Pair> pairs;                         // by first << 32 | second
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
      u.advance = per_mille_16(file.advance_per_mille(u.glyph));
    }
    return u;
  }

  // Each character's usual glyph, unkerned.
  Word nominal(std::string_view utf8) {
    Word w;
    w.glyphs.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
      const std::size_t begin = i;
      char32_t cp = text::decode_at(utf8, i);
      if (cp > 0xFFFF) cp = text::replacement_character;
      const Usual& u = usual_glyph(cp);
      w.glyphs.push_back({static_cast<std::uint32_t>(begin), u.glyph, static_cast<std::uint8_t>(i - begin), u.advance, 0});
      w.advance += u.advance;
    }
    return w;
  }

  Word shaped(std::string_view utf8, Shaping shaping) {
    Word plain = nominal(utf8);
    if (shaping == Shaping::Plain || plain.glyphs.size() < 2 || utf8.size() > 4096) return plain;
    for (const auto& g : plain.glyphs)
      if (utf8[g.begin] == ' ' || g.length > 3) return plain;  // a space, or outside the BMP
    if (kern_by_pairs(utf8, plain, shaping)) return plain;
    auto whole = shape_whole(utf8, shaping);
    return whole ? std::move(*whole) : nominal(utf8);
  }

  // Kerns `w` (the word's usual glyphs) pair by pair; false when a pair asks
  // for the word to be shaped whole.
  bool kern_by_pairs(std::string_view utf8, Word& w, Shaping shaping) {
    learn_pairs(utf8, w);
    for (std::size_t g = 0; g + 1 < w.glyphs.size(); ++g) {
      ShapedGlyph& a = w.glyphs[g];
      const ShapedGlyph& b = w.glyphs[g + 1];
      const std::string_view both = utf8.substr(a.begin, b.end() - a.begin);
      Pair& pair = pair_of(both);
      int kern = pair.kern;
      if (pair.odd || (pair.joins && shaping == Shaping::Full)) return false;
      if (pair.joins) {  // Kerned: the pair as two glyphs
        if (!pair.unjoined_kern) {
          auto apart = shape_whole(both, Shaping::Kerned);
          pair.unjoined_kern = apart && apart->glyphs.size() == 2 ? apart->glyphs[0].kern : 0;
        }
        kern = *pair.unjoined_kern;
      }
      a.kern = per_mille_16(kern);
      w.advance += kern;
    }
    return true;
  }

  // Shapes `utf8` into `buffer`, left to right, the script guessed from
  // the text, with the features of `shaping` (Kerned or Full).
  void run_harfbuzz(std::string_view utf8, Shaping shaping) {
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_language(buffer, language);
    hb_buffer_guess_segment_properties(buffer);
    const bool full = shaping == Shaping::Full;
    hb_shape(font, buffer, full ? full_features : kerned_features,
             full ? std::size(full_features) : std::size(kerned_features));
  }

  static std::uint64_t pair_key(std::string_view both) {
    std::size_t at = 0;
    const char32_t first = text::decode_at(both, at);
    const char32_t second = text::decode_at(both, at);
    return static_cast<std::uint64_t>(first) << 32 | second;
  }

  // Shapes the word's pairs not yet known in one HarfBuzz call, each pair
  // followed by a space ("av wa "): HarfBuzz costs as much per call as per
  // few glyphs, and a pair's kerning is between its own two glyphs. A pair
  // whose part of the result is not two usual glyphs or one ligature is
  // left to pair_of, alone.
  void learn_pairs(std::string_view utf8, const Word& w) {
    std::string batch;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> asked;  // key, offset in `batch`
    for (std::size_t g = 0; g + 1 < w.glyphs.size(); ++g) {
      const std::string_view both = utf8.substr(w.glyphs[g].begin, w.glyphs[g + 1].end() - w.glyphs[g].begin);
      const std::uint64_t key = pair_key(both);
      if (pairs.count(key)) continue;
      bool repeated = false;
      for (const auto& a : asked) repeated = repeated || a.first == key;
      if (repeated) continue;
      asked.emplace_back(key, static_cast<std::uint32_t>(batch.size()));
      batch += both;
      batch += ' ';
    }
    if (asked.size() < 2) return;  // one pair: pair_of shapes it
    run_harfbuzz(batch, Shaping::Full);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    unsigned g = 0;
    for (std::size_t p = 0; p < asked.size(); ++p) {
      const std::uint32_t start = asked[p].second;
      const std::uint32_t space = p + 1 < asked.size() ? asked[p + 1].second - 1 : static_cast<std::uint32_t>(batch.size() - 1);
      std::vector<unsigned> mine;  // the pair's glyphs
      while (g < count && info[g].cluster < space) {
        if (info[g].cluster >= start) mine.push_back(g);
        ++g;
      }
      const bool clean_space = g < count && info[g].cluster == space && (g + 1 == count || info[g + 1].cluster > space);
      if (g < count && info[g].cluster == space) ++g;
      if (!clean_space) continue;
      bool placed = true;
      for (unsigned k : mine) placed = placed && pos[k].x_offset == 0 && pos[k].y_offset == 0;
      if (!placed) continue;
      const std::string_view both(batch.data() + start, space - start);
      std::size_t second = 0;
      const char32_t first_cp = text::decode_at(both, second);
      Pair pair;
      if (mine.size() == 1 && info[mine[0]].cluster == start && info[mine[0]].codepoint != 0) {
        pair.joins = true;
      } else if (mine.size() == 2 && info[mine[0]].cluster == start && info[mine[1]].cluster == start + second &&
                 info[mine[0]].codepoint == usual_glyph(first_cp).glyph &&
                 info[mine[1]].codepoint == usual_glyph(text::decode_at(both, second)).glyph) {
        const hb_position_t usual_advance = hb_font_get_glyph_h_advance(font, info[mine[0]].codepoint);
        pair.kern = static_cast<int>(std::lround((pos[mine[0]].x_advance - usual_advance) * per_mille));
      } else {
        continue;
      }
      pairs.emplace(asked[p].first, pair);
    }
  }

  Pair& pair_of(std::string_view both) {
    const std::uint64_t key = pair_key(both);
    auto found = pairs.find(key);
    if (found != pairs.end()) return found->second;
    Pair pair;
    auto shaped = shape_whole(both, Shaping::Full);
    if (!shaped) pair.odd = true;
    else if (shaped->glyphs.size() == 1) pair.joins = true;
    else pair.kern = shaped->glyphs[0].kern;
    return pairs.emplace(key, pair).first->second;
  }

  // `utf8` shaped by HarfBuzz in one piece, or nothing when the result is
  // not what a glyph-per-code PDF can draw (see fonts/shaper.hpp).
  std::optional<Word> shape_whole(std::string_view utf8, Shaping shaping) {
    const Word plain = nominal(utf8);
    run_harfbuzz(utf8, shaping);
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
      while (last < plain.glyphs.size() && plain.glyphs[last].end() < end) ++last;
      if (last >= plain.glyphs.size() || plain.glyphs[last].end() != end || end - begin > UINT8_MAX)
        return std::nullopt;
      const auto glyph = static_cast<std::uint16_t>(info[g].codepoint);
      // One character drawn with anything but its usual glyph could not be
      // copied as itself; a ligature must be a glyph the font has.
      if (last == character ? glyph != plain.glyphs[character].glyph : glyph == 0) return std::nullopt;
      const int advance = file.advance_per_mille(glyph);
      const hb_position_t usual_advance = hb_font_get_glyph_h_advance(font, glyph);
      const int kern = static_cast<int>(std::lround((pos[g].x_advance - usual_advance) * per_mille));
      w.glyphs.push_back({begin, glyph, static_cast<std::uint8_t>(end - begin), per_mille_16(advance),
                          per_mille_16(g + 1 < count ? kern : 0)});
      w.advance += w.glyphs.back().advance + w.glyphs.back().kern;
      character = last + 1;
    }
    if (character != plain.glyphs.size()) return std::nullopt;
    return w;
  }

  const Word& word(std::string_view utf8, Shaping shaping) {
    auto& memo = words[static_cast<int>(shaping)];
    auto found = memo.find(utf8);
    if (found == memo.end()) found = memo.emplace(std::string(utf8), shaped(utf8, shaping)).first;
    return found->second;
  }
};

Shaper::Shaper(const TrueTypeFont& font) : impl_(std::make_unique<Impl>(font)) {}
Shaper::~Shaper() = default;
Shaper::Shaper(Shaper&&) noexcept = default;
Shaper& Shaper::operator=(Shaper&&) noexcept = default;

const std::vector<ShapedGlyph>& Shaper::word(std::string_view utf8, Shaping shaping) const {
  return impl_->word(utf8, shaping).glyphs;
}

void Shaper::shape(std::string_view utf8, Shaping shaping, std::vector<ShapedGlyph>& out, std::uint32_t offset) const {
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = utf8.find(' ', start);
    if (end == std::string_view::npos) end = utf8.size();
    for (ShapedGlyph g : impl_->word(utf8.substr(start, end - start), shaping).glyphs) {
      g.begin += offset + static_cast<std::uint32_t>(start);
      out.push_back(g);
    }
    if (end == utf8.size()) break;
    for (ShapedGlyph g : impl_->word(" ", shaping).glyphs) {
      g.begin += offset + static_cast<std::uint32_t>(end);
      out.push_back(g);
    }
    start = end + 1;
  }
}

long Shaper::advance(std::string_view utf8, Shaping shaping) const {
  long sum = 0;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = utf8.find(' ', start);
    if (end == std::string_view::npos) end = utf8.size();
    sum += impl_->word(utf8.substr(start, end - start), shaping).advance;
    if (end == utf8.size()) break;
    sum += impl_->word(" ", shaping).advance;
    start = end + 1;
  }
  return sum;
}

}  // namespace briefc::fonts
