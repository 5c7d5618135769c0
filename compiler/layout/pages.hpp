// The output of layout: pages of positioned text, rules and link areas, in PDF
// coordinates (points, origin at the bottom left). The pdf/ stage draws these
// and nothing else; it makes no layout decision of its own.
#pragma once

#include "layout/font_metrics.hpp"

#include <cstdint>
#include <optional>
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

// What a piece of text is within its block, for the PDF's structure tree.
enum class TextPart : std::uint8_t {
  Content,    // the block's own text
  Label,        // a list item's bullet or number
  LinkedLabel,  // a footnote's number, which links back to its marker
  Reference,    // a footnote marker in the text, which links to its note
  Link,         // the text of a link
};

struct PlacedText {
  double x = 0, y = 0;  // baseline start
  FontKey font;
  double size = 10;
  std::string text;
  double letter_spacing = 0;  // PDF Tc: extra advance after each character
  TextRole role = TextRole::Body;
  double width = -1;  // the advance layout measured for `text`, or -1 when it did not
  // The block (index into document_blocks()) the text belongs to; -1 for
  // page furniture, which the PDF marks as an artifact.
  int block = -1;
  TextPart part = TextPart::Content;
  bool hyphen_inserted = false;  // the text ends with a hyphen the line breaker added
  int span = -1;  // for a Reference or Link: the span of the block, so its pieces make one element
  // What copying, searching and reading aloud should give for this text
  // when it is not the text itself: the whole word or URL on the first piece
  // of one broken across lines, nothing on the pieces that follow.
  std::optional<std::string> actual_text = std::nullopt;
  // Font expansion (PDF Tz / 100): the glyphs are drawn this much wider; 1
  // for natural width. `width` and `letter_spacing` are as drawn, with it.
  double horizontal_scale = 1;
  // The glyphs to draw, as the line breaker shaped `text` (byte ranges into
  // it; fragment_glyphs()). Empty: `text` shaped whole and in full (kerned,
  // ligatures joined), as FontMetrics::width measured it.
  std::vector<ShapedGlyph> glyphs = {};
};

struct PlacedRule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
};

struct LinkArea {
  double left = 0, bottom = 0, right = 0, top = 0;
  std::string uri;     // external link, as printed (pdf/ percent-encodes it)
  std::string anchor;  // or an internal destination
  int block = -1, span = -1;  // the text the link is on (see PlacedText; span -1: a footnote's number)
};

// The anchors of a footnote (by its number) and of its marker in the text,
// which link to each other. The colon keeps them apart from record ids.
inline std::string note_anchor(int number) { return std::string("note:").append(std::to_string(number)); }
inline std::string marker_anchor(int number) { return std::string("note-marker:").append(std::to_string(number)); }

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

// One block of the document's logical structure: a paragraph of the body or
// a footnote. The PDF's structure tree is made of these, in reading order.
enum class BlockKind : std::uint8_t {
  Title,      // the document title
  Heading,    // a section or case-profile heading; `level` 1 is the highest below the title
  Paragraph,  // running text, subtitles, recommendation leads
  ListItem,   // a list item or a recommendation; `level` is the nesting depth (1 = top)
  Quote,      // a block quotation
  Note,       // a footnote
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 1;
  // The footnotes (block numbers) whose markers this block holds, in order:
  // in reading order each note follows the block that refers to it.
  std::vector<int> notes;
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
