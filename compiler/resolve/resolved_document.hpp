// The output of the resolve stage and the input of layout: a document reduced
// to a flat sequence of typed paragraphs made of styled spans, with every
// citation turned into a numbered footnote and every generated string (section
// numbers, recommendation wording, list labels) already filled in.
#pragma once

#include "diag/source_manager.hpp"
#include "model/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::resolve {

// A run of text with one look. Layout may split it across lines but never
// merges spans, so every span keeps its link and location.
struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool superscript = false;  // a footnote marker
  int footnote = -1;         // the footnote a marker refers to (index into footnotes)
  std::string uri;           // external link target, as written (layout/pdf encode it)
  std::string anchor;        // internal link target: a section or case anchor
  bool url = false;          // a printed URL: breaks only at URL break points, never hyphenated
  bool no_hyphen = false;    // a name: never hyphenated
  diag::SourceLocation location;
};

enum class ParagraphKind {
  Title,               // the document title
  Subtitle,            // level 1: the subtitle; 2: a title block line (organisations, reporting period, date)
  Heading,             // a section heading; `level` 1..3
  Body,                // running text
  ListItem,            // a bullet or numbered item; `level` is the nesting depth (1 = top)
  Quote,               // a block quotation
  RecommendationLead,  // "The authorities should:"
  RecommendationItem,  // one recommendation
  ProfileHeading,      // a case profile's subhead (the person's name)
};

struct Paragraph {
  ParagraphKind kind = ParagraphKind::Body;
  int level = 1;
  std::vector<Span> spans;
  std::string label;          // "1." before a heading, "•" before an item
  std::string anchor;         // a destination other paragraphs link to
  std::string outline_title;  // the bookmark text (headings only)
  diag::SourceLocation location;
  // A numbered body paragraph's number (style <paragraphs numbering="decimal">),
  // also printed as its first span, "12. "; 0 for an unnumbered paragraph.
  int number = 0;
};

struct Footnote {
  int number = 0;
  std::vector<Span> spans;
  bool marker_hidden = false;  // the paper prints no marker for it
  diag::SourceLocation location;
};

struct ResolvedDocument {
  std::string id;
  std::string lang;
  std::string title;
  std::string author;    // organisations, for the PDF's document info
  std::string subject;
  std::string keywords;
  std::optional<model::Date> date;
  std::vector<Paragraph> paragraphs;
  std::vector<Footnote> footnotes;
  // Words layout prints that are not the author's, in the document's language
  // (resolve/wording.hpp).
  std::string footer;               // the style's footer pattern ({page}, {pages}); empty: the style's own
  std::string continued = "(cont.)";
  std::string notes_heading = "Notes";  // heads the notes at the end of the web edition  // after the number heading the rest of a footnote continued from the page before
};

}  // namespace briefc::resolve
