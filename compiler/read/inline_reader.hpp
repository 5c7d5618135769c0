// Reads mixed content (<p>, <item>, <heading>, <narrative>, <note>, …) into an
// InlineContent tree. Whitespace runs collapse to one space, as in HTML.
#pragma once

#include "model/inline.hpp"
#include "read/element_reader.hpp"

namespace briefc::read {

// `block_children` names child elements that the caller reads itself (a nested
// <list> inside an <item>); they are skipped here rather than reported.
model::InlineContent read_inline(const ElementReader& reader, const pugi::xml_node& parent,
                                 Names block_children = {});

}  // namespace briefc::read
