#include "fonts/font_subset.hpp"

#include "fonts/sfnt_bytes.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace briefc::fonts {

using sfnt::put_u16;
using sfnt::put_u32;
using sfnt::u16;

namespace {

// Composite glyph flags (OpenType 'glyf' table).
constexpr std::uint16_t args_are_words = 0x0001;
constexpr std::uint16_t has_scale = 0x0008;
constexpr std::uint16_t more_components = 0x0020;
constexpr std::uint16_t has_xy_scale = 0x0040;
constexpr std::uint16_t has_two_by_two = 0x0080;

// Calls `visit(offset_of_glyph_index)` for each component of a composite glyph.
template <typename Visit>
void for_each_component(std::string_view outline, Visit visit) {
  if (outline.size() < 10 || sfnt::i16(outline, 0) >= 0) return;  // simple glyph
  std::size_t at = 10;
  while (at + 4 <= outline.size()) {
    std::uint16_t flags = u16(outline, at);
    visit(at + 2);
    at += 4 + ((flags & args_are_words) ? 4 : 2);
    if (flags & has_scale) at += 2;
    else if (flags & has_xy_scale) at += 4;
    else if (flags & has_two_by_two) at += 8;
    if (!(flags & more_components)) break;
  }
}

// Old glyph ids in their new order, and the reverse map.
struct GlyphOrder {
  std::vector<std::uint16_t> old_of_new{0};
  std::vector<int> new_of_old;

  explicit GlyphOrder(std::size_t count) : new_of_old(count, -1) { new_of_old[0] = 0; }

  std::uint16_t add(std::uint16_t old) {
    if (new_of_old[old] < 0) {
      new_of_old[old] = static_cast<int>(old_of_new.size());
      old_of_new.push_back(old);
    }
    return static_cast<std::uint16_t>(new_of_old[old]);
  }
};

// A format 4 subtable mapping `mapping` (sorted by character). Characters
// closer than `gap` share a segment whose glyph array holds 0 for the
// characters in between: fewer segments make every lookup cheaper.
std::string format4(const std::vector<std::pair<char32_t, std::uint16_t>>& mapping, char32_t gap) {
  struct Segment {
    char32_t start, end;
    std::size_t first_entry;
  };
  std::vector<Segment> segments;
  std::vector<std::uint16_t> glyph_array;
  for (const auto& [c, glyph] : mapping) {
    if (segments.empty() || c - segments.back().end > gap) segments.push_back({c, c, glyph_array.size()});
    for (char32_t between = segments.back().end + 1; between < c; ++between) glyph_array.push_back(0);
    glyph_array.push_back(glyph);
    segments.back().end = c;
  }
  std::size_t count = segments.size() + 1;  // and the closing 0xFFFF segment
  std::uint16_t search_range = 2;
  std::uint16_t entry_selector = 0;
  while (search_range * 2u <= count * 2u && search_range * 2u <= 0x8000) search_range *= 2, ++entry_selector;
  std::string out;
  put_u16(out, 4);
  put_u16(out, 0);  // length, set below
  put_u16(out, 0);  // language
  put_u16(out, static_cast<std::uint16_t>(count * 2));
  put_u16(out, search_range);
  put_u16(out, entry_selector);
  put_u16(out, static_cast<std::uint16_t>(count * 2 - search_range));
  for (const auto& s : segments) put_u16(out, static_cast<std::uint16_t>(s.end));
  put_u16(out, 0xFFFF);
  put_u16(out, 0);  // reservedPad
  for (const auto& s : segments) put_u16(out, static_cast<std::uint16_t>(s.start));
  put_u16(out, 0xFFFF);
  for (std::size_t i = 0; i < segments.size(); ++i) put_u16(out, 0);  // idDelta
  put_u16(out, 1);  // 0xFFFF + 1 wraps to glyph 0
  for (std::size_t i = 0; i < segments.size(); ++i)
    // Bytes from this idRangeOffset entry to the segment's first glyph array entry.
    put_u16(out, static_cast<std::uint16_t>(2 * (count - i) + 2 * segments[i].first_entry));
  put_u16(out, 0);
  for (std::uint16_t g : glyph_array) put_u16(out, g);
  if (out.size() > 0xFFFF) return {};
  sfnt::set_u16(out, 2, static_cast<std::uint16_t>(out.size()));
  return out;
}

void pad4(std::string& s) {
  while (s.size() % 4) s += '\0';
}

}  // namespace

