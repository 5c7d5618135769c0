// Finds the font file for a family and face through fontconfig — the only code
// in briefc that calls fontconfig.
//
// A briefing silently set in the wrong typeface is a bug, so briefc does not
// take fontconfig's closest match (which substitutes whatever the machine
// has): it lists the fonts of exactly the family the style names and picks
// the face itself, and a missing family or face is an error. Each family is
// listed once per locator.
#pragma once

#include "layout/font_metrics.hpp"

#include <memory>
#include <optional>
#include <string>

namespace briefc::fonts {

struct LocatedFont {
  std::string path;
  int index = 0;  // face index inside a collection
};

class FontLocator {
public:
  FontLocator();
  ~FontLocator();
  FontLocator(const FontLocator&) = delete;
  FontLocator& operator=(const FontLocator&) = delete;

  // The TrueType file for `family` in `face`; on failure, `error` says why.
  std::optional<LocatedFont> locate(const std::string& family, layout::FontFace face, std::string& error) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace briefc::fonts
