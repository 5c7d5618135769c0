#include "write/xml_output.hpp"

#include <sstream>

namespace briefc::write {

std::string xml_bytes(const pugi::xml_document& doc, bool declaration) {
  std::ostringstream out;
  if (declaration) out << R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" << "\r\n";
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node add_text_element(pugi::xml_node parent, const char* name, const std::string& text) {
  auto e = parent.append_child(name);
  e.append_child(pugi::node_pcdata).set_value(text.c_str());
  return e;
}

}  // namespace briefc::write
