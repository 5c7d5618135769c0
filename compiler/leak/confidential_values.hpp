// Every confidential value a public PDF must not contain, gathered from the
// records (and the document) with the place each was written, so that a leak
// is reported at its record.
//
// What counts as a value of each confidential thing:
//   person        every <name> ("Given Family" and "Family Given"), the family
//                 name alone (unless a non-confidential person shares it, when
//                 it identifies no one), every <variant> and the family part
//                 of each variant alone;
//   organisation  every <name>, its abbrev, every <variant>;
//   source        its url, its title, and its publisher unless the public-as
//                 wording names it or a public source has the same publisher;
//   case          each narrative (all of it) and each event's text and place;
//   narrative     all of it, and all of each translation of it (the same id
//                 in another language: model::narrative_mark);
//   event         its text (one word only when it is six letters or more) and
//                 its place;
//   <span>        its text, and the target of a link inside it, wherever the
//                 span is written.
// A public-as wording is never a value: it is what a public build prints.
#pragma once

#include "diag/source_manager.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace briefc::leak {

// How a value is looked for (leak/scanner.hpp).
enum class ValueKind {
  Name,      // a name, variant or abbreviation: declined forms, look-alikes, handles
  Phrase,    // a title, an event's text, a field: word for word
  Address,   // a URL: any scheme, with or without www., percent-decoded
  Number,    // a phone or document number: its digits, however grouped
  LongText,  // a narrative: any run of six consecutive words of it
};

struct ConfidentialValue {
  std::string text;               // as written in the records
  std::string what;               // "name of person 'p-nurlanova'"
  std::string reason;             // the record's confidential="…"
  diag::SourceLocation location;  // the record (or span) that holds it
  ValueKind kind = ValueKind::Phrase;
  // In prose, a capitalised word of the value is not found written in small
  // letters: the organisation "Hope" is not "hope", the event "Released on
  // bail" not "was released on bail". Never set for a person's full name.
  bool case_rule = false;
  std::string public_as;  // what `check` and `diff` print in its place; empty: "[withheld]"
};

// The values of every confidential record of `corpora` (the document's own
// records and, for the leak check, every other records file of the project:
// a person confidential anywhere in the project is confidential in every
// paper), and of the document's own fields.
std::vector<ConfidentialValue> confidential_values(const std::vector<const model::Corpus*>& corpora,
                                                   const model::Document& document);
std::vector<ConfidentialValue> confidential_values(const model::Corpus& corpus, const model::Document& document);

// The public texts of `corpora` (public narratives and event texts,
// recommendation wordings): a run of words they share with a confidential
// narrative is a stock phrase, not the narrative's secret.
std::vector<std::string> public_texts(const std::vector<const model::Corpus*>& corpora);

}  // namespace briefc::leak
