// UTF-8 helpers shared by every stage of briefc.
//
// briefc keeps all text as UTF-8 in std::string. These helpers are the one
// place that knows the encoding's byte rules, so other stages never hand-roll
// a decoder. They are plain C++ (no Boost, no ICU) and allocate nothing except
// in append_utf8.
//
// Validity follows the Unicode Standard, chapter 3, table 3-7 ("well-formed
// UTF-8 byte sequences"): overlong forms, surrogates (U+D800..U+DFFF) and
// values above U+10FFFF are errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace briefc::text {

// The replacement character that decode_at returns for malformed input.
inline constexpr char32_t replacement_character = U'\uFFFD';

// True when `utf8` is well-formed UTF-8. On failure, and when `bad_offset` is
// not null, *bad_offset receives the byte offset where the first malformed
// sequence starts (so a diagnostic can point at it). On success *bad_offset is
// left untouched.
bool is_valid_utf8(std::string_view utf8, std::size_t* bad_offset = nullptr);

// decode_at for a byte that is not ASCII (and for i past the end).
char32_t decode_non_ascii_at(std::string_view utf8, std::size_t& i);

// Decodes the code point that starts at byte `i` and advances `i` past it.
// Malformed input yields U+FFFD and advances past the "maximal subpart" of the
// bad sequence (Unicode §3.9, the same policy as ICU and the WHATWG decoder),
// so a loop `while (i < s.size()) decode_at(s, i);` always terminates and
// reports one U+FFFD per bad sequence. Precondition: i < utf8.size(); if not,
// returns U+FFFD and leaves `i` unchanged.
// ASCII, most of every input, is decoded here inline: callers loop over text
// one code point at a time, and a call per letter showed in profiles.
inline char32_t decode_at(std::string_view utf8, std::size_t& i) {
  if (i < utf8.size() && static_cast<unsigned char>(utf8[i]) < 0x80) return static_cast<unsigned char>(utf8[i++]);
  return decode_non_ascii_at(utf8, i);
}

// Appends the UTF-8 form of `cp`. Surrogates and values above U+10FFFF are not
// encodable and are appended as U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// Number of code points, counting each malformed sequence as one (as
// decode_at does).
std::size_t count_code_points(std::string_view utf8);

// True for code points above U+FFFF (emoji, flags, historic scripts). libharu
// silently writes these as spaces, so layout must catch them first.
constexpr bool is_outside_bmp(char32_t cp) { return cp > 0xFFFF; }

}  // namespace briefc::text
