#include "read/case_updates.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace briefc::read {

namespace {

// Where a dated item goes in a list kept oldest first: after every item not
// later than it. The case's own items keep the order they were written in
// (event-order judges that); an update's items fall in by date, so an update
// written for an older paper than the last one recorded fits in too.
template <class Item, class DateOf>
typename std::vector<Item>::iterator place_for(std::vector<Item>& items, const model::Date& date, DateOf date_of) {
  auto it = items.end();
  while (it != items.begin() && date_of(*(it - 1)).first_day_key() > date.first_day_key()) --it;
  return it;
}

void merge(const model::CaseUpdate& update, model::Case& target, diag::Diagnostics& diags) {
  for (const auto& theme : update.themes)
    if (std::find(target.themes.begin(), target.themes.end(), theme) == target.themes.end())
      target.themes.push_back(theme);
  for (const auto& status : update.statuses) {
    // The same status on the same date for the same people: two papers
    // recording one fact.
    auto same_day = std::find_if(target.statuses.begin(), target.statuses.end(), [&](const model::CaseStatus& s) {
      return s.since.iso() == status.since.iso() && s.subjects == status.subjects;
    });
    if (same_day != target.statuses.end()) {
      if (same_day->value == status.value) continue;
      auto& d = diags.error(status.location,
                            fmt::format("this status of '{}' since {} is '{}', but the case has '{}' since that date",
                                        target.id, status.since.iso(), status.value, same_day->value),
                            "one date, one status: correct the date or the value");
      d.notes.push_back({same_day->location, "the other status is here"});
      continue;
    }
    target.statuses.insert(place_for(target.statuses, status.since, [](const model::CaseStatus& s) { return s.since; }),
                           status);
  }
  for (const auto& event : update.events)
    target.events.insert(place_for(target.events, event.date, [](const model::CaseEvent& e) { return e.date; }), event);
  for (const auto& narrative : update.narratives) {
    auto clash = std::find_if(target.narratives.begin(), target.narratives.end(), [&](const model::Narrative& n) {
      return n.id == narrative.id && n.lang == narrative.lang;
    });
    if (clash != target.narratives.end()) {
      auto& d = diags.error(narrative.location,
                            fmt::format("case '{}' has a narrative{}{} already", target.id,
                                        narrative.id.empty() ? "" : fmt::format(" '{}'", narrative.id),
                                        narrative.lang.empty() ? "" : fmt::format(" in '{}'", narrative.lang)),
                            "give the update's narrative an id of its own (id=\"…\"), and name it in the document "
                            "with <case ref=\"…\" narrative=\"…\"/>");
      d.notes.push_back({clash->location, "the case's narrative is here"});
      continue;
    }
    target.narratives.push_back(narrative);
  }
}

}  // namespace

void apply_case_updates(model::Corpus& corpus, diag::Diagnostics& diags) {
  for (const auto& update : corpus.case_updates) {
    auto it = corpus.index.find(update.case_id);
    if (it == corpus.index.end() || it->second.kind != model::RecordKind::Case) {
      diags.error(update.location, fmt::format("<update> of '{}', which is no case", update.case_id),
                  "case=\"…\" names the id of a <case> in the records");
      continue;
    }
    merge(update, corpus.cases[it->second.index], diags);
  }
  corpus.case_updates.clear();
}

}  // namespace briefc::read
