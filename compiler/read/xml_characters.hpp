// What XML 1.0 refuses and pugixml lets through: characters outside the Char
// production (§2.2: control characters, U+FFFE, U+FFFF), a '&' that starts no
// reference, entities other than the five predefined ones (briefc refuses
// DTDs, so no other can be declared), and character references to a
// character XML does not allow (&#0;, &#xD800; — pugixml wrote a surrogate as
// three bytes, past the UTF-8 check). The loader then accepts what the schema
// and the author's editor accept, no more.
#pragma once

#include "diag/diagnostics.hpp"

#include <string_view>

namespace briefc::read {

// Reports each problem in `text` (a file already known to be valid UTF-8)
// and returns whether there was none.
bool check_xml_characters(std::string_view text, diag::FileId file, diag::Diagnostics& diags);

}  // namespace briefc::read
