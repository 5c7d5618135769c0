#include "text/date_forms.hpp"

namespace briefc::text {

std::string english_ordinal(int n) {
  const int last_two = n % 100;
  const char* suffix = "th";
  if (last_two < 11 || last_two > 13) {
    switch (n % 10) {
      case 1:
        suffix = "st";
        break;
      case 2:
        suffix = "nd";
        break;
      case 3:
        suffix = "rd";
        break;
      default:
        break;
    }
  }
  return std::to_string(n) + suffix;
}

std::string format_date_in_form(const LocaleContext& context, const CalendarDate& date, std::string_view lang,
                                DayForm form) {
  std::string text = format_date(context, date, lang);
  const bool english = lang.size() >= 2 && (lang[0] | 0x20) == 'e' && (lang[1] | 0x20) == 'n' &&
                       (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
  if (form != DayForm::Ordinal || !english || date.precision != DatePrecision::Day) return text;
  // ICU writes the day as a plain number: "6 October 2024" (en-GB) or
  // "October 6, 2024" (en-US). Replace that number, wherever it stands.
  const std::string day = std::to_string(date.day);
  for (std::size_t at = text.find(day); at != std::string::npos; at = text.find(day, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const std::size_t end = at + day.size();
    const bool ends = end == text.size() || text[end] == ' ' || text[end] == ',';
    if (starts && ends) return text.replace(at, day.size(), english_ordinal(date.day));
  }
  return text;
}

}  // namespace briefc::text
