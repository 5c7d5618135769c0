#include "model/date.hpp"

#include <charconv>
#include <fmt/format.h>

namespace briefc::model {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

int Date::first_day_key() const { return year * 10000 + (month ? month : 1) * 100 + (day ? day : 1); }

int Date::last_day_key() const {
  int m = month ? month : 12;
  int d = day ? day : days_in_month(year, m);
  return year * 10000 + m * 100 + d;
}

std::string Date::iso() const {
  switch (precision) {
    case DatePrecision::Year: return fmt::format("{:04}", year);
    case DatePrecision::Month: return fmt::format("{:04}-{:02}", year, month);
    case DatePrecision::Day: return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  }
  return {};
}

namespace {
// Records are about living people and the laws that apply to them: a year
// outside this range is a typing slip, not history.
constexpr int earliest_year = 1800, latest_year = 2200;

bool parse_fixed(std::string_view s, int& out) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc{};
}
}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  Date d;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!parse_fixed(text.substr(0, 4), d.year) || d.year < earliest_year || d.year > latest_year)
    return std::nullopt;
  d.precision = DatePrecision::Year;
  if (text.size() >= 7) {
    if (text[4] != '-' || !parse_fixed(text.substr(5, 2), d.month) || d.month < 1 || d.month > 12)
      return std::nullopt;
    d.precision = DatePrecision::Month;
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !parse_fixed(text.substr(8, 2), d.day) || d.day < 1 ||
        d.day > days_in_month(d.year, d.month))
      return std::nullopt;
    d.precision = DatePrecision::Day;
  }
  return d;
}

std::string why_not_a_date(std::string_view text) {
  static constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};
  int year = 0, month = 0, day = 0;
  bool shaped = (text.size() == 4 || text.size() == 7 || text.size() == 10) && parse_fixed(text.substr(0, 4), year) &&
                (text.size() < 7 || (text[4] == '-' && parse_fixed(text.substr(5, 2), month))) &&
                (text.size() < 10 || (text[7] == '-' && parse_fixed(text.substr(8, 2), day)));
  if (!shaped) return "it is not written in one of the forms below";
  if (year < earliest_year || year > latest_year)
    return fmt::format("the year {} is out of range ({} to {})", year, earliest_year, latest_year);
  if (text.size() >= 7 && (month < 1 || month > 12)) return fmt::format("there is no month {:02}", month);
  if (text.size() == 10 && day < 1) return "there is no day 00";
  if (text.size() == 10 && day > days_in_month(year, month))
    return fmt::format("{} {} has only {} days", month_names[month - 1], year, days_in_month(year, month));
  return "not a valid date";
}

}  // namespace briefc::model
