#include "fonts/font_locator.hpp"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <strings.h>

namespace briefc::fonts {

struct FontLocator::Impl {
  FcConfig* config = nullptr;
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

std::optional<LocatedFont> FontLocator::locate(const std::string& family, layout::FontFace face,
                                               std::string& error) const {
  if (!impl_->config) {
    error = "fontconfig could not be initialised";
    return std::nullopt;
  }
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  bool bold = face == layout::FontFace::Bold || face == layout::FontFace::BoldItalic;
  bool italic = face == layout::FontFace::Italic || face == layout::FontFace::BoldItalic;
  FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcConfigSubstitute(impl_->config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(impl_->config, pattern, &result);
  FcPatternDestroy(pattern);
  if (!match) {
    error = fmt::format("no font matches '{}'", family);
    return std::nullopt;
  }
  FcChar8* found_family = nullptr;
  FcChar8* file = nullptr;
  int index = 0, weight = 0, slant = 0;
  FcPatternGetString(match, FC_FAMILY, 0, &found_family);
  FcPatternGetString(match, FC_FILE, 0, &file);
  FcPatternGetInteger(match, FC_INDEX, 0, &index);
  FcPatternGetInteger(match, FC_WEIGHT, 0, &weight);
  FcPatternGetInteger(match, FC_SLANT, 0, &slant);
  std::optional<LocatedFont> out;
  if (!found_family || strcasecmp(reinterpret_cast<const char*>(found_family), family.c_str()) != 0) {
    // fontconfig's fallback (whatever this machine has) would only mislead: name the family alone.
    error = fmt::format("font family '{}' is not installed on this computer", family);
  } else if ((bold && weight < FC_WEIGHT_DEMIBOLD) || (italic && slant == FC_SLANT_ROMAN)) {
    error = fmt::format("font family '{}' has no {} face installed", family, style_name(face));
  } else if (!file) {
    error = fmt::format("fontconfig gives no file for '{}'", family);
  } else {
    std::string path = reinterpret_cast<const char*>(file);
    auto ends_with = [&](const char* ext) {
      return path.size() > 4 && strcasecmp(path.c_str() + path.size() - 4, ext) == 0;
    };
    if (!ends_with(".ttf")) {
      error = fmt::format("font '{}' is not a TrueType file ({}); briefc embeds TrueType fonts", family, path);
    } else {
      LocatedFont located;
      located.path = path;
      located.index = index;
      out = std::move(located);
    }
  }
  FcPatternDestroy(match);
  return out;
}

}  // namespace briefc::fonts
