// Editions: what a briefing contains, so that a new edition can say what is
// new since the last one (and `briefc diff` can list what changed).
//
// A document names the edition it updates with <previous-edition href="…"/>;
// that one may name its own, and so on. cli/ reads the chain and sums each
// edition up here; the resolver uses the summaries for "(new)" markers, the
// developments since the last briefing and the recommendation history.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"
#include "resolve/confidentiality.hpp"
#include "text/locale_context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::resolve {

// One recommendation as an edition makes it.
struct EditionRecommendation {
  std::string id;  // the stable id (stable_recommendation_id)
  std::string template_id;
  std::string text;  // the filled wording, plain text, for the document's audience
  diag::SourceLocation location;
};

// What one edition contains.
struct EditionContents {
  std::string id;                   // the document's id, e.g. eu-dialogue-2020
  std::string path;                 // the file it was read from
  std::optional<model::Date> date;  // the document's date
  std::optional<model::Period> period;
  std::vector<std::string>
      cases;  // every case it prints: by <case ref> or by a <cases> query; reading order, once each
  std::vector<std::string> sources;  // every source it cites, in its text or in the narratives it prints; once each
  std::vector<EditionRecommendation> recommendations;  // in reading order

  bool includes_case(const std::string& case_id) const;
  bool cites(const std::string& source_id) const;
  const EditionRecommendation* recommendation(const std::string& stable_id) const;
};

// The editions a document follows, newest first: previous[0] is the one its
// <previous-edition> names. Empty for a first edition.
struct EditionHistory {
  std::vector<EditionContents> previous;

  const EditionContents* last() const { return previous.empty() ? nullptr : &previous.front(); }
};

// A recommendation's stable id: its id="…" when given; otherwise the
// template's id, followed by ":" and the ref of each <arg ref="…"> in order
// ("rec-release-person:p-utepova"), so that the same template made for two
// people is two recommendations, while rewording a literal argument keeps the
// id. Editions match recommendations by this id.
std::string stable_recommendation_id(const model::RecommendationUse& use);

// Sums up `document` as read with its corpus. Queries are evaluated for the
// document's own period. Nothing is reported: the document's own build
// reports its problems (a template that cannot be filled gives its text with
// the placeholders left empty). With a `policy`, the recommendations' texts
// name people and organisations as that build prints them (a public build:
// the public-as wording of a confidential record).
EditionContents edition_contents(const model::Document& document, const model::Corpus& corpus,
                                 const text::LocaleContext& locales, const ConfidentialityPolicy* policy = nullptr);

// Reports two recommendations of `document` with the same stable id: a new
// edition could not tell which one it repeats.
void check_recommendation_ids(const model::Document& document, diag::Diagnostics& diags);

}  // namespace briefc::resolve
