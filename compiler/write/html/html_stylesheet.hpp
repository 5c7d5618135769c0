// The stylesheet embedded in the web edition: readable on a phone (a narrow
// measure that fills a small screen, body text at the reader's own size,
// long URLs that wrap), a print stylesheet in the style's page size and
// point sizes, and every font and colour a CSS custom property (`--font-body`,
// `--colour-link`…) so a site can restyle the page by overriding a few
// variables. Fonts are the reader's own: the page asks for the style's family
// and falls back to its kind (serif or sans), and loads nothing.
#pragma once

#include "model/style.hpp"

#include <string>

namespace briefc::write::html {

std::string stylesheet(const model::Style& style);

// A CSS font-family list for `family`: it, quoted, then metric-compatible and
// common families of its kind ("Noto Serif" → 'Noto Serif', 'Liberation
// Serif', 'DejaVu Serif', Georgia, serif).
std::string font_stack(const std::string& family);

}  // namespace briefc::write::html
