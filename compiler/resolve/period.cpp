#include "resolve/period.hpp"

#include <fmt/format.h>

namespace briefc::resolve {

DaySpan day_span(const std::optional<model::Period>& period) {
  if (!period) return {};
  return {period->from.first_day_key(), period->to.last_day_key()};
}

std::optional<model::Period> parse_period(std::string_view text, std::string& error) {
  auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    error = fmt::format("--period '{}' is not FROM..TO (for example 2024-05-01..2024-11-10)", text);
    return std::nullopt;
  }
  auto from_text = text.substr(0, dots), to_text = text.substr(dots + 2);
  auto from = model::parse_date(from_text);
  auto to = model::parse_date(to_text);
  for (auto [date, written] : {std::pair{&from, from_text}, std::pair{&to, to_text}}) {
    if (!*date) {
      error = fmt::format("--period: '{}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)", written);
      return std::nullopt;
    }
  }
  if (from->first_day_key() > to->last_day_key()) {
    error = fmt::format("--period {} ends before it begins", text);
    return std::nullopt;
  }
  return model::Period{*from, *to, {}};
}

const model::CaseStatus* status_as_of(const model::Case& c, int day_key) {
  return status_as_of(c, day_key, c.subjects.empty() ? std::string_view{} : std::string_view(c.subjects.front()));
}

const model::CaseStatus* status_as_of(const model::Case& c, int day_key, std::string_view subject) {
  const model::CaseStatus* status = nullptr;
  for (const auto& s : c.statuses)
    if (s.since.first_day_key() <= day_key && model::concerns(s, subject)) status = &s;
  return status;
}

bool status_matches(const std::string& statuses, const std::string& value) {
  if (statuses.empty()) return true;
  std::size_t start = 0;
  while (start <= statuses.size()) {
    auto end = statuses.find(' ', start);
    if (end == std::string::npos) end = statuses.size();
    if (statuses.compare(start, end - start, value) == 0 && end - start == value.size()) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace briefc::resolve
