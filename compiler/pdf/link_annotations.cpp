#include "pdf/link_annotations.hpp"

#include "pdf/pdf_syntax.hpp"
#include "text/percent_encoding.hpp"

#include <hpdf_objects.h>

namespace briefc::pdf {

HPDF_Annotation LinkAnnotations::add(HPDF_Doc pdf, HPDF_Page page, const layout::LinkArea& area,
                                     const LinkTarget& target, const std::string& contents, int struct_parent) {
  std::string& out = entries_.emplace_back();
  out += "/Type /Annot /Subtype /Link /StructParent ";
  out += std::to_string(struct_parent);
  out += " /Rect [ ";
  for (double v : {area.left, area.bottom, area.right, area.top}) {
    append_number(out, v, 3);
    out += ' ';
  }
  out += "] /Border [ 0 0 0 ] /F 4 /P ";
  append_reference(out, page);
  out += "\n/Contents ";
  append_text_string(out, contents);
  if (!target.uri.empty()) {
    out += "\n/A << /Type /Action /S /URI /URI ";
    append_literal(out, text::encode_uri(target.uri));  // ASCII only, as URIs are (PDF 32000-1, 12.6.4.7)
    out += " >>\n";
  } else {
    out += "\n/Dest [ ";
    append_reference(out, target.page);
    out += "/XYZ 0 ";
    append_number(out, target.y, 3);
    out += " 1 ]\n";
  }
  HPDF_Dict annotation = new_serialized_object(pdf, &out);
  if (!annotation) return nullptr;
  HPDF_Array annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (!annots) {
    annots = HPDF_Array_New(pdf->mmgr);
    if (!annots || HPDF_Dict_Add(page, "Annots", annots) != HPDF_OK) return nullptr;
  }
  if (HPDF_Array_Add(annots, annotation) != HPDF_OK) return nullptr;
  return annotation;
}

}  // namespace briefc::pdf
