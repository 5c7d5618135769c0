// Lays out a resolved document on pages.
//
// Paragraphs are broken into lines (line_breaker), then lines are poured into
// pages with their footnotes, under these rules:
//  - a footnote starts on the page of its marker: a line whose notes do not fit
//    moves to the next page rather than its notes;
//  - no widows or orphans: a paragraph is split only with two lines or more on
//    each side;
//  - headings, case-profile names and lead-in lines ("… should:") stay with the
//    two first lines of what follows;
//  - only a note too long for a page continues on the next, and that is
//    reported as a warning naming the footnote.
#pragma once

#include "diag/diagnostics.hpp"
#include "layout/line_breaker.hpp"
#include "layout/line_memo.hpp"
#include "layout/pages.hpp"
#include "model/style.hpp"
#include "resolve/resolved_document.hpp"

#include <functional>

namespace briefc::layout {

// Called with each page as soon as it is laid out, in order, before the next
// one is made. It may take the page's texts and rules (the PDF writer draws
// them at once and lets them go, so a long document is never held whole);
// the returned document keeps every page's links and destinations.
using PageConsumer = std::function<void(std::size_t index, Page& page)>;

// With `memo` (a session's: layout/line_memo.hpp), a paragraph broken into
// lines by an earlier layout is not broken again; the result is the same.
LaidOutDocument lay_out(const resolve::ResolvedDocument& document, const model::Style& style,
                        BreakServices& services, diag::Diagnostics& diags, const PageConsumer& on_page = {},
                        LineMemo* memo = nullptr);

}  // namespace briefc::layout
