// The editions a build writes: the typeset PDF, and two layout-free editions
// made from the resolved document — a Word file for the bodies that accept
// only Word (UN treaty bodies, the UPR, HRC written statements) and one web
// page for periodic updates published online.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::write {

enum class OutputFormat {
  Pdf,   // laid out into pages (layout/, pdf/)
  Docx,  // ECMA-376 WordprocessingML (write/docx/)
  Html,  // one self-contained HTML5 file (write/html/)
};

// "pdf", "docx", "html" as --format names them; nothing for another word.
std::optional<OutputFormat> format_named(std::string_view name);

// The format a file name asks for by its extension (.pdf, .docx, .html or
// .htm, in any case); nothing for another extension or none.
std::optional<OutputFormat> format_of_path(std::string_view path);

// The extension a build gives the file, with its dot: ".pdf", ".docx", ".html".
std::string_view extension(OutputFormat format);

// The name messages use: "PDF", "DOCX", "HTML".
std::string_view display_name(OutputFormat format);

// Parses a --format value, a comma list ("pdf,docx"), into formats in the
// order given without repeats; nothing, with `error` set, for an unknown or
// empty item.
std::optional<std::vector<OutputFormat>> parse_format_list(std::string_view list, std::string& error);

}  // namespace briefc::write
