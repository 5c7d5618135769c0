// The sRGB ICC profile of the PDF/A output intent (ISO 19005-2, 6.2.3),
// read at build time from the file Debian's icc-profiles-free installs:
// briefc ships no binary profile of its own.
#pragma once

#include <optional>
#include <string>

namespace briefc::pdf {

inline constexpr const char* srgb_profile_path = "/usr/share/color/icc/sRGB.icc";

// The profile's bytes, or nothing with `error` saying what is missing and
// how to get it.
std::optional<std::string> read_colour_profile(const std::string& path, std::string& error);

}  // namespace briefc::pdf
