// Reads a written PDF back for the leak check: the text a reader of the file
// could find in it outside the drawn page text, which layout/ already knows.
//
// The file is split into its objects; every stream compressed with
// /FlateDecode is inflated with zlib. What is returned:
//   - the syntax of every object outside its stream (dictionaries: document
//     info, bookmarks, link URIs and annotations, names), for long values
//     only: it is mostly numbers, where a short value would match by chance;
//   - every PDF string in them, decoded: literal strings with their escapes,
//     hex strings, UTF-16BE strings (those starting with FE FF, as libharu
//     writes info and bookmark titles) converted to UTF-8, and a
//     percent-decoded copy of any string holding "%" (a link URI);
//   - the UTF-16 strings of every decompressed stream that is text rather
//     than binary, and the whole text of those with a /Type (XMP metadata,
//     object streams), with `long_values_only` set: their syntax is mostly
//     numbers, where a number value would match by chance. Page content
//     streams and CMaps are glyph codes; what they draw is checked as laid
//     out (leak/printed_text.hpp).
// Binary streams (embedded fonts, glyph maps) carry no text briefc wrote and
// are skipped. Page text itself is drawn as glyph codes of subset fonts; it is
// checked on the laid-out pages (leak/printed_text.hpp), which is exactly what
// gets drawn.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace briefc::leak {

struct FileText {
  std::string where;  // "object 12 of the file"
  std::string text;   // UTF-8 where it could be decoded, raw bytes otherwise
  bool long_values_only = false;
};

// The text of a PDF file's bytes. A stream that fails to inflate is reported
// in `error` (the check cannot vouch for what it could not read) and skipped.
std::vector<FileText> file_texts(std::string_view pdf, std::string& error);

// The strings of a piece of PDF syntax, decoded as described above.
std::vector<std::string> pdf_strings(std::string_view syntax, bool utf16_hex_only = false);

}  // namespace briefc::leak
