// Dates and numbers as briefc prints them.
//
// Both come out with no-break spaces where a line must not end ("6 октября
// 2024 г." keeps "г." with the year; "444 500 KZT" keeps the number whole),
// which is why is_no_break_space lives here, next to the code that emits them.
#pragma once

#include <string>
#include <string_view>

#include "text/locale_context.hpp"

namespace briefc::text {

// How much of a date the source states; the XML form is the precision:
// "2020-06-15", "2020-06", "2020".
enum class DatePrecision {
    Year,   // "2020": the year only
    Month,  // "2020-06": some day in June 2020
    Day,    // "2020-06-15": that day
};

// A Gregorian calendar date with the precision the source gives it.
struct CalendarDate {
    int year;
    int month;  // 1–12; 0 when precision is Year
    int day;    // 1–31; 0 unless precision is Day
    DatePrecision precision;
};

// The date written out in `lang` (a BCP 47 tag):
//             Day                  Month               Year
//   en        6 October 2024       October 2024        2024
//   ru        6 октября 2024 г.    октябрь 2024 г.     2024 г.
//   kk        2024 ж. 6 қазан      2024 ж. қазан       2024 ж.
//   others    ICU's long date      "%B %Y"             the year
// The space before "г." and after "ж." is U+202F (narrow no-break space), as
// ICU/CLDR writes it; the other spaces are ordinary. The day form is ICU's
// long date pattern (CLDR); "en" means en-GB, "en-US" gives "October 6, 2024".
// The Russian month form uses the nominative ("октябрь"), not the genitive of
// the day form ("6 октября").
// Only the fields the precision needs are read: Day needs a real date
// (not 2023-02-29), Month a month of 1–12; std::invalid_argument otherwise.
// The check/ stage rejects such dates first, so this is a programming error.
std::string format_date(const LocaleContext& context, const CalendarDate& date, std::string_view lang);

// An integer with its digits grouped in threes by U+00A0 (no-break space),
// for every language: "444 500", "1 234 567", "-1 500", "999". briefc's
// papers write amounts as "444 500 KZT" in English as well as Russian and
// Kazakh, so the separator is a typographic house rule, not a locale one
// (en-GB would use a comma); one rule also keeps numbers identical across
// the language versions of a paper. Four-digit numbers are grouped too
// ("1 500"), as ICU does for ru and kk. `context` and `lang` are accepted so
// that a language needing other digits can be added without changing callers;
// today they do not affect the result.
std::string format_integer(const LocaleContext& context, long long value, std::string_view lang);

// True for the spaces that must not become a line break or stretch when a
// line is justified: U+00A0 NO-BREAK SPACE, U+202F NARROW NO-BREAK SPACE and
// U+2007 FIGURE SPACE.
constexpr bool is_no_break_space(char32_t cp) { return cp == 0x00A0 || cp == 0x202F || cp == 0x2007; }

}  // namespace briefc::text
