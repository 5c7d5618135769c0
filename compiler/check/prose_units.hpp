// Prose as a reader sees it, flattened for the prose rules: the printed text
// of a paragraph, list item, narrative or footnote as one string, with the
// marks it carries (<person>, <org>, <law>) and a way back from a byte of
// that string to the place in the source file (entities and collapsed
// whitespace undone), so a finding points at the word itself.
#pragma once

#include "diag/source_manager.hpp"
#include "model/inline.hpp"

#include <string>
#include <vector>

namespace briefc::check {

struct ProseMark {
  std::size_t begin = 0, end = 0;  // in ProseUnit::text
  const model::Inline* node = nullptr;
};

struct ProseUnit {
  std::string text;
  struct Piece {
    std::size_t begin = 0;  // where this text node's characters start in `text`
    const model::Inline* node = nullptr;
  };
  std::vector<Piece> pieces;
  std::vector<ProseMark> names;  // <person> and <org>
  std::vector<ProseMark> laws;   // <law>
  std::vector<const model::Inline*> notes;  // <note>s inside: footnotes, read as units of their own
  diag::SourceLocation owner;  // the element holding the text (<narrative>, <p>, <item>, <note>): a
                               // check-ignore mark there silences the findings in it

  // The source place of byte `offset` of `text`. With `sources`, exact to the
  // character; without, the start of the text node holding it.
  diag::SourceLocation locate(std::size_t offset, const diag::SourceManager* sources) const;
};

// The printed text of `content`: text, marked names and laws, quotations;
// citations and footnotes are left out (footnotes are listed in `notes`),
// confidential spans too (a public paper prints something else there).
ProseUnit flatten_prose(const model::InlineContent& content);

}  // namespace briefc::check
