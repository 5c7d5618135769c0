// The output of layout: pages of positioned text, rules and link areas, in PDF
// coordinates (points, origin at the bottom left). The pdf/ stage draws these
// and nothing else; it makes no layout decision of its own.
#pragma once

#include "layout/font_metrics.hpp"

#include <string>
#include <vector>

namespace briefc::layout {

// Which flow a piece of text belongs to: the body runs on from page to page,
// and so do footnotes (a note continued on the next page); the running footer
// and the internal stamp stand alone on each page. The leak check reads each
// flow across page breaks (leak/printed_text.hpp).
enum class TextRole {
  Body,       // headings, paragraphs, list labels
  Note,       // footnotes and their numbers
  Furniture,  // running footer, page number, the internal stamp, a continued note's "12 (cont.)" head
};

struct PlacedText {
  double x = 0, y = 0;  // baseline start
  FontKey font;
  double size = 10;
  std::string text;
  double letter_spacing = 0;  // PDF Tc: extra advance after each character
  TextRole role = TextRole::Body;
  double width = -1;  // the advance layout measured for `text`, or -1 when it did not
};

struct PlacedRule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
};

struct LinkArea {
  double left = 0, bottom = 0, right = 0, top = 0;
  std::string uri;     // external link, as printed (pdf/ percent-encodes it)
  std::string anchor;  // or an internal destination
};

struct Destination {
  std::string anchor;
  double y = 0;  // top of the target line
};

struct Page {
  std::vector<PlacedText> texts;
  std::vector<PlacedRule> rules;
  std::vector<LinkArea> links;
  std::vector<Destination> destinations;
};

struct OutlineEntry {
  int level = 1;
  std::string title;
  std::size_t page = 0;
  double y = 0;
};

struct LaidOutDocument {
  double page_width = 595.276;
  double page_height = 841.89;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace briefc::layout
