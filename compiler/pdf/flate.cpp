#include "pdf/flate.hpp"

#include <stdexcept>
#include <zlib.h>

namespace briefc::pdf {

std::string flate_compress(std::string_view data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                         static_cast<uLong>(data.size()), 4);
  // compressBound is enough by zlib's contract; only memory can run out.
  if (status != Z_OK) throw std::runtime_error("briefc: zlib could not compress a page");
  out.resize(size);
  return out;
}

}  // namespace briefc::pdf
