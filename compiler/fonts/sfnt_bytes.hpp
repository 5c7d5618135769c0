// Big-endian reading and writing for TrueType ("sfnt") data, shared by the
// font reader and the subsetter. Reads are bounds-checked by the callers,
// which validate every table's extent once when the font is opened.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace briefc::fonts::sfnt {

inline std::uint16_t u16(std::string_view data, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(data[at]) << 8) |
                                    static_cast<unsigned char>(data[at + 1]));
}

inline std::int16_t i16(std::string_view data, std::size_t at) { return static_cast<std::int16_t>(u16(data, at)); }

inline std::uint32_t u32(std::string_view data, std::size_t at) {
  return (static_cast<std::uint32_t>(u16(data, at)) << 16) | u16(data, at + 2);
}

inline void put_u16(std::string& out, std::uint16_t v) {
  out += static_cast<char>(v >> 8);
  out += static_cast<char>(v & 0xFF);
}

inline void put_u32(std::string& out, std::uint32_t v) {
  put_u16(out, static_cast<std::uint16_t>(v >> 16));
  put_u16(out, static_cast<std::uint16_t>(v & 0xFFFF));
}

inline void set_u16(std::string& out, std::size_t at, std::uint16_t v) {
  out[at] = static_cast<char>(v >> 8);
  out[at + 1] = static_cast<char>(v & 0xFF);
}

inline void set_u32(std::string& out, std::size_t at, std::uint32_t v) {
  set_u16(out, at, static_cast<std::uint16_t>(v >> 16));
  set_u16(out, at + 2, static_cast<std::uint16_t>(v & 0xFFFF));
}

// The table checksum of the OpenType specification: the sum of the data as
// big-endian 32-bit words, the last one padded with zeros.
inline std::uint32_t checksum(std::string_view data) {
  std::uint32_t sum = 0;
  std::size_t i = 0;
  for (; i + 4 <= data.size(); i += 4) sum += u32(data, i);
  std::uint32_t last = 0;
  for (int shift = 24; i < data.size(); ++i, shift -= 8)
    last |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])) << shift;
  return sum + last;
}

}  // namespace briefc::fonts::sfnt
