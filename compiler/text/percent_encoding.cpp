#include "text/percent_encoding.hpp"

namespace briefc::text {

int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  append_percent_decoded(out, s);
  return out;
}

void append_percent_decoded(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size());
  std::size_t plain_from = 0;  // the start of the run of bytes kept as they are
  for (std::size_t i = s.find('%'); i != std::string_view::npos; i = s.find('%', i + 1)) {
    if (i + 2 >= s.size()) break;
    int hi = hex_digit_value(s[i + 1]), lo = hex_digit_value(s[i + 2]);
    if (hi < 0 || lo < 0) continue;
    out.append(s, plain_from, i - plain_from);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
    plain_from = i + 1;
  }
  out.append(s, plain_from);
}

namespace {

bool needs_escape(unsigned char c) {
  return c >= 0x80 || c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' ||
         c == '|' || c == '}';
}

}  // namespace

std::string encode_uri(std::string_view uri) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(uri.size());
  for (unsigned char c : uri) {
    if (!needs_escape(c)) {
      out += static_cast<char>(c);
      continue;
    }
    out += '%';
    out += hex[c >> 4];
    out += hex[c & 0xF];
  }
  return out;
}

std::size_t encoded_uri_length(std::string_view uri) {
  std::size_t n = 0;
  for (unsigned char c : uri) n += needs_escape(c) ? 3 : 1;
  return n;
}

}  // namespace briefc::text
