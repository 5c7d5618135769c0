// What changed between two editions of a paper: the facts behind
// `briefc diff OLD.xml NEW.xml`.
#pragma once

#include "model/corpus.hpp"
#include "resolve/editions.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::resolve {

struct CaseChange {
  std::string case_id;
  std::string names;  // the case's subjects, printed as the new edition's language prints them
};

// A case whose status at the new edition's period end differs from its status
// at the old edition's (each read from that edition's own records).
struct StatusChange {
  std::string case_id;
  std::string names;
  std::string before;  // "" when the case had no status yet
  std::string after;
  std::optional<model::Date> since;  // when the new status began
};

struct EditionDiff {
  std::vector<CaseChange> cases_added;       // printed by the new edition only
  std::vector<CaseChange> cases_dropped;     // printed by the old edition only
  std::vector<StatusChange> status_changes;  // cases of either edition, in the order of the old, then the new
  std::vector<std::string> sources_added;    // cited by the new edition only, in its order
  std::vector<EditionRecommendation> recommendations_added;     // as the new edition words them
  std::vector<EditionRecommendation> recommendations_repeated;  // as the new edition words them
  std::vector<EditionRecommendation> recommendations_dropped;   // as the old edition worded them
  std::vector<std::string> reworded;  // stable ids of repeated recommendations whose wording changed
};

EditionDiff compare_editions(const EditionContents& old_edition, const model::Corpus& old_corpus,
                             const EditionContents& new_edition, const model::Corpus& new_corpus,
                             const text::LocaleContext& locales, const std::string& lang);

}  // namespace briefc::resolve
