#include "model/date.hpp"

#include <charconv>
#include <fmt/format.h>

namespace briefc::model {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool Date::season() const {
  return qualifier == DateQualifier::Spring || qualifier == DateQualifier::Summer ||
         qualifier == DateQualifier::Autumn || qualifier == DateQualifier::Winter;
}

namespace {

int key(int year, int month, int day) { return year * 10000 + month * 100 + day; }

// The key `days` days after (or before, when negative) the day of `k`, within
// its month's neighbours: enough for "around", which moves a week at most.
int shifted(int year, int month, int day, int days) {
  day += days;
  while (day < 1) {
    if (--month < 1) month = 12, --year;
    day += days_in_month(year, month);
  }
  while (day > days_in_month(year, month)) {
    day -= days_in_month(year, month);
    if (++month > 12) month = 1, ++year;
  }
  return key(year, month, day);
}

}  // namespace

int Date::first_day_key() const {
  switch (qualifier) {
    case DateQualifier::Early: return key(year, month, 1);
    case DateQualifier::Mid: return key(year, month, 11);
    case DateQualifier::Late: return key(year, month, 21);
    case DateQualifier::Spring: return key(year, 3, 1);
    case DateQualifier::Summer: return key(year, 6, 1);
    case DateQualifier::Autumn: return key(year, 9, 1);
    case DateQualifier::Winter: return key(year, 12, 1);
    case DateQualifier::Around:
      if (precision == DatePrecision::Day) return shifted(year, month, day, -7);
      break;
    case DateQualifier::None: break;
  }
  return key(year, month ? month : 1, day ? day : 1);
}

int Date::last_day_key() const {
  switch (qualifier) {
    case DateQualifier::Early: return key(year, month, 10);
    case DateQualifier::Mid: return key(year, month, 20);
    case DateQualifier::Late: return key(year, month, days_in_month(year, month));
    case DateQualifier::Spring: return key(year, 5, 31);
    case DateQualifier::Summer: return key(year, 8, 31);
    case DateQualifier::Autumn: return key(year, 11, 30);
    case DateQualifier::Winter: return key(year + 1, 2, days_in_month(year + 1, 2));
    case DateQualifier::Around:
      if (precision == DatePrecision::Day) return shifted(year, month, day, 7);
      break;
    case DateQualifier::None: break;
  }
  int m = month ? month : 12;
  int d = day ? day : days_in_month(year, m);
  return key(year, m, d);
}

std::string Date::iso() const {
  std::string plain;
  switch (precision) {
    case DatePrecision::Year: plain = fmt::format("{:04}", year); break;
    case DatePrecision::Month: plain = fmt::format("{:04}-{:02}", year, month); break;
    case DatePrecision::Day: plain = fmt::format("{:04}-{:02}-{:02}", year, month, day); break;
  }
  switch (qualifier) {
    case DateQualifier::Early: return plain + "-early";
    case DateQualifier::Mid: return plain + "-mid";
    case DateQualifier::Late: return plain + "-late";
    case DateQualifier::Spring: return fmt::format("{:04}-spring", year);
    case DateQualifier::Summer: return fmt::format("{:04}-summer", year);
    case DateQualifier::Autumn: return fmt::format("{:04}-autumn", year);
    case DateQualifier::Winter: return fmt::format("{:04}-winter", year);
    case DateQualifier::Around: return "~" + plain;
    case DateQualifier::None: break;
  }
  return plain;
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

namespace {
std::optional<Date> parse_plain_date(std::string_view text);
}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.starts_with("~")) {
    auto d = parse_date(text.substr(1));
    if (!d || d->qualifier != DateQualifier::None) return std::nullopt;
    d->qualifier = DateQualifier::Around;
    return d;
  }
  struct Part {
    std::string_view suffix;
    DateQualifier qualifier;
    bool of_month;
  };
  static constexpr Part parts[] = {
      {"-early", DateQualifier::Early, true},    {"-mid", DateQualifier::Mid, true},
      {"-late", DateQualifier::Late, true},      {"-spring", DateQualifier::Spring, false},
      {"-summer", DateQualifier::Summer, false}, {"-autumn", DateQualifier::Autumn, false},
      {"-winter", DateQualifier::Winter, false},
  };
  for (const auto& part : parts) {
    if (!text.ends_with(part.suffix)) continue;
    auto d = parse_plain_date(text.substr(0, text.size() - part.suffix.size()));
    if (!d || d->precision != (part.of_month ? DatePrecision::Month : DatePrecision::Year)) return std::nullopt;
    d->qualifier = part.qualifier;
    return d;
  }
  return parse_plain_date(text);
}

namespace {

std::optional<Date> parse_plain_date(std::string_view text) {
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

}  // namespace

std::string why_not_a_date(std::string_view text) {
  if (text.starts_with("~")) text.remove_prefix(1);
  for (std::string_view suffix : {"-early", "-mid", "-late", "-spring", "-summer", "-autumn", "-winter"})
    if (text.ends_with(suffix)) {
      bool of_month = suffix == "-early" || suffix == "-mid" || suffix == "-late";
      text.remove_suffix(suffix.size());
      if (of_month && text.size() != 7) return fmt::format("'{}' is a part of a month: write YYYY-MM{}", suffix, suffix);
      if (!of_month && text.size() != 4) return fmt::format("'{}' is a season of a year: write YYYY{}", suffix, suffix);
      break;
    }
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
