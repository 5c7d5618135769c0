#include "write/docx/docx_writer.hpp"

#include "write/docx/docx_parts.hpp"
#include "write/docx/zip_archive.hpp"

namespace briefc::write::docx {

std::string docx_edition(const resolve::ResolvedDocument& doc, const model::Style& style, const EditionInfo& info,
                         std::string& error) {
  auto body = body_parts(doc, style);
  // [Content_Types].xml first, as Word and the OPC readers expect.
  std::vector<ZipEntry> entries = {
      {"[Content_Types].xml", content_types_part()},
      {"_rels/.rels", package_relationships_part()},
      {"docProps/core.xml", core_properties_part(info)},
      {"docProps/app.xml", app_properties_part()},
      {"word/document.xml", std::move(body.document)},
      {"word/_rels/document.xml.rels", std::move(body.document_relationships)},
      {"word/styles.xml", styles_part(style, doc.lang)},
      {"word/numbering.xml", numbering_part(body.numbered_lists)},
      {"word/settings.xml", settings_part(doc.lang)},
      {"word/footnotes.xml", std::move(body.footnotes)},
      {"word/footer1.xml", footer_part(doc.footer.empty() ? style.footer_text : doc.footer, info.stamp)},
  };
  if (!body.footnote_relationships.empty())
    entries.push_back({"word/_rels/footnotes.xml.rels", std::move(body.footnote_relationships)});
  return zip_entries(entries, info.timestamp, error);
}

}  // namespace briefc::write::docx
