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

struct Date {
  int year = 0;
  int month = 0;  // 1-12, 0 when precision is Year
  int day = 0;    // 1-31, 0 unless precision is Day
  DatePrecision precision = DatePrecision::Day;

  // The first and last day the date can mean, as YYYYMMDD numbers, so a date
  // known only by month can be compared with a period (it overlaps it when any
  // of its days does).
  int first_day_key() const;
  int last_day_key() const;
  std::string iso() const;  // "2020", "2020-06" or "2020-06-22"
};

// Parses YYYY, YYYY-MM or YYYY-MM-DD and checks the day exists in that month
// (leap years included). Returns nothing for anything else.
std::optional<Date> parse_date(std::string_view text);

int days_in_month(int year, int month);

// Why parse_date refused `text`, in words for a person: "February 2020 has
// only 29 days", "there is no month 13"; a caller's hint lists the forms.
std::string why_not_a_date(std::string_view text);

}  // namespace briefc::model
