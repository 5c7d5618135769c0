#include "resolve/edition_diff.hpp"

#include "resolve/names.hpp"
#include "resolve/period.hpp"

#include <algorithm>

namespace briefc::resolve {

namespace {

std::string names_of(const text::LocaleContext& locales, const model::Corpus& corpus, const std::string& case_id,
                     const std::string& lang) {
  const auto* c = corpus.find_case(case_id);
  return c ? case_subjects(locales, corpus, *c, lang) : std::string{};
}

const model::CaseStatus* status_at_end(const model::Corpus& corpus, const std::string& case_id,
                                       const EditionContents& edition, std::string_view subject) {
  const auto* c = corpus.find_case(case_id);
  return c ? status_as_of(*c, day_span(edition.period).last, subject) : nullptr;
}

// Whose statuses a case's change is told for: the case's people together,
// or each of them when the records give them statuses of their own.
std::vector<std::string> status_holders(const model::Corpus& old_corpus, const model::Corpus& new_corpus,
                                        const std::string& case_id) {
  const auto* now = new_corpus.find_case(case_id);
  const auto* then = old_corpus.find_case(case_id);
  const auto* c = now ? now : then;
  bool separately = (now && model::concerns_subjects_separately(*now)) ||
                    (then && model::concerns_subjects_separately(*then));
  if (!c || !separately || c->subjects.empty()) return {std::string{}};
  return c->subjects;
}

}  // namespace

EditionDiff compare_editions(const EditionContents& old_edition, const model::Corpus& old_corpus,
                             const EditionContents& new_edition, const model::Corpus& new_corpus,
                             const text::LocaleContext& locales, const std::string& lang) {
  EditionDiff d;
  for (const auto& id : new_edition.cases)
    if (!old_edition.includes_case(id)) d.cases_added.push_back({id, names_of(locales, new_corpus, id, lang)});
  for (const auto& id : old_edition.cases)
    if (!new_edition.includes_case(id)) d.cases_dropped.push_back({id, names_of(locales, old_corpus, id, lang)});

  std::vector<std::string> all_cases = old_edition.cases;
  for (const auto& id : new_edition.cases)
    if (!old_edition.includes_case(id)) all_cases.push_back(id);
  for (const auto& id : all_cases)
    for (const auto& subject : status_holders(old_corpus, new_corpus, id)) {
      // The case's people together (subject ""), or one of them.
      const auto* first = new_corpus.find_case(id);
      const std::string_view whose =
          !subject.empty() ? std::string_view(subject)
                           : (first && !first->subjects.empty() ? std::string_view(first->subjects.front()) : "");
      const auto* before = status_at_end(old_corpus, id, old_edition, whose);
      const auto* after = status_at_end(new_corpus, id, new_edition, whose);
      if (!after || (before && before->value == after->value)) continue;
      d.status_changes.push_back({id,
                                  subject.empty() ? names_of(locales, new_corpus, id, lang)
                                                  : subject_name(new_corpus, subject, lang),
                                  before ? before->value : std::string{}, after->value, after->since});
    }

  for (const auto& id : new_edition.sources)
    if (!old_edition.cites(id)) d.sources_added.push_back(id);

  for (const auto& rec : new_edition.recommendations) {
    const auto* earlier = old_edition.recommendation(rec.id);
    if (!earlier) {
      d.recommendations_added.push_back(rec);
      continue;
    }
    d.recommendations_repeated.push_back(rec);
    if (earlier->text != rec.text) d.reworded.push_back(rec.id);
  }
  for (const auto& rec : old_edition.recommendations)
    if (!new_edition.recommendation(rec.id)) d.recommendations_dropped.push_back(rec);
  return d;
}

}  // namespace briefc::resolve
