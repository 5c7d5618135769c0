// Reads a written PDF back for the leak check: the text a reader of the file
// could find in it outside the drawn page text, which layout/ already knows.
//
// The file is split into its objects; every stream compressed with
// /FlateDecode is inflated with zlib. What is returned:
//   - every PDF string of every object outside its stream (dictionaries:
//     document info, bookmarks, link URIs and annotations), decoded — the
//     rest of that syntax is numbers and the fixed names of the format: literal strings with their escapes,
//     hex strings, UTF-16BE strings (those starting with FE FF, as libharu
//     writes info and bookmark titles) converted to UTF-8, and a
//     percent-decoded copy of any string holding "%" (a link URI);
//   - the XMP metadata stream's text nodes, decoded;
//   - every other typed stream (object streams: a /Type in its dictionary),
//     decompressed, whole (`long_values_only`: numbers in it are not looked
//     for) and its strings;
//   - of every other stream but font programs (page content, CMaps, glyph
//     maps), decompressed, the strings inside its dictionaries: the
//     marked-content property lists of tagged PDF, where /ActualText holds
//     whole words and URLs broken across lines. The strings a page shows are
//     glyph codes; what the pages draw is checked as laid out
//     (leak/printed_text.hpp). Font programs are skipped without being
//     decompressed: the end of a stream is found by its "endstream" keyword.
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

// The strings inside the dictionaries of a content stream (marked-content
// property lists: /ActualText, /Alt, /E), decoded as described above; the
// strings a page shows are glyph codes and are skipped.
std::vector<std::string> property_list_strings(std::string_view content);

// The strings of a piece of PDF syntax, decoded as described above.
std::vector<std::string> pdf_strings(std::string_view syntax, bool utf16_hex_only = false);

}  // namespace briefc::leak
