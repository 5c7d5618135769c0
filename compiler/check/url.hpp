// Source URLs: the key under which two spellings of one address compare equal,
// and what makes an address malformed.
#pragma once

#include <string>
#include <string_view>

namespace briefc::check {

// A comparison key, not an address to print: lower-case scheme and host,
// http ≡ https, no "www.", no default port, no fragment, no trailing slash,
// %XX decoded, tracking parameters (utm_*, fbclid, gclid, yclid, igshid,
// mc_cid, mc_eid) dropped, and the backslash escapes a Markdown copy adds
// ("\_", "\[") removed.
std::string normalise_url(std::string_view url);

// Why `url` is not a usable http(s) address, or "" when it is.
std::string url_problem(std::string_view url);

}  // namespace briefc::check
