// The words generated text uses for the facts of the records: dates in the
// style's form, amounts with their currency, what an event did to the people
// of a case, and what their status is. Every word comes from the message
// catalogs (text/record_messages.hpp): English, Russian and Kazakh; a language
// without a catalog gets the English wording.
#pragma once

#include "model/corpus.hpp"
#include "resolve/names.hpp"
#include "text/locale_context.hpp"
#include "text/record_messages.hpp"

#include <initializer_list>
#include <string_view>
#include <utility>

#include <string>

namespace briefc::resolve {

// What every phrase depends on.
struct Phrasing {
  const text::LocaleContext& locales;
  const model::Corpus& corpus;
  std::string lang;           // the document's language
  bool ordinal_days = false;  // the style's <dates day="ordinal"/>
};

// "6 October 2024" (or "6th October 2024"), "October 2024", "2024"; Russian
// "6 октября 2024 г.", "октябрь 2024 г.", "2024 г.".
std::string written_date(const Phrasing& p, const model::Date& d);

// When it happened, as a sentence continues: "on 6 October 2024",
// "in October 2024", "in 2024"; Russian "6 октября 2024 г.",
// "в октябре 2024 г.", "в 2024 г.".
std::string date_phrase(const Phrasing& p, const model::Date& d);

// From when a status holds: "since 6 October 2024", "since October 2024";
// Russian "с 6 октября 2024 г.", "с октября 2024 г.".
std::string since_phrase(const Phrasing& p, const model::Date& d);

// "444 500 KZT (930 EUR)": the amount with digits grouped by no-break spaces
// (text::format_integer), its currency, and the converted figure in brackets
// when the record has one. An amount that is not a whole number is printed as
// written. Empty when the event has no amount.
std::string amount_phrase(const Phrasing& p, const model::CaseEvent& e);

// "Article 274 of the Criminal Code", "Articles 174, 274, and 400 of the
// Criminal Code"; Russian "статье 274 Уголовного кодекса" (the dative the
// preposition "по" takes). Empty when the event names no provision.
std::string provisions_phrase(const Phrasing& p, const model::CaseEvent& e);

// Event types that change where a person is or what they face, and so are
// listed as developments: detention, charge, sentence, fine, release, death.
bool is_development(const model::CaseEvent& e);

// What the event did, as the predicate of a sentence whose subject is the
// case's people, without the date: "was sentenced to 5 years of imprisonment
// under Article 182 of the Criminal Code", "were detained", "died",
// "was fined 95 000 KZT (190 EUR)"; Russian "приговорена к лишению свободы
// сроком на 5 лет по статье 182 Уголовного кодекса". `with_auxiliary` false
// drops English "was"/"were" for a sentence without a subject ("Released in
// February 2021.").
std::string event_predicate(const Phrasing& p, const model::CaseEvent& e, Agreement agreement, bool with_auxiliary);

// A status with its date: "imprisoned since 15 July 2020", "released in
// February 2021", "died in November 2021"; Russian "в заключении с 15 июля
// 2020 г.", "освобождён в феврале 2021 г.".
std::string status_phrase(const Phrasing& p, const model::CaseStatus& s, Agreement agreement);

// A message in the document's language with its placeholders filled:
// say(p, text::msg::as_of, {{"date", "31 October 2020"}}). `count` picks the
// plural form.
std::string say(const Phrasing& p, const text::Message& message,
                std::initializer_list<std::pair<std::string_view, std::string_view>> values = {},
                long long count = 1);

// `s` ending with a full stop, unless it already ends with one (a Russian
// date does: "6 октября 2024 г.").
std::string with_full_stop(std::string s);

// The sentence starting with a capital: "released" → "Released" (ASCII and
// Cyrillic first letters).
std::string capitalised(const text::LocaleContext& locales, const std::string& s, const std::string& lang);

}  // namespace briefc::resolve
