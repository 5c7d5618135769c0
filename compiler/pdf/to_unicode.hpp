// The /ToUnicode CMap of an embedded font: how a reader turns the character
// codes a page shows back into text (PDF 32000-1, 9.10.3).
//
// Why briefc writes its own: in UTF-8 mode libharu attaches its code→CID map
// instead (`begincidrange`, a one-byte notdef range outside the two-byte
// codespace, /CMapType 1), which poppler rejects with "Invalid
// 'begincidrange' operator" on every use; text extracted only because readers
// guess. Here every code drawn maps to its characters in UTF-16BE.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace briefc::pdf {

// The CMap program for `codes`: two-byte character codes, each the BMP code
// point it shows (pdf/page_content.hpp), sorted and unique. Runs of
// consecutive codes become bfrange entries (never across a change of the
// first byte, as the format requires), the rest bfchar entries, at most 100
// to a block. A code that is a surrogate, or above the BMP, is left out: no
// code drawn is one.
//
// `glyph_codes` are the codes of glyphs that show other characters than
// their own code (ligatures: pdf/glyph_codes.hpp), each with the text it
// shows (UTF-8), sorted by code: each becomes a bfchar entry whose
// destination is that whole text ("ffi" → <006600660069>).
std::string to_unicode_cmap(const std::vector<char32_t>& codes,
                            const std::vector<std::pair<std::uint16_t, std::string>>& glyph_codes = {});

// `text` (UTF-8) as UTF-16BE bytes, with surrogate pairs for characters
// outside the BMP; with `bom`, preceded by FE FF, as PDF text strings are.
std::string utf16be(std::string_view text, bool bom);

// `bytes` as upper-case hexadecimal digits, for a PDF hex string "<…>".
std::string hex(std::string_view bytes);

}  // namespace briefc::pdf
