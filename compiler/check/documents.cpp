// A document as a whole: cross-references must land on something it prints,
// and it must fit the length its audience accepts.
#include "check/families.hpp"
#include "check/word_limit.hpp"

#include <fmt/format.h>
#include <optional>

namespace briefc::check {

namespace {

void check_crossrefs(const CheckContext& ctx, const DocumentFacts& facts, Reporter& out) {
  for (const auto& ref : facts.crossrefs) {
    if (facts.anchors.count(ref.target)) continue;
    // A narrative's reference to a section: records name the sections of the
    // papers that print them, so it is judged here, for this document (the
    // reader cannot, and another document's sections are no help).
    if (!ctx.corpus.find_case(ref.target)) {
      if (!ref.printed_by.known()) continue;  // in the document itself: reported while reading
      auto& d = out.report("crossref-unknown", ref.location,
                           fmt::format("cross-reference to '{}', which is no section of the document '{}' and no case",
                                       ref.target, facts.document->id),
                           "give the section it means that id, or drop the <ref> from the narrative (other papers "
                           "print it too)");
      d.notes.push_back({ref.printed_by, fmt::format("the narrative is printed in '{}' here", facts.document->id)});
      continue;
    }
    // A case the corpus has but this document does not print: the link would
    // lead nowhere.
    auto& d = out.report("crossref-unknown", ref.location,
                         fmt::format("cross-reference to case '{}', which the document '{}' does not print",
                                     ref.target, facts.document->id),
                         fmt::format("include it with <case ref=\"{}\"/>, or drop the <ref>", ref.target));
    d.notes.push_back({ctx.corpus.find_case(ref.target)->location, "the case is defined here"});
  }
}

void check_length(const DocumentFacts& facts, const model::Style* style, Reporter& out) {
  const auto& doc = *facts.document;
  auto limit = word_limit(doc, style);
  if (!limit) return;
  std::size_t total = facts.body_words + facts.note_words;
  if (total <= limit->words) return;
  out.report("word-count", doc.location,
             fmt::format("the document has {} words with footnotes counted ({} in the text, {} in footnotes); "
                         "{} at most {}",
                         thousands(total), thousands(facts.body_words), thousands(facts.note_words), limit->who,
                         thousands(limit->words)),
             fmt::format("cut {} words, or move detail into an annex", thousands(total - limit->words)));
}

}  // namespace

std::optional<WordLimit> word_limit(const model::Document& doc, const model::Style* style) {
  if (style && style->word_limit > 0) return WordLimit{style->word_limit, "its style allows"};
  if (doc.audience == "hrc-statement")
    return WordLimit{2000, "the Human Rights Council accepts in an NGO's written statement"};
  if (doc.audience == "un-treaty-body") return WordLimit{10000, "UN treaty bodies accept from civil society"};
  if (doc.audience == "upr") {
    if (doc.authors.size() > 1) return WordLimit{5630, "the UPR accepts in a joint stakeholder submission"};
    return WordLimit{2815, "the UPR accepts in a stakeholder submission"};
  }
  return std::nullopt;
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

void check_documents(const CheckContext& ctx, Reporter& out) {
  for (std::size_t i = 0; i < ctx.facts.size(); ++i) {
    check_crossrefs(ctx, ctx.facts[i], out);
    check_length(ctx.facts[i], i < ctx.documents.size() ? ctx.documents[i].style : nullptr, out);
  }
}

}  // namespace briefc::check
