// The parts of a DOCX package (ECMA-376 Part 1, WordprocessingML), each a
// complete XML document. docx_writer.hpp puts them into the zip.
//
// The look lives in styles.xml as Word styles (Title, Heading 1–3, Footnote
// Text, List Bullet…), not as formatting on each paragraph, so an author who
// edits the file in Word changes one style and the whole paper follows, and a
// secretariat's template can replace ours. Numbered headings and numbered
// lists are w:numbering definitions, so Word renumbers when a section is
// inserted.
#pragma once

#include "model/style.hpp"
#include "resolve/resolved_document.hpp"
#include "write/edition_info.hpp"

#include <string>

namespace briefc::write::docx {

// The fixed list definitions (numbering.xml): w:numId 1 numbers headings
// ("1.", "1.1."), 2 is the bullet list, 3 numbers body paragraphs, and 4,
// 5, … are the numbered lists of the document, one each so that each starts
// at 1.
inline constexpr int heading_numbering = 1;
inline constexpr int bullet_numbering = 2;
inline constexpr int paragraph_numbering = 3;  // numbered paragraphs ("1.", "2." through the paper)
inline constexpr int first_list_numbering = 4;

// word/document.xml and word/footnotes.xml with their relationships (the
// hyperlinks of each part are its own).
struct BodyParts {
  std::string document;
  std::string document_relationships;
  std::string footnotes;
  std::string footnote_relationships;  // empty when the footnotes hold no link
  int numbered_lists = 0;  // how many w:num list instances the body uses, from first_list_numbering on
};

// The body and the footnotes: every paragraph of `doc` under its Word style,
// every footnote a real Word footnote (w:footnoteReference; Word numbers
// them in order, as the resolver did), every URL a clickable w:hyperlink,
// every section and case a bookmark that cross-references link to, every run
// marked with its language (write/text_language.hpp).
BodyParts body_parts(const resolve::ResolvedDocument& doc, const model::Style& style);

// word/styles.xml: the document defaults and the named styles, from the
// style's fonts and sizes.
std::string styles_part(const model::Style& style, const std::string& lang);
// word/numbering.xml for `numbered_lists` numbered lists (BodyParts).
std::string numbering_part(int numbered_lists);
// word/settings.xml: footnote separators, compatibility mode, language.
std::string settings_part(const std::string& lang);
// word/footer1.xml: the style's footer pattern with {page} and {pages} as
// Word fields (PAGE, NUMPAGES), after `stamp` (an internal edition's notice) when given.
std::string footer_part(const std::string& pattern, const std::string& stamp);
// [Content_Types].xml, _rels/.rels, docProps/core.xml, docProps/app.xml.
std::string content_types_part();
std::string package_relationships_part();
std::string core_properties_part(const EditionInfo& info);
std::string app_properties_part();

// The name of the Word bookmark for anchor `anchor` ("sec-legal" →
// "_sec_legal"): Word allows letters, digits and underscores, at most 40
// characters; a leading underscore keeps it out of Word's bookmark list.
std::string bookmark_name(const std::string& anchor);

}  // namespace briefc::write::docx
