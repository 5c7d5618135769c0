// The logical structure of a resolved document, as the PDF's structure tree
// shows it to screen readers: one block per paragraph (numbered as
// ResolvedDocument::paragraphs), then one per footnote (numbered after them,
// in footnote order). Layout tags every piece of text it places with its
// block (PlacedText::block); the PDF writer needs the blocks before the first
// page, to name each marked-content sequence by its structure type.
#pragma once

#include "layout/pages.hpp"
#include "resolve/resolved_document.hpp"

#include <vector>

namespace briefc::layout {

std::vector<Block> document_blocks(const resolve::ResolvedDocument& document);

// The block of footnote `index` (an index into ResolvedDocument::footnotes).
inline int note_block(const resolve::ResolvedDocument& document, int index) {
  return static_cast<int>(document.paragraphs.size()) + index;
}

}  // namespace briefc::layout
