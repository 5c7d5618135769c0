#include "read/case_updates.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace briefc::read {

namespace {

void merge(const model::CaseUpdate& update, model::Case& target, diag::Diagnostics& diags) {
  for (const auto& theme : update.themes)
    if (std::find(target.themes.begin(), target.themes.end(), theme) == target.themes.end())
      target.themes.push_back(theme);
  for (const auto& status : update.statuses) {
    if (!target.statuses.empty() && status.since.first_day_key() <= target.statuses.back().since.first_day_key()) {
      const auto& last = target.statuses.back();
      auto& d = diags.error(status.location,
                            fmt::format("this status of '{}' begins {}, not after the status '{}' since {}", target.id,
                                        status.since.iso(), last.value, last.since.iso()),
                            "an <update> adds later statuses; correct the date or the case itself");
      d.notes.push_back({last.location, "the earlier status is here"});
      continue;
    }
    target.statuses.push_back(status);
  }
  target.events.insert(target.events.end(), update.events.begin(), update.events.end());
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
