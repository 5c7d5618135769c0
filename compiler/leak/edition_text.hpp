// The text of a written DOCX or HTML edition, read back from the file's
// bytes for the leak check (leak_check.hpp) — what anyone who opens the file
// can read, whatever path of the writer put it there.
//
// Each XML document of the file (each part of the DOCX's zip; the HTML page,
// which write/html writes as well-formed XML) gives two texts:
//   its flow   the character data in document order, runs of one paragraph
//              joined as they touch (a bold name and its "’s" are one word),
//              a line break after each paragraph, heading, list item or cell,
//              so words of two paragraphs never join;
//   its values every attribute value, one a line: link targets, bookmark
//              names, the page's <meta> content, read as addresses (case-free).
#pragma once

#include <string>
#include <vector>

namespace briefc::leak {

struct EditionText {
  std::string where;  // "the DOCX (word/footnotes.xml)"
  std::string text;
  bool address = false;  // attribute values: URLs and names, case-free
};

// The texts of a DOCX file's bytes; empty with `error` set when the archive
// or one of its XML parts cannot be read (a check that cannot read proves
// nothing).
std::vector<EditionText> docx_texts(const std::string& bytes, std::string& error);

// The texts of an HTML file written by write/html.
std::vector<EditionText> html_texts(const std::string& bytes, std::string& error);

}  // namespace briefc::leak
