// Reads a <document> element: metadata and the block tree of its body.
// Includes are not followed here; the loader does that.
#pragma once

#include "model/document.hpp"
#include "read/element_reader.hpp"

namespace briefc::read {

model::Document read_document(const ElementReader& r, const pugi::xml_node& root);

}  // namespace briefc::read
