// A calendar date as the records give it: to the day, the month or the year.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace briefc::model {

enum class DatePrecision {
  Year,   // "2020": some day in 2020
  Month,  // "2020-06": some day in June 2020
  Day,    // "2020-06-22"
};

// What a source says of a date less precise than a day, or not sure of it:
// "in late August" (a month's part), "in autumn 2023" (a season), "around
// 17 August". The date then means the range of days it covers; it prints as
// it was written.
enum class DateQualifier {
  None,
  Early, Mid, Late,                // of a month: days 1-10, 11-20, 21 to its end
  Spring, Summer, Autumn, Winter,  // of a year: March-May, June-August, September-November,
                                   // December to the next February
  Around,                          // about that day (a week either side) or that month or year
};

struct Date {
  int year = 0;
  int month = 0;  // 1-12, 0 when precision is Year (a season too)
  int day = 0;    // 1-31, 0 unless precision is Day
  DatePrecision precision = DatePrecision::Day;
  DateQualifier qualifier = DateQualifier::None;

  // The first and last day the date can mean, as YYYYMMDD numbers, so a date
  // known only by month can be compared with a period (it overlaps it when any
  // of its days does).
  int first_day_key() const;
  int last_day_key() const;
  // "2020", "2020-06" or "2020-06-22"; with a qualifier as it is written:
  // "2020-08-late", "2023-autumn", "~2020-08-17".
  std::string iso() const;
  bool season() const;
};

// Parses YYYY, YYYY-MM or YYYY-MM-DD and checks the day exists in that month
// (leap years included); also YYYY-MM-early|mid|late, YYYY-spring|summer|
// autumn|winter, and any of these after "~" (around). Returns nothing for
// anything else.
std::optional<Date> parse_date(std::string_view text);

int days_in_month(int year, int month);

// Why parse_date refused `text`, in words for a person: "February 2020 has
// only 29 days", "there is no month 13"; a caller's hint lists the forms.
std::string why_not_a_date(std::string_view text);

}  // namespace briefc::model
