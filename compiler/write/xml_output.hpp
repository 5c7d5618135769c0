// A pugixml tree as the bytes of a file: compact (no indentation, so no
// whitespace sneaks into mixed content), UTF-8, the same bytes every time.
#pragma once

#include <pugixml.hpp>

#include <string>

namespace briefc::write {

// The document's XML, after `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
// when `declaration` is set.
std::string xml_bytes(const pugi::xml_document& doc, bool declaration = true);

// Appends <w:t xml:space="preserve">text</w:t>-like children: an element
// `name` under `parent` holding `text` as character data. Returns it.
pugi::xml_node add_text_element(pugi::xml_node parent, const char* name, const std::string& text);

}  // namespace briefc::write
