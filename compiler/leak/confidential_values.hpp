// Every confidential value a public PDF must not contain, gathered from the
// records (and the document) with the place each was written, so that a leak
// is reported at its record.
//
// What counts as a value of each confidential thing:
//   person        every <name> ("Given Family" and "Family Given"), the family
//                 name alone (unless a non-confidential person shares it, when
//                 it identifies no one), and every <variant>;
//   organisation  every <name>, its abbrev, every <variant>;
//   source        its url and title (its publisher is usually the public
//                 attribution, "monitoring by KIBHR", and is not secret);
//   case          the opening words of each narrative and each event's text;
//   narrative     its opening words (unless a public narrative of the same
//                 case says the same);
//   event         its text;
//   <span>        its text, wherever the span is written.
// A public-as wording is never a value: it is what a public build prints.
#pragma once

#include "diag/source_manager.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace briefc::leak {

struct ConfidentialValue {
  std::string text;               // as written in the records
  std::string what;               // "name of person 'p-nurlanova'"
  std::string reason;             // the record's confidential="…"
  diag::SourceLocation location;  // the record (or span) that holds it
};

std::vector<ConfidentialValue> confidential_values(const model::Corpus& corpus, const model::Document& document);

}  // namespace briefc::leak
