// Content generated from the records rather than written in the document:
//  - <cases form="names">: one paragraph naming the people of the selected
//    cases, sorted by surname in the language's collation, "(new)" after
//    those whose case the previous edition did not print;
//  - <cases summary="true">: after each case, its developments in the period
//    and its status at the period's end;
//  - <developments>: the detentions, charges, sentences, fines, releases and
//    deaths recorded since the previous edition's period, for the cases of
//    either edition (in a first edition: within the period, for every case);
//  - <recommendation-history>: every recommendation of the document with the
//    edition that first made it and the editions that repeated it.
// Events after the period's end are never part of it (resolve/period.hpp).
#pragma once

#include "model/corpus.hpp"
#include "model/document.hpp"
#include "model/style.hpp"
#include "resolve/confidentiality.hpp"
#include "resolve/editions.hpp"
#include "resolve/event_wording.hpp"
#include "resolve/resolved_document.hpp"
#include "resolve/wording.hpp"
#include "text/locale_context.hpp"

#include <optional>
#include <vector>

namespace briefc::resolve {

// What generation reads; it writes nothing but the paragraphs it returns (and
// the policy's reports of names it may not print).
struct Generation {
  const model::Document& doc;
  const model::Corpus& corpus;
  const model::Style& style;
  const text::LocaleContext& locales;
  const ConfidentialityPolicy& policy;  // names, cases and events a public build may print
  const DocumentWording& wording;       // catalog strings: "(new)" in the document's language
  const EditionContents& current;       // this document, summed up
  const EditionHistory& history;

  Phrasing phrasing() const { return Phrasing{locales, corpus, doc.lang, style.ordinal_days}; }
};

// "LEAD A, B, and C (new)END" in one body paragraph (names bold, as the EU
// reference paper prints them). Each person is named once, however many of
// the cases they are in; "(new)" needs a previous edition.
Paragraph names_paragraph(const Generation& g, const model::Block& query, const std::vector<const model::Case*>& cases);

// A body paragraph: "Sentenced to imprisonment in October 2021. As of
// December 2021: imprisoned since October 2021.", after the subjects' names
// ("Alma Orazova: …") when `name_subjects` (a case not under a profile's
// heading). Nothing when the document has no period and the case no status.
std::optional<Paragraph> case_summary(const Generation& g, const model::Case& c, diag::SourceLocation where,
                                      bool name_subjects);

// The optional heading (at `level`), then one bullet per development, oldest
// first: "Max Bokayev was released in February 2021."
std::vector<Paragraph> developments(const Generation& g, const model::Block& block, int level);

// The optional heading, then one numbered item per recommendation of the
// document: "TEXT — first made: November 2020; repeated in: December 2021."
// Editions are named by their date (or id, when they have none).
std::vector<Paragraph> recommendation_history(const Generation& g, const model::Block& block, int level);

}  // namespace briefc::resolve
