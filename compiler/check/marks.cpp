// The check-ignore marks themselves: each must name a rule that exists and can
// be silenced, and must silence something — a mark left behind after the text
// was fixed would hide the next real finding at that place.
#include "check/families.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

namespace briefc::check {

namespace {

std::string closest_rule(const std::string& id) {
  std::string best;
  std::size_t best_distance = 4;
  for (const auto& r : all_rules()) {
    // Plain Levenshtein over short ids.
    std::vector<std::size_t> row(r.id.size() + 1);
    for (std::size_t j = 0; j <= r.id.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= id.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= r.id.size(); ++j) {
        std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (id[i - 1] == r.id[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    if (row[r.id.size()] < best_distance) {
      best_distance = row[r.id.size()];
      best = std::string(r.id);
    }
  }
  return best;
}

}  // namespace

void check_marks(const diag::Suppressions& marks, Reporter& out, bool whole_project) {
  for (const auto& m : marks.all()) {
    const Rule* rule = find_rule(m.rule);
    if (!rule) {
      auto guess = closest_rule(m.rule);
      out.report("check-ignore-invalid", m.where, fmt::format("check-ignore names the unknown rule '{}'", m.rule),
                 guess.empty() ? "briefc check --list-rules lists the rules"
                               : fmt::format("did you mean '{}'?", guess));
    } else if (!rule->silenceable) {
      out.report("check-ignore-invalid", m.where,
                 fmt::format("the rule '{}' cannot be silenced: the PDF would be wrong", m.rule),
                 "fix the finding instead");
    } else if (!m.used && whole_project) {
      out.report("check-ignore-invalid", m.where,
                 fmt::format("check-ignore silences '{}' here, but there is no such finding", m.rule),
                 "remove the mark: the finding it was for is gone");
    }
  }
}

}  // namespace briefc::check
