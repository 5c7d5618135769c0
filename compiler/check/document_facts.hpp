// What a document prints, gathered once in reading order for the rules that
// look at a document as a reader does: its footnotes (numbered as resolve
// numbers them), the cases it includes and where, its cross-references and
// its word counts. Built from the model alone (no style, no layout).
#pragma once

#include "model/corpus.hpp"
#include "model/document.hpp"
#include "text/locale_context.hpp"

#include <string>
#include <unordered_set>
#include <vector>

namespace briefc::check {

struct FootnoteFact {
  int number = 0;                    // 1-based, as printed
  diag::SourceLocation location;     // the <cite> or <note>
  bool is_note = false;              // <note> (else a <cite> in running text)
  bool marker_hidden = false;        // <note marker="none">
  bool has_text = false;             // a note with words of its own
  std::vector<std::string> sources;  // sources cited, in order (a note's inner <cite>s)
};

struct CiteFact {
  std::string source;
  diag::SourceLocation location;
};

struct CaseUse {
  const model::Case* kase = nullptr;
  diag::SourceLocation location;     // the <case> or <cases> element
  const model::Block* section = nullptr;  // innermost enclosing section, or nullptr
  const model::Narrative* narrative = nullptr;  // the narrative printed, chosen as build chooses it; or none
};

struct SectionFact {
  const model::Block* section = nullptr;
  std::string period_phrase;         // "reporting period", "past year"… when the section is about the period
  diag::SourceLocation phrase_location;
  int depth = 1;                     // 1 for a section of the body, 2 for one inside it…
  // What the section prints, its subsections included, counted as the
  // document's totals are (`briefc check --stats`).
  std::size_t body_words = 0, note_words = 0, footnotes = 0;
};

struct CrossRefFact {
  std::string target;
  diag::SourceLocation location;
  diag::SourceLocation printed_by;  // in a case's narrative: the <case> block that prints it; else unknown
};

struct DocumentFacts {
  const model::Document* document = nullptr;
  std::vector<FootnoteFact> footnotes;
  std::vector<CiteFact> cites;       // every cited source (in notes too), in reading order
  std::vector<CaseUse> cases;
  std::vector<SectionFact> sections;
  std::vector<CrossRefFact> crossrefs;
  std::unordered_set<std::string> anchors;  // section ids and printed case ids
  std::size_t body_words = 0;        // running text: title, headings, paragraphs, lists, cases, recommendations
  std::size_t note_words = 0;        // footnote text, a cited URL or title counting as one word
};

// The narrative a public build prints for a case included with
// narrative="id" (empty: none named) in a document in `lang`, chosen as
// resolve chooses it; null when the build prints none (and reports why).
const model::Narrative* printed_narrative(const model::Case& c, const std::string& id, const std::string& lang);

// `locales` orders the cases a <cases> query selects, exactly as resolve does
// (resolve/case_selection.hpp), so footnote numbers match the PDF's.
DocumentFacts gather_document_facts(const model::Document& document, const model::Corpus& corpus,
                                    const text::LocaleContext& locales);

// Words in a piece of text: runs of letters and digits (any non-ASCII
// character counts as a letter), as a word processor's count does.
std::size_t count_words(std::string_view text);

}  // namespace briefc::check
