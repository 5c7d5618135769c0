#include "text/dates.hpp"

#include <boost/locale/format.hpp>
#include <boost/locale/formatting.hpp>

#include <chrono>
#include <ctime>
#include <sstream>
#include <stdexcept>

namespace briefc::text {

namespace {

constexpr std::string_view narrow_no_break_space = "\u202F";

std::string_view primary_language(std::string_view bcp47) { return bcp47.substr(0, bcp47.find_first_of("-_")); }

bool language_is(std::string_view bcp47, std::string_view language) {
    const std::string_view primary = primary_language(bcp47);
    if (primary.size() != language.size()) return false;
    for (std::size_t i = 0; i < primary.size(); ++i)
        if ((primary[i] | 0x20) != language[i]) return false;
    return true;
}

// Noon UTC of a valid date, formatted with as::gmt: no time zone can move it
// to a neighbouring day.
std::time_t noon_utc(const CalendarDate& date, int month, int day) {
    using namespace std::chrono;
    const year_month_day ymd{year{date.year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) throw std::invalid_argument("format_date: no such date");
    const auto seconds = duration_cast<std::chrono::seconds>(sys_days{ymd}.time_since_epoch()) + hours{12};
    return static_cast<std::time_t>(seconds.count());
}

// ICU through Boost.Locale, with a strftime-style pattern; literal text in
// the pattern is passed through quoted.
std::string icu_strftime(const LocaleContext& context, std::string_view lang, const char* pattern,
                         std::time_t when) {
    std::ostringstream out;
    out.imbue(context.locale_for(lang));
    out << boost::locale::as::ftime(pattern) << boost::locale::as::gmt << when;
    return out.str();
}

// Boost.Locale maps %B to ICU's "MMMM", the month as it stands inside a date
// ("6 октября": genitive), and offers no way to reach the stand-alone form
// ICU writes "LLLL". A month on its own is nominative in Russian, so briefc
// keeps these twelve CLDR stand-alone names itself.
constexpr std::string_view russian_months_nominative[12] = {
    "январь", "февраль", "март",     "апрель",  "май",    "июнь",
    "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь",
};

std::string format_day(const LocaleContext& context, const CalendarDate& date, std::string_view lang) {
    // date_long alone prints the raw number: as::date selects date display.
    std::ostringstream out;
    out.imbue(context.locale_for(lang));
    out << boost::locale::as::date << boost::locale::as::date_long << boost::locale::as::gmt
        << noon_utc(date, date.month, date.day);
    return out.str();
}

std::string format_month(const LocaleContext& context, const CalendarDate& date, std::string_view lang) {
    const std::time_t when = noon_utc(date, date.month, 1);
    if (language_is(lang, "ru"))
        return std::string(russian_months_nominative[date.month - 1]) + " " + std::to_string(date.year) +
               std::string(narrow_no_break_space) + "г.";
    if (language_is(lang, "kk")) return icu_strftime(context, lang, "%Y\u202Fж. %B", when);
    return icu_strftime(context, lang, "%B %Y", when);
}

std::string format_year(const CalendarDate& date, std::string_view lang) {
    std::string text = std::to_string(date.year);
    if (language_is(lang, "ru")) text += std::string(narrow_no_break_space) + "г.";
    if (language_is(lang, "kk")) text += std::string(narrow_no_break_space) + "ж.";
    return text;
}

}  // namespace

std::string format_date(const LocaleContext& context, const CalendarDate& date, std::string_view lang) {
    switch (date.precision) {
    case DatePrecision::Day: return format_day(context, date, lang);
    case DatePrecision::Month: return format_month(context, date, lang);
    case DatePrecision::Year: return format_year(date, lang);
    }
    throw std::invalid_argument("format_date: unknown precision");
}

std::string format_integer(const LocaleContext& /*context*/, long long value, std::string_view /*lang*/) {
    // Work on the magnitude as unsigned so LLONG_MIN does not overflow.
    unsigned long long magnitude = value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                                             : static_cast<unsigned long long>(value);
    const std::string digits = std::to_string(magnitude);

    std::string text = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) text += "\u00A0";
        text += digits[i];
    }
    return text;
}

}  // namespace briefc::text
