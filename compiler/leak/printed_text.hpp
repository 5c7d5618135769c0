// What a laid-out document puts into its PDF as text, piece by piece, for the
// leak check: exactly what pdf/ draws and writes, so nothing is missed and
// nothing is guessed from the file.
//
//   page N          the page's text in drawing order. Two pieces drawn with a
//                   gap between them (a space, a new line) are separate words;
//                   pieces that touch (a name in bold, then its "’s") are one.
//                   A word hyphenated at a line end is given both ways
//                   ("Nurla- nova" and "Nurlanova"), since a hyphen at a line
//                   end may be inserted or the word's own.
//   bookmarks       each outline title, with its page;
//   links           each link's URI, as written and as pdf/ encodes it;
//   document info   title, author, subject, keywords, language.
#pragma once

#include "layout/font_metrics.hpp"
#include "layout/pages.hpp"
#include "pdf/pdf_document.hpp"

#include <string>
#include <vector>

namespace briefc::leak {

struct PrintedText {
  std::string where;  // "page 3", "a bookmark on page 2", "the document info (Keywords)"
  std::string text;
};

// Everything: the pages, then what lies outside them.
std::vector<PrintedText> printed_texts(const layout::LaidOutDocument& document, const layout::FontMetrics& metrics,
                                       const pdf::DocumentInfo& info);

// One page's text and links (`index` counts from 0), for a build that draws
// each page as soon as it is laid out and keeps no page's text.
void add_printed_page(std::vector<PrintedText>& out, std::size_t index, const layout::Page& page,
                      const layout::FontMetrics& metrics);

// The bookmarks and the document info.
void add_printed_outside_pages(std::vector<PrintedText>& out, const std::vector<layout::OutlineEntry>& outline,
                               const pdf::DocumentInfo& info);

}  // namespace briefc::leak
