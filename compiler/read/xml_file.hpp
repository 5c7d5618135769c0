// Reading one XML file: the bytes (with a size limit), a UTF-8 check, the
// pugixml parse, and locations for its nodes. A file that cannot be read or
// parsed yields a located error, never an exception.
#pragma once

#include "diag/diagnostics.hpp"

#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>

namespace briefc::read {

// Inputs larger than this are refused: no real briefing file comes near it, and
// a runaway file should not exhaust memory.
inline constexpr std::size_t max_input_bytes = 32u << 20;

// Elements nested deeper than this are refused as soon as a file is parsed.
// Every reader after that recurses into the tree (and the model it builds is
// walked recursively by resolve and layout), so this one check keeps them all
// off the end of the stack. The readers set tighter limits of their own where
// the format has a natural depth (read/nesting_limits.hpp).
inline constexpr int max_element_depth = 256;

// How every file is parsed: parse_ws_pcdata keeps the spaces between inline
// elements ("<b>a</b> <i>b</i>"); parse_doctype lets the reader see, and
// refuse, a DTD instead of silently skipping it.
inline constexpr unsigned xml_parse_options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;

struct ParsedAhead;

struct XmlFile {
  diag::FileId file = 0;
  std::string path;
  // Shared: a session keeps the parse of an unchanged file for its next
  // build (read/parsed_file_cache.hpp). Never changed once parsed.
  std::shared_ptr<pugi::xml_document> doc;

  diag::SourceLocation at(const pugi::xml_node& node) const;
  // The location of an attribute's value (pugixml keeps no attribute offsets,
  // so this looks inside the element's start tag).
  diag::SourceLocation at(const pugi::xml_node& node, const char* attribute, const diag::SourceManager& sm) const;
  // The same for an attribute in hand: found from where pugixml stored its
  // name, in constant time (an element with thousands of unknown attributes
  // made the search by name quadratic).
  diag::SourceLocation at(const pugi::xml_node& node, const pugi::xml_attribute& attribute,
                          const diag::SourceManager& sm) const;
};

// Reads and parses `path`, registering its text with `sources`. On failure the
// reason is in `diags` and nothing is returned. With `ahead` (the same file,
// read and parsed on another thread: read/read_ahead.hpp) it uses those bytes
// and that parse, and reports exactly what it would have reported without.
std::optional<XmlFile> load_xml_file(const std::string& path, diag::SourceManager& sources, diag::Diagnostics& diags,
                                     ParsedAhead* ahead = nullptr);

}  // namespace briefc::read
