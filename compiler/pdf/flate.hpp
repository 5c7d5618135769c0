// Compression of PDF streams with zlib (the /FlateDecode filter).
#pragma once

#include <string>
#include <string_view>

namespace briefc::pdf {

// `data` compressed as a zlib stream at zlib's default level, the level
// libharu uses for the streams it compresses itself.
std::string flate_compress(std::string_view data);

}  // namespace briefc::pdf
