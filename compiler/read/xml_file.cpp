#include "read/xml_file.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace briefc::read {

diag::SourceLocation XmlFile::at(const pugi::xml_node& node) const {
  auto offset = node.offset_debug();
  return {file, static_cast<std::uint32_t>(offset < 0 ? 0 : offset)};
}

diag::SourceLocation XmlFile::at(const pugi::xml_node& node, const char* attribute,
                                 const diag::SourceManager& sm) const {
  auto where = at(node);
  std::string_view text = sm.text(file);
  std::size_t tag_end = text.find('>', where.offset);
  std::string needle = attribute;
  std::size_t pos = where.offset;
  while (true) {
    pos = text.find(needle, pos);
    if (pos == std::string_view::npos || pos > tag_end) return where;
    bool starts_word = pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\n' || text[pos - 1] == '\t' ||
                                   text[pos - 1] == '\r');
    std::size_t after = pos + needle.size();
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\n')) ++after;
    if (starts_word && after < text.size() && text[after] == '=') {
      ++after;
      while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\n')) ++after;
      if (after < text.size() && (text[after] == '"' || text[after] == '\'')) ++after;
      return {file, static_cast<std::uint32_t>(after)};
    }
    pos += needle.size();
  }
}

namespace {

const char* describe_parse_status(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_end_element_mismatch: return "closing tag does not match the open element";
    case pugi::status_unrecognized_tag: return "malformed tag";
    case pugi::status_bad_start_element: return "malformed start tag";
    case pugi::status_bad_end_element: return "malformed end tag";
    case pugi::status_bad_attribute: return "malformed attribute (values need quotes)";
    case pugi::status_bad_cdata: return "malformed CDATA section";
    case pugi::status_bad_comment: return "malformed comment";
    case pugi::status_bad_pi: return "malformed processing instruction";
    case pugi::status_bad_doctype: return "malformed document type declaration";
    case pugi::status_bad_pcdata: return "malformed text";
    case pugi::status_no_document_element: return "no root element";
    default: return "malformed XML";
  }
}

}  // namespace

std::optional<XmlFile> load_xml_file(const std::string& path, diag::SourceManager& sources,
                                     diag::Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.file_error(path, "cannot read file", "check that the path is right and the file is readable");
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  auto size = static_cast<std::size_t>(in.tellg());
  if (in.fail()) {  // a directory opens but cannot seek
    diags.file_error(path, "cannot read file (is it a folder?)");
    return std::nullopt;
  }
  if (size > max_input_bytes) {
    diags.file_error(path, fmt::format("file is too large ({} bytes; the limit is {} bytes)", size, max_input_bytes),
                     "split it into several files and include them");
    return std::nullopt;
  }
  in.seekg(0);
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));

  XmlFile xml;
  xml.path = path;
  xml.file = sources.add(path, bytes);
  std::string_view text = sources.text(xml.file);

  std::size_t bad = 0;
  if (!text::is_valid_utf8(text, &bad)) {
    diags.error({xml.file, static_cast<std::uint32_t>(bad)},
                fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(text[bad])),
                "save the file as UTF-8");
    return std::nullopt;
  }

  xml.doc = std::make_unique<pugi::xml_document>();
  // parse_ws_pcdata keeps the spaces between inline elements ("<b>a</b> <i>b</i>");
  // parse_doctype lets us see, and refuse, a DTD instead of silently skipping it.
  unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
  auto result = xml.doc->load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (!result) {
    diags.error({xml.file, static_cast<std::uint32_t>(result.offset)},
                fmt::format("malformed XML: {}", describe_parse_status(result.status)));
    return std::nullopt;
  }
  for (auto node : xml.doc->children()) {
    if (node.type() == pugi::node_doctype) {
      diags.error(xml.at(node), "document type declarations (DTDs) are not allowed",
                  "remove the <!DOCTYPE …> line; briefc never processes DTDs or external entities");
      return std::nullopt;
    }
  }
  return xml;
}

}  // namespace briefc::read
