// The Word edition: a DOCX made from the resolved document, with no layout —
// Word lays it out. What it holds is docx_parts.hpp's contract.
#pragma once

#include "model/style.hpp"
#include "resolve/resolved_document.hpp"
#include "write/edition_info.hpp"

#include <string>

namespace briefc::write::docx {

// The bytes of the DOCX file: the parts in a fixed order, every entry dated
// info.timestamp, so the same input gives the same bytes. Empty, with `error`
// set, when the archive cannot be made.
std::string docx_edition(const resolve::ResolvedDocument& doc, const model::Style& style, const EditionInfo& info,
                         std::string& error);

}  // namespace briefc::write::docx
