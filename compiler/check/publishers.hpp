// Publishers compared by name, as the source and note rules compare them.
#pragma once

#include <string>
#include <string_view>

namespace briefc::check {

// A publisher's name for comparison: ASCII letters and digits lower-cased,
// other bytes (Cyrillic) kept, the rest dropped ("Vlast.kz" → "vlastkz").
// Defined in source_sites.cpp.
std::string publisher_key(std::string_view publisher);

}  // namespace briefc::check
