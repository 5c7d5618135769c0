// The words generated text uses for the facts of the records: dates in the
// style's form, amounts with their currency, what an event did to the people
// of a case, and what their status is. English and Russian; a document in
// another language gets the English wording.
#pragma once

#include "model/corpus.hpp"
#include "resolve/names.hpp"
#include "text/locale_context.hpp"

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

// Fixed words of generated text, in the document's language. ("(new)" is a
// catalog message: text::msg::new_in_edition.)
enum class Label {
  StatusAsOf,             // "As of {date}:"
  FirstMade,              // "first made"
  RepeatedIn,             // "repeated in"
  NoDevelopments,         // "The records hold no developments since the last briefing."
  NoDevelopmentsInPeriod  // "The records hold no developments in the period."
};
std::string label(const Phrasing& p, Label which);

// `s` ending with a full stop, unless it already ends with one (a Russian
// date does: "6 октября 2024 г.").
std::string with_full_stop(std::string s);

// The sentence starting with a capital: "released" → "Released" (ASCII and
// Cyrillic first letters).
std::string capitalised(const text::LocaleContext& locales, const std::string& s, const std::string& lang);

}  // namespace briefc::resolve
