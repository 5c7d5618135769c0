// Source URLs: the key under which two spellings of one address compare equal,
// and what makes an address malformed.
#pragma once

#include <string>
#include <string_view>

namespace briefc::check {

// A comparison key, not an address to print: lower-case scheme and host,
// http ≡ https, no "www.", "m.", "mobile." or "amp." (the mobile and AMP
// editions of a site) and no "/amp" at the end of the path, no default port,
// no fragment unless it carries parameters ("#pos=2311": one article of a
// long legal code, kept), no trailing slash,
// %XX decoded, tracking parameters (utm_*, fbclid, gclid, yclid, igshid,
// mc_cid, mc_eid) dropped, and the backslash escapes a Markdown copy adds
// ("\_", "\[") removed.
std::string normalise_url(std::string_view url);

// The site an address belongs to, lower-case: the last two labels of its host
// ("rus.azattyq.org" → "azattyq.org"), three where the second-level label is
// a generic one under a country ("bbc.co.uk"); "" when `url` has no host.
// An approximation of the registrable domain without the Public Suffix List,
// good enough to tell one publisher's site from another's.
std::string site_of(std::string_view url);

// Why `url` is not a usable http(s) address, or "" when it is.
std::string url_problem(std::string_view url);

}  // namespace briefc::check
