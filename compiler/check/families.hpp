// The rule families, one file each, and what they share. Internal to check/:
// users call run_checks (checker.hpp).
#pragma once

#include "check/checker.hpp"
#include "check/document_facts.hpp"
#include "check/reporter.hpp"
#include "model/inline_walk.hpp"

#include <vector>

namespace briefc::check {

struct CheckContext {
  const model::Corpus& corpus;
  std::vector<DocumentInput> documents;
  std::vector<DocumentFacts> facts;  // one per document, same order
  const diag::SourceManager* sources = nullptr;  // optional: places findings inside a text node
};

void check_citations(const CheckContext& ctx, Reporter& out);   // citations.cpp
void check_sources(const CheckContext& ctx, Reporter& out);     // sources.cpp
void check_source_sites(const CheckContext& ctx, Reporter& out);  // source_sites.cpp, called by check_sources
void check_provisions(const CheckContext& ctx, Reporter& out);  // provisions.cpp
void check_names(const CheckContext& ctx, Reporter& out);       // names.cpp
void check_chronology(const CheckContext& ctx, Reporter& out);  // chronology.cpp
void check_documents(const CheckContext& ctx, Reporter& out);   // documents.cpp
// prose.cpp: stated facts against the records, and footnotes against their
// sources (notes.hpp) as it reads them
void check_prose(const CheckContext& ctx, Reporter& out);
// marks.cpp, after all the others; unused marks are reported only when the
// whole project was checked (a mark may be for another document).
void check_marks(const diag::Suppressions& marks, Reporter& out, bool whole_project);

// Every inline mention (<person>, <org>, <law>) in the corpus and documents,
// each element once: the content of every document body, narrative and
// recommendation text. `visit(node)` is called for every inline node.
using model::for_each_block_inline;  // model/inline_walk.hpp
using model::for_each_inline;

template <class Visit>
void for_each_corpus_inline(const CheckContext& ctx, Visit&& visit) {
  for (const auto& d : ctx.documents) for_each_block_inline(d.document->body, visit);
  for (const auto& c : ctx.corpus.cases)
    for (const auto& n : c.narratives) for_each_inline(n.content, visit);
  for (const auto& r : ctx.corpus.recommendations)
    for (const auto& t : r.texts) for_each_inline(t.content, visit);
}

}  // namespace briefc::check
