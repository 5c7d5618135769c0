#include "resolve/case_selection.hpp"

#include "resolve/names.hpp"
#include "resolve/period.hpp"
#include "text/collation.hpp"

#include <algorithm>

namespace briefc::resolve {

namespace {

bool has_any_theme(const model::Case& c, const std::vector<std::string>& themes) {
  if (themes.empty()) return true;
  return std::any_of(themes.begin(), themes.end(), [&](const std::string& t) {
    return std::find(c.themes.begin(), c.themes.end(), t) != c.themes.end();
  });
}

bool has_event_in(const model::Case& c, const DaySpan& span) {
  return std::any_of(c.events.begin(), c.events.end(),
                     [&](const model::CaseEvent& e) { return span.contains_any_day_of(e.date); });
}

std::string first_subject_key(const model::Case& c, const model::Corpus& corpus, const std::string& lang,
                              const ConfidentialityPolicy* policy) {
  if (c.subjects.empty()) return c.id;
  const auto* person = corpus.person(c.subjects.front());
  if (policy && person && person->confidentiality.confidential && !policy->internal())
    return policy->sort_name(*person);
  return surname_key(corpus, c.subjects.front(), lang);
}

}  // namespace

void sort_by_surname(std::vector<const model::Case*>& cases, const model::Corpus& corpus,
                     const text::LocaleContext& locales, const std::string& lang, const ConfidentialityPolicy* policy) {
  std::vector<std::string> keys;
  for (const auto* c : cases) keys.push_back(first_subject_key(*c, corpus, lang, policy));
  std::vector<const model::Case*> sorted;
  for (std::size_t i : text::collation_order(locales, keys, lang)) sorted.push_back(cases[i]);
  cases = std::move(sorted);
}

std::vector<const model::Case*> select_cases(const model::Block& query, const model::Corpus& corpus,
                                             const std::optional<model::Period>& period,
                                             const text::LocaleContext& locales, const std::string& lang,
                                             const ConfidentialityPolicy* policy) {
  DaySpan span = day_span(period);
  std::vector<const model::Case*> chosen;
  for (const auto& c : corpus.cases) {
    if (policy && !policy->selectable(c)) continue;
    if (!has_any_theme(c, query.themes)) continue;
    if (!query.status.empty()) {
      // Chosen when any subject has the status: of two people sentenced
      // together, the one still imprisoned keeps the case in "imprisoned".
      if (!std::any_of(c.subjects.begin(), c.subjects.end(), [&](const std::string& subject) {
            const auto* status = status_as_of(c, span.last, subject);
            return status && status_matches(query.status, status->value);
          }))
        continue;
    }
    if (query.in_period && !has_event_in(c, span)) continue;
    chosen.push_back(&c);
  }
  sort_by_surname(chosen, corpus, locales, lang, policy);
  if (query.sort == "date") {
    auto first_day = [](const model::Case* c) {
      return c->events.empty() ? 99991231 : c->events.front().date.first_day_key();
    };
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&](const model::Case* a, const model::Case* b) { return first_day(a) < first_day(b); });
  }
  return chosen;
}

}  // namespace briefc::resolve
