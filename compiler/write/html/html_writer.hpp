// The web edition: one self-contained HTML5 file made from the resolved
// document, with no layout — the browser lays it out.
//
// It makes no request of its own: the stylesheet is embedded
// (html_stylesheet.hpp), fonts are the reader's, and the only addresses in it
// are the links the paper cites. Headings are h1 (the title) to h5 with the
// section's id, so a link can point at a section; footnotes become a numbered
// notes list at the end, each note linked from its marker and back; lists are
// ul/ol, recommendations a ul of their own; every element whose text is in
// another language than the page's carries `lang` (write/text_language.hpp).
// The file is also well-formed XML (void elements self-closed, no empty
// element written as <x/>), so the leak check reads it back with pugixml.
#pragma once

#include "model/style.hpp"
#include "resolve/resolved_document.hpp"
#include "write/edition_info.hpp"

#include <string>

namespace briefc::write::html {

std::string html_edition(const resolve::ResolvedDocument& doc, const model::Style& style, const EditionInfo& info);

}  // namespace briefc::write::html
