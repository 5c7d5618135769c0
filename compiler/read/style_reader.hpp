// Reads a style file (styles/NAME.xml) into model::Style, starting from the
// built-in defaults so a style only states what it changes.
#pragma once

#include "model/style.hpp"
#include "read/element_reader.hpp"

#include <optional>

namespace briefc::read {

std::optional<model::Style> load_style(const std::string& path, diag::SourceManager& sources,
                                       diag::Diagnostics& diags);

// "20mm", "56.7pt", "1in", "2.5cm" → points; nothing for anything else.
std::optional<double> parse_length(std::string_view text);

}  // namespace briefc::read
