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

}  // namespace briefc::text
