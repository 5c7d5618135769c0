#include "fonts/truetype_font.hpp"

#include "fonts/sfnt_bytes.hpp"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace briefc::fonts {

using sfnt::i16;
using sfnt::u16;
using sfnt::u32;

namespace {

// Maps a file read-only; the returned owner unmaps it.
std::shared_ptr<const void> map_file(const std::string& path, std::string_view& data, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("cannot open {}: {}", path, std::strerror(errno));
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    error = fmt::format("cannot read {}: empty or unreadable", path);
    return nullptr;
  }
  auto size = static_cast<std::size_t>(st.st_size);
  void* base = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (base == MAP_FAILED) {
    error = fmt::format("cannot read {}: {}", path, std::strerror(errno));
    return nullptr;
  }
  data = std::string_view(static_cast<const char*>(base), size);
  return std::shared_ptr<const void>(base, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
}

}  // namespace

std::optional<TrueTypeFont> TrueTypeFont::open(const std::string& path, std::string& error) {
  TrueTypeFont font;
  font.owner_ = map_file(path, font.data_, error);
  if (!font.owner_) return std::nullopt;
  if (!font.parse(error)) {
    error = fmt::format("{}: {}", path, error);
    return std::nullopt;
  }
  return font;
}

std::optional<TrueTypeFont> TrueTypeFont::from_bytes(std::string data, std::string& error) {
  TrueTypeFont font;
  auto buffer = std::make_shared<const std::string>(std::move(data));
  font.data_ = *buffer;
  font.owner_ = buffer;
  if (!font.parse(error)) return std::nullopt;
  return font;
}

std::string_view TrueTypeFont::table(std::string_view tag) const {
  for (const auto& t : tables_)
    if (std::string_view(t.tag, 4) == tag) return data_.substr(t.offset, t.length);
  return {};
}

bool TrueTypeFont::parse(std::string& error) {
  if (data_.size() < 12) {
    error = "not a TrueType font (the file is too short)";
    return false;
  }
  std::uint32_t version = u32(data_, 0);
  if (version == 0x4F54544F) {  // 'OTTO'
    error = "an OpenType font with PostScript (CFF) outlines; briefc embeds TrueType outlines";
    return false;
  }
  if (version != 0x00010000 && version != 0x74727565) {  // 1.0 or 'true'
    error = version == 0x74746366 ? "a font collection (.ttc); name a single-font .ttf file"
                                  : "not a TrueType font";
    return false;
  }
  std::uint16_t count = u16(data_, 4);
  if (data_.size() < 12 + 16u * count) {
    error = "not a TrueType font (the table directory is cut short)";
    return false;
  }
  for (std::uint16_t i = 0; i < count; ++i) {
    std::size_t at = 12 + 16u * i;
    TableEntry t;
    std::memcpy(t.tag, data_.data() + at, 4);
    t.offset = u32(data_, at + 8);
    t.length = u32(data_, at + 12);
    if (t.offset > data_.size() || t.length > data_.size() - t.offset) {
      error = fmt::format("the '{}' table lies outside the file", std::string_view(t.tag, 4));
      return false;
    }
    tables_.push_back(t);
  }
  for (const char* needed : {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"}) {
    if (table(needed).empty()) {
      error = fmt::format("no '{}' table (briefc needs a TrueType font with glyph outlines)", needed);
      return false;
    }
  }
  std::string_view head = table("head"), hhea = table("hhea"), maxp = table("maxp");
  if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6) {
    error = "a damaged font (its 'head', 'hhea' or 'maxp' table is too short)";
    return false;
  }
  units_per_em_ = u16(head, 18);
  long_loca_ = i16(head, 50) != 0;
  glyph_count_ = u16(maxp, 4);
  long_metrics_ = u16(hhea, 34);
  hmtx_ = table("hmtx");
  loca_ = table("loca");
  glyf_ = table("glyf");
  if (units_per_em_ == 0 || glyph_count_ == 0 || long_metrics_ == 0 || long_metrics_ > glyph_count_ ||
      hmtx_.size() < 4u * long_metrics_ + 2u * (glyph_count_ - long_metrics_) ||
      loca_.size() < (glyph_count_ + 1u) * (long_loca_ ? 4u : 2u)) {
    error = "a damaged font (its metrics or glyph index do not match its glyph count)";
    return false;
  }
  return read_cmap(error);
}

