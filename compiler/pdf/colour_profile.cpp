#include "pdf/colour_profile.hpp"

#include <fmt/format.h>
#include <fstream>
#include <iterator>

namespace briefc::pdf {

std::optional<std::string> read_colour_profile(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes;
  if (in) bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  // An ICC profile starts with its size and has "acsp" at byte 36.
  if (!in.good() && !in.eof()) bytes.clear();
  if (bytes.size() < 128 || bytes.compare(36, 4, "acsp") != 0) {
    error = fmt::format("cannot read the sRGB colour profile {} that PDF/A needs (it comes with the Debian "
                        "package icc-profiles-free: apt-get install icc-profiles-free)",
                        path);
    return std::nullopt;
  }
  return bytes;
}

}  // namespace briefc::pdf
