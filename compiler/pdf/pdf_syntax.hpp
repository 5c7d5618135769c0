// PDF syntax that briefc writes itself (PDF 32000-1, 7.3): numbers, strings,
// references, and objects whose entries it serializes.
//
// Why: libharu builds every dictionary entry as a separate allocated object
// (with a 128-byte key buffer) and writes it a call at a time. For the few
// hundred objects of a plain PDF that does not matter; for the structure
// tree and the link annotations of a long tagged paper (tens of thousands
// of entries) it was a third of the build and 30 MB. Such objects are made
// as empty libharu dictionaries, which libharu numbers and lists in the
// cross-reference table, with a write hook that writes their entries.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

namespace briefc::pdf {

// A number with at most `decimals` (0-4) decimals and no trailing zeros
// ("12.5", "0", "-3.25").
void append_number(std::string& out, double value, int decimals);

// A text string (PDF 32000-1, 7.9.2.2): printable ASCII as a literal string,
// which PDFDocEncoding reads as is; anything else as UTF-16BE with its byte
// order mark, in hex.
void append_text_string(std::string& out, std::string_view utf8);

// `bytes` as a literal string, with ( ) \ escaped.
void append_literal(std::string& out, std::string_view bytes);

// "12 0 R " for an indirect libharu object.
void append_reference(std::string& out, const void* object);

// A new indirect object of `pdf` whose entries (between << and >>) are
// `entries`, written at save; `entries` must live until then. Entries
// libharu adds to the dictionary (HPDF_Dict_AddNumber) are written too.
// Null when libharu failed (its error handler has been told).
HPDF_Dict new_serialized_object(HPDF_Doc pdf, const std::string* entries);

// A new indirect stream object of `pdf` holding `compressed` (zlib data,
// pdf/flate.hpp) as is, declared /FlateDecode: for streams briefc
// compresses itself (once, and remembered between builds), which libharu
// would otherwise compress again at save. Null when libharu failed.
HPDF_Dict new_compressed_stream(HPDF_Doc pdf, std::string_view compressed);

}  // namespace briefc::pdf
