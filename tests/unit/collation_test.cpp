// text/collation (as generated lists use it) and text/date_forms: the order of names a reader of the
// language expects, and the day form a style asks for.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/collation.hpp"
#include "text/date_forms.hpp"
#include "text/locale_context.hpp"

using namespace briefc::text;

namespace {

std::vector<std::string> sorted(const LocaleContext& locales, const std::vector<std::string>& names, const char* lang) {
  std::vector<std::string> out;
  for (std::size_t i : collation_order(locales, names, lang)) out.push_back(names[i]);
  return out;
}

}  // namespace

TEST_CASE("names sort in the collation of their language, not in byte order") {
  LocaleContext locales;
  // Bytes put "Ämirova" after "Zhakupova" and every capital before "de Souza".
  CHECK(sorted(locales, {"Zhakupova", "Ämirova", "de Souza", "Abenov", "Dunaev"}, "en") ==
        std::vector<std::string>{"Abenov", "Ämirova", "de Souza", "Dunaev", "Zhakupova"});
  // Russian: Ё with Е (bytes: Ё before А).
  CHECK(sorted(locales, {"Жакупова", "Ёлкин", "Абенов", "Елемесов"}, "ru") ==
        std::vector<std::string>{"Абенов", "Елемесов", "Ёлкин", "Жакупова"});
  // Kazakh: Ә right after А, Қ after К, Ү after У (bytes put them after Я).
  CHECK(sorted(locales, {"Бекова", "Әмирова", "Абенов", "Қасымов", "Кенжебаев", "Лукин"}, "kk") ==
        std::vector<std::string>{"Абенов", "Әмирова", "Бекова", "Кенжебаев", "Қасымов", "Лукин"});
}

TEST_CASE("equal keys keep their order (surname, then given name)") {
  LocaleContext locales;
  CHECK(collation_order(locales, {"Abishev Kenzhebek", "Abishev Asset", "Abishev Kenzhebek"}, "en") ==
        std::vector<std::size_t>{1, 0, 2});
}

TEST_CASE("ordinal days in English, the usual form elsewhere") {
  LocaleContext locales;
  CHECK(english_ordinal(1) == "1st");
  CHECK(english_ordinal(2) == "2nd");
  CHECK(english_ordinal(3) == "3rd");
  CHECK(english_ordinal(4) == "4th");
  CHECK(english_ordinal(11) == "11th");
  CHECK(english_ordinal(12) == "12th");
  CHECK(english_ordinal(13) == "13th");
  CHECK(english_ordinal(21) == "21st");
  CHECK(english_ordinal(22) == "22nd");
  CHECK(english_ordinal(31) == "31st");
  CHECK(english_ordinal(111) == "111th");
  CalendarDate day{2024, 10, 6, DatePrecision::Day};
  CHECK(format_date_in_form(locales, day, "en", DayForm::Ordinal) == "6th October 2024");
  CHECK(format_date_in_form(locales, day, "en", DayForm::Cardinal) == "6 October 2024");
  CHECK(format_date_in_form(locales, {2024, 10, 22, DatePrecision::Day}, "en-US", DayForm::Ordinal) ==
        "October 22nd, 2024");
  CHECK(format_date_in_form(locales, {2020, 10, 20, DatePrecision::Day}, "en", DayForm::Ordinal) ==
        "20th October 2020");
  CHECK(format_date_in_form(locales, day, "ru", DayForm::Ordinal) == "6 октября 2024\u202Fг.");
  CHECK(format_date_in_form(locales, {2024, 10, 0, DatePrecision::Month}, "en", DayForm::Ordinal) == "October 2024");
}
