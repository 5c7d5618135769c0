// The link annotations of a PDF (PDF 32000-1, 12.5.6.5): external links
// with a URI action, internal ones (sections, cases, footnote markers and
// their notes) with an explicit /XYZ destination. Each carries /Contents
// (what a screen reader announces, PDF/UA 7.18.5), the print flag (PDF/A-2
// 6.3.2) and no border. They are serialized by briefc (pdf/pdf_syntax.hpp
// says why: a paper with 2,000 footnotes has 4,000 note links).
#pragma once

#include "layout/pages.hpp"

#include <deque>
#include <hpdf.h>
#include <string>

namespace briefc::pdf {

// Where a link goes: a URI (as printed; percent-encoded here), or a point on
// a page.
struct LinkTarget {
  std::string uri;
  HPDF_Page page = nullptr;
  double y = 0;
};

class LinkAnnotations {
public:
  // Adds an annotation over `area` of `page` to `target`, announced as
  // `contents`, with its key in the structure tree's ParentTree. Null when
  // libharu failed (its error handler has been told).
  HPDF_Annotation add(HPDF_Doc pdf, HPDF_Page page, const layout::LinkArea& area, const LinkTarget& target,
                      const std::string& contents, int struct_parent);

private:
  std::deque<std::string> entries_;  // each annotation's, until the save (a deque never moves them)
};

}  // namespace briefc::pdf
