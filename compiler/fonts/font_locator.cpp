#include "fonts/font_locator.hpp"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <strings.h>
#include <tuple>
#include <vector>

namespace briefc::fonts {

namespace {

// One font of a family, as fontconfig lists it.
struct Candidate {
  std::string path;
  int index = 0, weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN, width = FC_WIDTH_NORMAL;
};

}  // namespace

struct FontLocator::Impl {
  FcConfig* config = nullptr;
  // Every font of each family asked for: one listing per family serves its
  // four faces (a match per face, which scores every installed font, was a
  // noticeable share of a short build).
  std::map<std::string, std::vector<Candidate>> families;

  const std::vector<Candidate>& list(const std::string& family) {
    auto it = families.find(family);
    if (it != families.end()) return it->second;
    std::vector<Candidate>& out = families[family];
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcObjectSet* objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, FC_WIDTH, nullptr);
    FcFontSet* set = FcFontList(config, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    for (int i = 0; set && i < set->nfont; ++i) {
      Candidate c;
      FcChar8* file = nullptr;
      if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch || !file) continue;
      c.path = reinterpret_cast<const char*>(file);
      FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &c.index);
      FcPatternGetInteger(set->fonts[i], FC_WEIGHT, 0, &c.weight);
      FcPatternGetInteger(set->fonts[i], FC_SLANT, 0, &c.slant);
      FcPatternGetInteger(set->fonts[i], FC_WIDTH, 0, &c.width);
      out.push_back(std::move(c));
    }
    if (set) FcFontSetDestroy(set);
    // fontconfig lists in cache order; sorting makes the choice among equals
    // the same on every machine.
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
      return std::tie(a.path, a.index) < std::tie(b.path, b.index);
    });
    return out;
  }
};

FontLocator::FontLocator() : impl_(std::make_unique<Impl>()) { impl_->config = FcInitLoadConfigAndFonts(); }

FontLocator::~FontLocator() {
  if (impl_->config) FcConfigDestroy(impl_->config);
}

namespace {
const char* style_name(layout::FontFace face) {
  switch (face) {
    case layout::FontFace::Regular: return "Regular";
    case layout::FontFace::Bold: return "Bold";
    case layout::FontFace::Italic: return "Italic";
    case layout::FontFace::BoldItalic: return "Bold Italic";
  }
  return "Regular";
}
}  // namespace

namespace {
bool is_truetype_file(const std::string& path) {
  return path.size() > 4 && strcasecmp(path.c_str() + path.size() - 4, ".ttf") == 0;
}
}  // namespace

std::optional<LocatedFont> FontLocator::locate(const std::string& family, layout::FontFace face,
                                               std::string& error) const {
  if (!impl_->config) {
    error = "fontconfig could not be initialised";
    return std::nullopt;
  }
  // Only the family the style names: fontconfig's fallback for a missing one
  // (whatever this machine has) would set the briefing in the wrong typeface.
  const std::vector<Candidate>& fonts = impl_->list(family);
  if (fonts.empty()) {
    error = fmt::format("font family '{}' is not installed on this computer", family);
    return std::nullopt;
  }
  bool bold = face == layout::FontFace::Bold || face == layout::FontFace::BoldItalic;
  bool italic = face == layout::FontFace::Italic || face == layout::FontFace::BoldItalic;
  int wanted_weight = bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR;
  // The face closest to normal width and the wanted weight; italic before oblique.
  const Candidate* best = nullptr;
  long best_score = 0;
  for (const auto& c : fonts) {
    if (bold != (c.weight >= FC_WEIGHT_DEMIBOLD) || italic != (c.slant != FC_SLANT_ROMAN)) continue;
    long score = 1000L * std::abs(c.width - FC_WIDTH_NORMAL) + 10L * std::abs(c.weight - wanted_weight) +
                 (c.slant == FC_SLANT_OBLIQUE ? 1 : 0) + (is_truetype_file(c.path) ? 0 : 1000000L);
    if (!best || score < best_score) best = &c, best_score = score;
  }
  if (!best) {
    error = fmt::format("font family '{}' has no {} face installed", family, style_name(face));
    return std::nullopt;
  }
  if (!is_truetype_file(best->path)) {
    error = fmt::format("font '{}' is not a TrueType file ({}); briefc embeds TrueType fonts", family, best->path);
    return std::nullopt;
  }
  return LocatedFont{best->path, best->index};
}

}  // namespace briefc::fonts
