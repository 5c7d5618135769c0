// The day form a style asks for: "6 October 2024" or "6th October 2024".
// A thin layer over format_date (dates.hpp), which keeps ICU's long date.
#pragma once

#include <string>
#include <string_view>

#include "text/dates.hpp"
#include "text/locale_context.hpp"

namespace briefc::text {

enum class DayForm {
  Cardinal,  // "6 October 2024" (ICU's long date, as format_date writes it)
  Ordinal,   // "6th October 2024" in English; other languages keep their own form
};

// format_date, with the day number as an English ordinal when `form` is
// Ordinal, `lang` is English and the date is known to the day:
// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st".
// Russian and Kazakh have no such suffix in dates ("6 октября 2024 г."), so
// for them, and for month or year precision, the result is format_date's.
std::string format_date_in_form(const LocaleContext& context, const CalendarDate& date, std::string_view lang,
                                DayForm form);

// "1st", "2nd", "3rd", "4th", "11th", "101st", "112th".
std::string english_ordinal(int n);

}  // namespace briefc::text