bool TrueTypeFont::read_cmap(std::string& error) {
  std::string_view cmap = table("cmap");
  if (cmap.size() < 4) {
    error = "a damaged font (the 'cmap' table is too short)";
    return false;
  }
  // The best Unicode subtable: full repertoire (format 12) before BMP-only (format 4).
  std::size_t best = 0;
  int best_rank = 0;
  std::uint16_t subtables = u16(cmap, 2);
  for (std::uint16_t i = 0; i < subtables && 4 + 8u * i + 8 <= cmap.size(); ++i) {
    std::uint16_t platform = u16(cmap, 4 + 8u * i), encoding = u16(cmap, 6 + 8u * i);
    std::uint32_t offset = u32(cmap, 8 + 8u * i);
    if (offset + 2 > cmap.size()) continue;
    std::uint16_t format = u16(cmap, offset);
    bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
    int rank = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
    if (rank > best_rank) best_rank = rank, best = offset;
  }
  if (best_rank == 0) {
    error = "no Unicode character map (format 4 or 12) in the 'cmap' table";
    return false;
  }
  auto add = [&](char32_t c, std::uint32_t glyph) {
    if (glyph == 0 || glyph >= glyph_count_) return;
    if (!runs_.empty() && runs_.back().last + 1 == c && runs_.back().first_glyph + (c - runs_.back().first) == glyph)
      runs_.back().last = c;
    else
      runs_.push_back({c, c, glyph});
  };
  std::string_view sub = cmap.substr(best);
  if (best_rank == 2) {
    if (sub.size() < 16 || (sub.size() - 16) / 12 < u32(sub, 12)) {
      error = "a damaged font (its format 12 character map is cut short)";
      return false;
    }
    for (std::uint32_t g = 0, n = u32(sub, 12); g < n; ++g) {
      char32_t first = u32(sub, 16 + 12 * g), last = u32(sub, 20 + 12 * g);
      std::uint32_t glyph = u32(sub, 24 + 12 * g);
      if (last < first || last > 0x10FFFF) continue;
      if (glyph == 0) ++first, ++glyph;  // a run may start at .notdef
      if (first <= last && glyph + (last - first) < glyph_count_) runs_.push_back({first, last, glyph});
    }
    std::sort(runs_.begin(), runs_.end(), [](const CharRun& a, const CharRun& b) { return a.first < b.first; });
    return true;
  }
  std::size_t segments = sub.size() >= 14 ? u16(sub, 6) / 2u : 0;
  if (segments == 0 || sub.size() < 16 + 8 * segments) {
    error = "a damaged font (its format 4 character map is cut short)";
    return false;
  }
  std::size_t ends = 14, starts = 16 + 2 * segments, deltas = starts + 2 * segments,
              range_offsets = deltas + 2 * segments;
  for (std::size_t s = 0; s < segments; ++s) {
    char32_t start = u16(sub, starts + 2 * s), end = u16(sub, ends + 2 * s);
    std::uint16_t delta = u16(sub, deltas + 2 * s), range_offset = u16(sub, range_offsets + 2 * s);
    for (char32_t c = start; c <= end && c != 0xFFFF; ++c) {
      std::uint32_t glyph = 0;
      if (range_offset == 0) {
        glyph = (c + delta) & 0xFFFF;
      } else {
        // idRangeOffset counts bytes from its own position (OpenType 'cmap' format 4).
        std::size_t at = range_offsets + 2 * s + range_offset + 2 * (c - start);
        if (at + 2 > sub.size()) break;
        glyph = u16(sub, at);
        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
      }
      add(c, glyph);
    }
  }
  return true;
}

std::uint16_t TrueTypeFont::glyph(char32_t code_point) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), code_point,
                             [](char32_t c, const CharRun& r) { return c < r.first; });
  if (it == runs_.begin()) return 0;
  --it;
  if (code_point > it->last) return 0;
  return static_cast<std::uint16_t>(it->first_glyph + (code_point - it->first));
}

std::uint16_t TrueTypeFont::advance_units(std::uint16_t glyph) const {
  if (glyph >= glyph_count_) glyph = 0;
  std::size_t metric = std::min<std::size_t>(glyph, long_metrics_ - 1u);
  return u16(hmtx_, 4 * metric);
}

std::int16_t TrueTypeFont::left_side_bearing(std::uint16_t glyph) const {
  if (glyph >= glyph_count_) glyph = 0;
  if (glyph < long_metrics_) return i16(hmtx_, 4u * glyph + 2);
  return i16(hmtx_, 4u * long_metrics_ + 2u * (glyph - long_metrics_));
}

int TrueTypeFont::advance_per_mille(std::uint16_t glyph) const {
  // Truncated, as libharu computes the /W widths it writes.
  return static_cast<int>(static_cast<unsigned>(advance_units(glyph)) * 1000u / units_per_em_);
}

std::string_view TrueTypeFont::glyph_outline(std::uint16_t glyph) const {
  if (glyph >= glyph_count_) return {};
  std::size_t from = long_loca_ ? u32(loca_, 4u * glyph) : 2u * u16(loca_, 2u * glyph);
  std::size_t to = long_loca_ ? u32(loca_, 4u * glyph + 4) : 2u * u16(loca_, 2u * glyph + 2);
  if (to <= from || to > glyf_.size()) return {};
  return glyf_.substr(from, to - from);
}

}  // namespace briefc::fonts
