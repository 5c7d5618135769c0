#include "resolve/event_wording.hpp"

#include "text/case_map.hpp"
#include "text/catalog.hpp"
#include "text/placeholders.hpp"
#include "text/date_forms.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>
#include <charconv>

namespace briefc::resolve {

namespace {

using text::DateUse;
using text::EventWord;
using text::MonthForm;
using text::RoughDate;
namespace msg = text::msg;

text::CalendarDate calendar(const model::Date& d) {
  auto precision = d.precision == model::DatePrecision::Day     ? text::DatePrecision::Day
                   : d.precision == model::DatePrecision::Month ? text::DatePrecision::Month
                                                                : text::DatePrecision::Year;
  return {d.year, d.month, d.day, precision};
}

// A date pattern's {month} (in its three forms) and {year}.
std::string say_month(const Phrasing& p, const text::Message& pattern, const model::Date& d) {
  const std::string year = std::to_string(d.year);
  const std::string nominative = say(p, text::month_name(d.month, MonthForm::Nominative));
  const std::string genitive = say(p, text::month_name(d.month, MonthForm::Genitive));
  const std::string locative = say(p, text::month_name(d.month, MonthForm::Locative));
  return say(p, pattern,
             {{"month", nominative}, {"month_genitive", genitive}, {"month_locative", locative}, {"year", year}});
}

// "5 years", "1 year and 6 months", "15 days"; Russian "5 лет", "1 год и 6 месяцев".
std::string term(const Phrasing& p, const model::CaseEvent& e) {
  std::vector<std::string> parts;
  auto add = [&](int n, const text::Message& unit) {
    if (n > 0) parts.push_back(say(p, unit, {{"n", std::to_string(n)}}, n));
  };
  add(e.years, msg::years);
  add(e.months, msg::months);
  add(e.days, msg::days);
  return join_list(p.locales, parts, p.lang);
}

// What someone is sentenced to: "5 years of imprisonment and a fine of …";
// Russian in the dative, "к лишению свободы сроком на 5 лет".
std::string sentence_phrase(const Phrasing& p, const model::CaseEvent& e) {
  const std::string t = term(p, e);
  const std::string amount = amount_phrase(p, e);
  const std::string& kind = e.sentence;
  std::string out;
  if (kind == "fine")
    out = say(p, *text::sentence_kind("fine", !amount.empty()), {{"amount", amount}});
  else if (auto words = text::sentence_kind(kind, !t.empty()))
    out = say(p, *words, {{"term", t}});
  else if (!t.empty())
    out = say(p, msg::sentence_term_only, {{"term", t}});
  if (!amount.empty() && kind != "fine")
    out = out.empty() ? say(p, *text::sentence_kind("fine", true), {{"amount", amount}})
                      : say(p, msg::sentence_and_fine, {{"sentence", out}, {"amount", amount}});
  return out;
}

// A date that a source gave only roughly, as it was written: "late August
// 2020", "autumn 2023", "around 17 August 2020" (Russian "конец августа
// 2020 г."), alone, after "in" ("в конце августа", "осенью") or after "since"
// ("с конца августа", "с осени").
std::string qualified_date(const Phrasing& p, const model::Date& d, DateUse use) {
  using Q = model::DateQualifier;
  model::Date plain = d;
  plain.qualifier = Q::None;
  switch (d.qualifier) {
    case Q::Early: return say_month(p, text::rough_date(RoughDate::Early, use), d);
    case Q::Mid: return say_month(p, text::rough_date(RoughDate::Mid, use), d);
    case Q::Late: return say_month(p, text::rough_date(RoughDate::Late, use), d);
    case Q::Spring: return say_month(p, text::rough_date(RoughDate::Spring, use), d);
    case Q::Summer: return say_month(p, text::rough_date(RoughDate::Summer, use), d);
    case Q::Autumn: return say_month(p, text::rough_date(RoughDate::Autumn, use), d);
    case Q::Winter: return say_month(p, text::rough_date(RoughDate::Winter, use), d);
    case Q::Around: return say(p, text::rough_date(RoughDate::Around, use), {{"date", written_date(p, plain)}});
    case Q::None: break;
  }
  return {};
}

}  // namespace

std::string say(const Phrasing& p, const text::Message& message,
                std::initializer_list<std::pair<std::string_view, std::string_view>> values, long long count) {
  return text::fill_pattern(text::translate(p.locales, message, p.lang, count), values);
}

std::string written_date(const Phrasing& p, const model::Date& d) {
  if (d.qualifier != model::DateQualifier::None) return qualified_date(p, d, DateUse::Bare);
  return text::format_date_in_form(p.locales, calendar(d), p.lang,
                                   p.ordinal_days ? text::DayForm::Ordinal : text::DayForm::Cardinal);
}

std::string date_phrase(const Phrasing& p, const model::Date& d) {
  if (d.qualifier != model::DateQualifier::None) return qualified_date(p, d, DateUse::In);
  switch (d.precision) {
    case model::DatePrecision::Day: return say(p, msg::on_day, {{"date", written_date(p, d)}});
    case model::DatePrecision::Month: return say_month(p, msg::in_month, d);
    case model::DatePrecision::Year: break;
  }
  return say(p, msg::in_year, {{"year", std::to_string(d.year)}});
}

std::string since_phrase(const Phrasing& p, const model::Date& d) {
  if (d.qualifier != model::DateQualifier::None) return qualified_date(p, d, DateUse::Since);
  switch (d.precision) {
    case model::DatePrecision::Day: return say(p, msg::since_day, {{"date", written_date(p, d)}});
    case model::DatePrecision::Month: return say_month(p, msg::since_month, d);
    case model::DatePrecision::Year: break;
  }
  return say(p, msg::since_year, {{"year", std::to_string(d.year)}});
}

std::string amount_phrase(const Phrasing& p, const model::CaseEvent& e) {
  auto number = [&](std::string_view written) {
    // "~340": about that much, as the source put it.
    const bool about = written.starts_with("~");
    if (about) written.remove_prefix(1);
    std::string figure(written);
    long long value = 0;
    auto r = std::from_chars(written.data(), written.data() + written.size(), value);
    if (r.ec == std::errc{} && r.ptr == written.data() + written.size())
      figure = text::format_integer(p.locales, value, p.lang);
    return about ? say(p, msg::about_amount, {{"n", figure}}) : figure;
  };
  auto with_currency = [&](const std::string& amount, const std::string& currency) {
    std::string out = number(amount);
    if (!currency.empty()) out += fmt::format("\u00A0{}", currency);
    return out;
  };
  // A sum known only in another currency keeps its figure.
  if (e.amount.empty())
    return e.converted_amount.empty() ? std::string{} : with_currency(e.converted_amount, e.converted_currency);
  std::string out = with_currency(e.amount, e.currency);
  if (!e.converted_amount.empty()) out += fmt::format(" ({})", with_currency(e.converted_amount, e.converted_currency));
  return out;
}

std::string provisions_phrase(const Phrasing& p, const model::CaseEvent& e) {
  // Group consecutive provisions of one code: "Articles 174, 274, and 400 of the Criminal Code".
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  for (const auto& id : e.provisions) {
    const auto* prov = p.corpus.provision(id);
    if (!prov) continue;
    std::string article = prov->part.empty()
                              ? say(p, msg::article, {{"article", prov->article}})
                              : say(p, msg::article_part, {{"article", prov->article}, {"part", prov->part}});
    if (groups.empty() || groups.back().first != prov->code) groups.push_back({prov->code, {}});
    groups.back().second.push_back(article);
  }
  std::vector<std::string> phrases;
  for (const auto& [code, articles] : groups)
    phrases.push_back(say(p, text::provisions_of_code(code), {{"articles", join_list(p.locales, articles, p.lang)}},
                          articles.size() == 1 ? 1 : 2));
  return join_list(p.locales, phrases, p.lang);
}

bool is_development(const model::CaseEvent& e) {
  return e.type == "detention" || e.type == "charge" || e.type == "sentence" || e.type == "fine" ||
         e.type == "release" || e.type == "death";
}

std::string event_predicate(const Phrasing& p, const model::CaseEvent& e, Agreement a, bool with_auxiliary) {
  std::string sentence, amount;
  EventWord word;
  if (e.type == "detention")
    word = EventWord::Detained;
  else if (e.type == "charge")
    word = EventWord::Charged;
  else if (e.type == "sentence") {
    sentence = sentence_phrase(p, e);
    word = sentence.empty() ? EventWord::Sentenced : EventWord::SentencedTo;
  } else if (e.type == "fine") {
    amount = amount_phrase(p, e);
    word = amount.empty() ? EventWord::Fined : EventWord::FinedAmount;
  } else if (e.type == "release")
    word = EventWord::Released;
  else if (e.type == "death")
    word = EventWord::Died;
  else
    return e.description;
  std::string out = say(p, text::event_word(word, a), {{"sentence", sentence}, {"amount", amount}});
  if (e.type == "charge" || e.type == "sentence" || e.type == "fine")
    if (std::string provisions = provisions_phrase(p, e); !provisions.empty())
      out = say(p, msg::under_provisions, {{"predicate", out}, {"provisions", provisions}});
  // "died" is a verb of its own; the others are participles.
  if (with_auxiliary && word != EventWord::Died) out = say(p, text::auxiliary(a), {{"predicate", out}});
  return out;
}

std::string status_phrase(const Phrasing& p, const model::CaseStatus& s, Agreement a) {
  const std::string& v = s.value;
  // An end, worded as the event: "released in February 2021".
  if (v == "released" || v == "deceased")
    return say(p, msg::predicate_date,
               {{"predicate", say(p, text::event_word(v == "released" ? EventWord::Released : EventWord::Died, a))},
                {"date", date_phrase(p, s.since)}});
  // A project's own status in its own words, a built-in one in the catalog's,
  // else its value.
  std::string words = v;
  if (const auto* own = p.corpus.vocabulary.label(v, p.lang))
    words = *own;
  else if (auto built_in = text::status_words(v))
    words = say(p, *built_in);
  return say(p, msg::status_since, {{"status", words}, {"since", since_phrase(p, s.since)}});
}

std::string with_full_stop(std::string s) {
  if (s.empty() || s.back() != '.') s += '.';
  return s;
}

std::string capitalised(const text::LocaleContext& locales, const std::string& s, const std::string& lang) {
  if (s.empty()) return s;
  std::size_t i = 0;
  text::decode_at(s, i);
  return text::to_upper(locales, s.substr(0, i), lang) + s.substr(i);
}

}  // namespace briefc::resolve
