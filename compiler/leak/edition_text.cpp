#include "leak/edition_text.hpp"

#include "write/docx/zip_archive.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <cstring>

namespace briefc::leak {

namespace {

// Elements inside a paragraph: their text joins the text around it.
bool is_inline(const char* name) {
  static const char* const inline_names[] = {"w:r",   "w:t",  "w:hyperlink", "w:fldSimple", "w:smartTag", "w:ins",
                                             "a",     "b",    "i",           "em",          "strong",     "span",
                                             "sup",   "sub",  "q",           "cite",        "small",      "abbr"};
  for (const char* n : inline_names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

void collect(pugi::xml_node node, std::string& flow, std::string& values) {
  for (auto child : node.children()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata: flow += child.value(); break;
      case pugi::node_element:
        for (auto a : child.attributes()) {
          values += a.value();
          values += '\n';
        }
        if (std::strcmp(child.name(), "w:tab") == 0) flow += ' ';
        collect(child, flow, values);
        if (!is_inline(child.name()) && !flow.empty() && flow.back() != '\n') flow += '\n';
        break;
      default: break;
    }
  }
}

bool read_xml(const std::string& bytes, const std::string& where, std::vector<EditionText>& out, std::string& error) {
  pugi::xml_document doc;
  auto parsed = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype,
                                pugi::encoding_utf8);
  if (!parsed) {
    error = fmt::format("{} is not well-formed XML ({} at byte {})", where, parsed.description(), parsed.offset);
    return false;
  }
  EditionText flow{where, {}, false}, values{fmt::format("{} (attributes)", where), {}, true};
  collect(doc, flow.text, values.text);
  out.push_back(std::move(flow));
  out.push_back(std::move(values));
  return true;
}

}  // namespace

std::vector<EditionText> docx_texts(const std::string& bytes, std::string& error) {
  auto entries = write::docx::unzip_entries(bytes, error);
  if (entries.empty()) {
    if (error.empty()) error = "the archive holds nothing";
    return {};
  }
  std::vector<EditionText> out;
  for (const auto& e : entries) {
    // Every part briefc writes is XML: one that is not cannot be vouched for.
    if (!read_xml(e.content, fmt::format("the DOCX ({})", e.name), out, error)) return {};
  }
  return out;
}

std::vector<EditionText> html_texts(const std::string& bytes, std::string& error) {
  std::vector<EditionText> out;
  if (!read_xml(bytes, "the HTML", out, error)) return {};
  return out;
}

}  // namespace briefc::leak
