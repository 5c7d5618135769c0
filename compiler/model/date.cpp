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
  if (!parse_fixed(text.substr(0, 4), d.year) || d.year < 1800 || d.year > 2200) return std::nullopt;
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

}  // namespace briefc::model