bool subset_font(const TrueTypeFont& font, std::vector<char32_t> code_points, FontSubset& subset, std::string& error,
                 const std::vector<std::uint16_t>& extra_glyphs) {
  std::sort(code_points.begin(), code_points.end());
  code_points.erase(std::unique(code_points.begin(), code_points.end()), code_points.end());

  GlyphOrder order(font.glyph_count());
  std::vector<std::pair<char32_t, std::uint16_t>> mapping;
  for (char32_t c : code_points) {
    if (c > 0xFFFF) continue;
    std::uint16_t old = font.glyph(c);
    if (old != 0) mapping.emplace_back(c, order.add(old));
  }
  subset.extra_glyphs.clear();
  for (std::uint16_t old : extra_glyphs) subset.extra_glyphs.push_back(old < font.glyph_count() ? order.add(old) : 0);
  // Components of composite glyphs (accented letters are often built from a
  // base letter and an accent); the list grows while it is walked.
  for (std::size_t i = 0; i < order.old_of_new.size(); ++i)
    for_each_component(font.glyph_outline(order.old_of_new[i]), [&](std::size_t at) {
      std::uint16_t component = u16(font.glyph_outline(order.old_of_new[i]), at);
      if (component < font.glyph_count()) order.add(component);
    });
  auto count = static_cast<std::uint16_t>(order.old_of_new.size());

  std::map<std::string, std::string> tables;  // sorted by tag, as the directory must be
  std::string& glyf = tables["glyf"];
  std::string& loca = tables["loca"];
  std::string& hmtx = tables["hmtx"];
  for (std::uint16_t old : order.old_of_new) {
    put_u32(loca, static_cast<std::uint32_t>(glyf.size()));
    std::string outline(font.glyph_outline(old));
    for_each_component(outline, [&](std::size_t at) {
      std::uint16_t component = u16(outline, at);
      sfnt::set_u16(outline, at, component < font.glyph_count() ? order.add(component) : 0);
    });
    glyf += outline;
    pad4(glyf);
    put_u16(hmtx, font.advance_units(old));
    put_u16(hmtx, static_cast<std::uint16_t>(font.left_side_bearing(old)));
  }
  put_u32(loca, static_cast<std::uint32_t>(glyf.size()));

  std::string cmap_subtable = format4(mapping, 64);
  if (cmap_subtable.empty()) cmap_subtable = format4(mapping, 1);
  if (cmap_subtable.empty()) {
    error = "too many different characters for one font subset";
    return false;
  }
  std::string& cmap = tables["cmap"];
  put_u16(cmap, 0);
  put_u16(cmap, 1);
  put_u16(cmap, 3);  // Windows
  put_u16(cmap, 1);  // Unicode BMP
  put_u32(cmap, 12);
  cmap += cmap_subtable;

  std::string& head = tables["head"] = std::string(font.table("head"));
  sfnt::set_u32(head, 8, 0);  // checkSumAdjustment, set last
  sfnt::set_u16(head, 50, 1);  // long glyph index offsets
  std::string& hhea = tables["hhea"] = std::string(font.table("hhea"));
  sfnt::set_u16(hhea, 34, count);
  std::string& maxp = tables["maxp"] = std::string(font.table("maxp"));
  sfnt::set_u16(maxp, 4, count);
  std::string& post = tables["post"] = std::string(font.table("post").substr(0, 32));
  post.resize(32, '\0');
  sfnt::set_u32(post, 0, 0x00030000);
  for (const char* kept : {"OS/2", "name", "cvt ", "fpgm", "prep"}) tables[kept] = std::string(font.table(kept));

  // The file: the table directory, then the tables, each 4-byte aligned.
  std::string& out = subset.file;
  auto n = static_cast<std::uint16_t>(tables.size());
  std::uint16_t search_range = 16, entry_selector = 0;
  while (search_range * 2u <= n * 16u) search_range *= 2, ++entry_selector;
  out.clear();
  put_u32(out, 0x00010000);
  put_u16(out, n);
  put_u16(out, search_range);
  put_u16(out, entry_selector);
  put_u16(out, static_cast<std::uint16_t>(n * 16 - search_range));
  std::uint32_t offset = 12 + 16u * n;
  std::size_t head_offset = 0;
  for (auto& [tag, data] : tables) {
    out += tag;
    put_u32(out, sfnt::checksum(data));
    put_u32(out, offset);
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    if (tag == "head") head_offset = offset;
    offset += static_cast<std::uint32_t>((data.size() + 3) / 4 * 4);
  }
  for (auto& [tag, data] : tables) {
    out += data;
    pad4(out);
  }
  sfnt::set_u32(out, head_offset + 8, 0xB1B0AFBA - sfnt::checksum(out));
  subset.glyphs = std::move(mapping);
  return true;
}

}  // namespace briefc::fonts
