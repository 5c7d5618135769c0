// The package around the body: content types, relationships, document
// properties, settings and the page footer.
#include "write/docx/docx_parts.hpp"

#include "write/text_language.hpp"
#include "write/xml_output.hpp"

namespace briefc::write::docx {

namespace {

constexpr const char* word_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* wordprocessing_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

pugi::xml_node rooted(pugi::xml_document& doc, const char* name, const char* ns) {
  auto root = doc.append_child(name);
  root.append_attribute("xmlns") = ns;
  return root;
}

void run(pugi::xml_node p, const std::string& text) {
  if (text.empty()) return;
  add_text_element(p.append_child("w:r"), "w:t", text).append_attribute("xml:space") = "preserve";
}

}  // namespace

std::string content_types_part() {
  pugi::xml_document doc;
  auto root = rooted(doc, "Types", "http://schemas.openxmlformats.org/package/2006/content-types");
  auto by_extension = [&](const char* ext, const char* type) {
    auto d = root.append_child("Default");
    d.append_attribute("Extension") = ext;
    d.append_attribute("ContentType") = type;
  };
  auto part = [&](const char* name, const std::string& type) {
    auto o = root.append_child("Override");
    o.append_attribute("PartName") = name;
    o.append_attribute("ContentType") = type.c_str();
  };
  by_extension("rels", "application/vnd.openxmlformats-package.relationships+xml");
  by_extension("xml", "application/xml");
  const std::string wp = wordprocessing_type;
  part("/word/document.xml", wp + "document.main+xml");
  part("/word/styles.xml", wp + "styles+xml");
  part("/word/numbering.xml", wp + "numbering+xml");
  part("/word/footnotes.xml", wp + "footnotes+xml");
  part("/word/settings.xml", wp + "settings+xml");
  part("/word/footer1.xml", wp + "footer+xml");
  part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  return xml_bytes(doc);
}

std::string package_relationships_part() {
  pugi::xml_document doc;
  auto root = rooted(doc, "Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
  auto rel = [&](const char* id, const char* type, const char* target) {
    auto r = root.append_child("Relationship");
    r.append_attribute("Id") = id;
    r.append_attribute("Type") = type;
    r.append_attribute("Target") = target;
  };
  rel("rDocument", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
      "word/document.xml");
  rel("rCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml");
  rel("rApp", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
      "docProps/app.xml");
  return xml_bytes(doc);
}

std::string core_properties_part(const EditionInfo& info) {
  pugi::xml_document doc;
  auto root = doc.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  add_text_element(root, "dc:title", info.title);
  add_text_element(root, "dc:subject", info.subject);
  add_text_element(root, "dc:creator", info.author);
  add_text_element(root, "cp:keywords", info.keywords);
  add_text_element(root, "dc:language", regional_tag(info.lang));
  for (const char* when : {"dcterms:created", "dcterms:modified"})
    add_text_element(root, when, w3c_date(info.timestamp)).append_attribute("xsi:type") = "dcterms:W3CDTF";
  return xml_bytes(doc);
}

std::string app_properties_part() {
  pugi::xml_document doc;
  auto root =
      rooted(doc, "Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  add_text_element(root, "Application", "briefc");
  return xml_bytes(doc);
}

std::string settings_part(const std::string& lang) {
  pugi::xml_document doc;
  auto root = doc.append_child("w:settings");
  root.append_attribute("xmlns:w") = word_namespace;
  root.append_child("w:zoom").append_attribute("w:percent") = 100;
  root.append_child("w:defaultTabStop").append_attribute("w:val") = 720;
  root.append_child("w:characterSpacingControl").append_attribute("w:val") = "doNotCompress";
  auto notes = root.append_child("w:footnotePr");
  notes.append_child("w:footnote").append_attribute("w:id") = -1;
  notes.append_child("w:footnote").append_attribute("w:id") = 0;
  // Word 2013 and later behaviour, not the compatibility mode of Word 97.
  auto compat = root.append_child("w:compat").append_child("w:compatSetting");
  compat.append_attribute("w:name") = "compatibilityMode";
  compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
  compat.append_attribute("w:val") = 15;
  root.append_child("w:themeFontLang").append_attribute("w:val") = regional_tag(lang).c_str();
  return xml_bytes(doc);
}

std::string footer_part(const std::string& pattern, const std::string& stamp) {
  pugi::xml_document doc;
  auto root = doc.append_child("w:ftr");
  root.append_attribute("xmlns:w") = word_namespace;
  if (!stamp.empty()) {
    auto notice = root.append_child("w:p");
    notice.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = "Footer";
    auto r = notice.append_child("w:r");
    r.append_child("w:rPr").append_child("w:b");
    add_text_element(r, "w:t", stamp).append_attribute("xml:space") = "preserve";
  }
  auto p = root.append_child("w:p");
  p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = "Footer";
  // {page} and {pages} become fields Word fills in; the rest is text.
  std::string literal;
  for (std::size_t i = 0; i < pattern.size();) {
    bool page = pattern.compare(i, 6, "{page}") == 0, pages = pattern.compare(i, 7, "{pages}") == 0;
    if (!page && !pages) {
      literal += pattern[i++];
      continue;
    }
    run(p, literal);
    literal.clear();
    auto f = p.append_child("w:fldSimple");
    f.append_attribute("w:instr") = page ? " PAGE " : " NUMPAGES ";
    add_text_element(f.append_child("w:r"), "w:t", "1");
    i += page ? 6 : 7;
  }
  run(p, literal);
  return xml_bytes(doc);
}

}  // namespace briefc::write::docx
