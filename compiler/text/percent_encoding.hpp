// Percent-encoding of URIs (RFC 3986 §2.1), shared by the checker (comparing
// source URLs) and the leak check (reading link targets back from a PDF).
// Plain byte work: no Boost, no locale.
#pragma once

#include <string>
#include <string_view>

namespace briefc::text {

// The value of a hexadecimal digit, or -1.
int hex_digit_value(char c);

// Replaces each "%XY" with the byte it stands for; a '%' not followed by two
// hex digits is kept as it is.
std::string percent_decode(std::string_view s);
// The same, appended to `out` (no string of its own for each piece decoded).
void append_percent_decoded(std::string& out, std::string_view s);

// Percent-encodes what a URI may not hold as is (non-ASCII bytes, spaces,
// quotes, angle brackets); keeps everything else, so the link goes where the
// printed address says.
std::string encode_uri(std::string_view uri);
// The length of encode_uri(uri), without building it.
std::size_t encoded_uri_length(std::string_view uri);

// The longest string a PDF writer accepts (libharu's HPDF_LIMIT_MAX_STRING_LEN;
// PDF 1.7 Annex C gives the same 32,767-character figure for UTF-16): a link
// target longer than this cannot be written.
inline constexpr std::size_t max_pdf_string_bytes = 65535;

}  // namespace briefc::text
