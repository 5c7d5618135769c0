// The lines under a paper's title that say who wrote it, for when and when:
// the organisations ("Submitted by …" where the style's <authors print>
// asks for it, a plain byline where <title-block byline> does), the
// reporting period and the date, each in the document's language.
#pragma once

#include "model/document.hpp"
#include "model/style.hpp"
#include "resolve/event_wording.hpp"
#include "resolve/resolved_document.hpp"
#include "resolve/wording.hpp"

#include <string>
#include <vector>

namespace briefc::resolve {

// The title block's lines, in print order, as Subtitle paragraphs of level 2
// (layout sets them close together). `authors` are the organisations' names
// as the paper prints them. Nothing the style does not ask for, and no line
// for what the document lacks (no <author>, <period> or date).
std::vector<Paragraph> title_block_lines(const model::Document& document, const model::Style& style,
                                         const std::vector<std::string>& authors, const DocumentWording& wording,
                                         const Phrasing& phrasing);

}  // namespace briefc::resolve
