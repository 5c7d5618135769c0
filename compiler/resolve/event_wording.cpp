#include "resolve/event_wording.hpp"

#include "text/case_map.hpp"
#include "text/date_forms.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>
#include <charconv>

namespace briefc::resolve {

namespace {

bool russian(const Phrasing& p) {
  return p.lang.rfind("ru", 0) == 0;
}

// Russian month names in the genitive ("с июля") and prepositional ("в июле")
// cases, which ICU's date formats do not offer on their own.
constexpr const char* ru_months_genitive[12] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                                "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr const char* ru_months_prepositional[12] = {"январе", "феврале", "марте",    "апреле",  "мае",    "июне",
                                                     "июле",   "августе", "сентябре", "октябре", "ноябре", "декабре"};
constexpr const char* ru_year_suffix = "\u202Fг.";

text::CalendarDate calendar(const model::Date& d) {
  auto precision = d.precision == model::DatePrecision::Day     ? text::DatePrecision::Day
                   : d.precision == model::DatePrecision::Month ? text::DatePrecision::Month
                                                                : text::DatePrecision::Year;
  return {d.year, d.month, d.day, precision};
}

// Russian plural forms: 1 год, 2 года, 5 лет; 21 год, 11 лет.
const char* ru_plural(int n, const char* one, const char* few, const char* many) {
  int last_two = n % 100, last = n % 10;
  if (last == 1 && last_two != 11) return one;
  if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return few;
  return many;
}

// "5 years", "1 year and 6 months", "15 days"; Russian "5 лет", "1 год и 6 месяцев".
std::string term(const Phrasing& p, const model::CaseEvent& e) {
  std::vector<std::string> parts;
  auto add = [&](int n, const char* en_one, const char* en_many, const char* ru_one, const char* ru_few,
                 const char* ru_many) {
    if (n <= 0) return;
    if (russian(p))
      parts.push_back(fmt::format("{} {}", n, ru_plural(n, ru_one, ru_few, ru_many)));
    else
      parts.push_back(fmt::format("{} {}", n, n == 1 ? en_one : en_many));
  };
  add(e.years, "year", "years", "год", "года", "лет");
  add(e.months, "month", "months", "месяц", "месяца", "месяцев");
  add(e.days, "day", "days", "день", "дня", "дней");
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? (russian(p) ? " и " : " and ") : ", ") + parts[i];
  return out;
}

// English: what someone is sentenced to. Russian: the same in the dative,
// with the term as "сроком на …".
std::string sentence_phrase(const Phrasing& p, const model::CaseEvent& e) {
  std::string t = term(p, e);
  std::string amount = amount_phrase(p, e);
  const std::string& kind = e.sentence;
  std::string out;
  if (russian(p)) {
    const char* what = kind == "imprisonment"               ? "лишению свободы"
                       : kind == "restricted-freedom"       ? "ограничению свободы"
                       : kind == "administrative-detention" ? "административному аресту"
                       : kind == "suspended"                ? "условному сроку"
                       : kind == "fine"                     ? "штрафу"
                       : kind == "psychiatric" ? "принудительному психиатрическому лечению"
                       : kind == "ban" ? "запрету на деятельность"
                                       : "";
    if (*what) out = fmt::format("к {}", what);
    if (!t.empty() && kind != "fine") out += (out.empty() ? "на срок " : " сроком на ") + t;
    if (!amount.empty()) out += (kind == "fine" ? " в размере " : (out.empty() ? "к штрафу " : " и штрафу ")) + amount;
    return out;
  }
  if (kind == "imprisonment" || kind == "restricted-freedom" || kind == "administrative-detention") {
    std::string what = kind == "imprisonment"         ? "imprisonment"
                       : kind == "restricted-freedom" ? "restricted freedom"
                                                      : "administrative detention";
    out = t.empty() ? what : t + " of " + what;
  } else if (kind == "suspended") {
    out = t.empty() ? "a suspended sentence" : "a suspended sentence of " + t;
  } else if (kind == "fine") {
    out = amount.empty() ? "a fine" : "a fine of " + amount;
  } else if (kind == "psychiatric") {
    out = "compulsory psychiatric treatment";
  } else if (kind == "ban") {
    out = t.empty() ? "a ban" : "a ban of " + t;
  } else if (!t.empty()) {
    out = t;
  }
  if (!amount.empty() && kind != "fine") out += (out.empty() ? "a fine of " : " and a fine of ") + amount;
  return out;
}

// m / f / plural forms of a Russian short participle or past verb.
std::string ru_agree(Agreement a, const char* m, const char* f, const char* pl) {
  return a == Agreement::Feminine ? f : a == Agreement::Plural ? pl : m;
}

std::string code_name(const Phrasing& p, const std::string& code) {
  if (russian(p)) {
    if (code == "criminal") return "Уголовного кодекса";
    if (code == "administrative") return "Кодекса об административных правонарушениях";
    if (code == "civil") return "Гражданского кодекса";
    if (code == "constitution") return "Конституции";
    return "";
  }
  if (code == "criminal") return "the Criminal Code";
  if (code == "administrative") return "the Administrative Code";
  if (code == "civil") return "the Civil Code";
  if (code == "constitution") return "the Constitution";
  return "";
}

}  // namespace

namespace {

// A date that a source gave only roughly, as it was written: "late August
// 2020", "autumn 2023", "around 17 August 2020" (Russian: "конец августа
// 2020 г." …). `preposition`: the form after "in"/"в" (Russian declines it:
// "в конце августа", "осенью"), after "since"/"с" ("с конца августа",
// "с осени"), or none. Empty for a date without a qualifier.
enum class DateUse { Bare, In, Since };

std::string qualified_date(const Phrasing& p, const model::Date& d, DateUse use);

}  // namespace

std::string written_date(const Phrasing& p, const model::Date& d) {
  if (d.qualifier != model::DateQualifier::None) return qualified_date(p, d, DateUse::Bare);
  return text::format_date_in_form(p.locales, calendar(d), p.lang,
                                   p.ordinal_days ? text::DayForm::Ordinal : text::DayForm::Cardinal);
}

namespace {

std::string qualified_date(const Phrasing& p, const model::Date& d, DateUse use) {
  using Q = model::DateQualifier;
  model::Date plain = d;
  plain.qualifier = Q::None;
  const bool ru = russian(p);
  switch (d.qualifier) {
    case Q::Early:
    case Q::Mid:
    case Q::Late: {
      if (ru) {
        const char* part = d.qualifier == Q::Early ? (use == DateUse::Since ? "начала" : use == DateUse::In ? "начале" : "начало")
                           : d.qualifier == Q::Mid ? (use == DateUse::Since ? "середины" : use == DateUse::In ? "середине" : "середина")
                                                   : (use == DateUse::Since ? "конца" : use == DateUse::In ? "конце" : "конец");
        return fmt::format("{}{} {} {}{}", use == DateUse::Since ? "с " : use == DateUse::In ? "в " : "", part,
                           ru_months_genitive[d.month - 1], d.year, ru_year_suffix);
      }
      const char* part = d.qualifier == Q::Early ? "early" : "late";
      std::string month = written_date(p, plain);  // "August 2020"
      std::string words = d.qualifier == Q::Mid ? fmt::format("mid-{}", month) : fmt::format("{} {}", part, month);
      return (use == DateUse::Since ? "since " : use == DateUse::In ? "in " : "") + words;
    }
    case Q::Spring:
    case Q::Summer:
    case Q::Autumn:
    case Q::Winter: {
      int i = d.qualifier == Q::Spring ? 0 : d.qualifier == Q::Summer ? 1 : d.qualifier == Q::Autumn ? 2 : 3;
      if (ru) {
        static constexpr const char* bare[] = {"весна", "лето", "осень", "зима"};
        static constexpr const char* in[] = {"весной", "летом", "осенью", "зимой"};
        static constexpr const char* since[] = {"с весны", "с лета", "с осени", "с зимы"};
        const char* word = use == DateUse::Since ? since[i] : use == DateUse::In ? in[i] : bare[i];
        return fmt::format("{} {}{}", word, d.year, ru_year_suffix);
      }
      static constexpr const char* seasons[] = {"spring", "summer", "autumn", "winter"};
      return fmt::format("{}{} {}", use == DateUse::Since ? "since " : use == DateUse::In ? "in " : "", seasons[i],
                         d.year);
    }
    case Q::Around: {
      std::string date = written_date(p, plain);
      if (ru) return fmt::format("{}{}", use == DateUse::Since ? "примерно с " : "около ", date);
      return fmt::format("{}around {}", use == DateUse::Since ? "since " : "", date);
    }
    case Q::None: break;
  }
  return {};
}

}  // namespace

std::string date_phrase(const Phrasing& p, const model::Date& d) {
  if (d.qualifier != model::DateQualifier::None) return qualified_date(p, d, DateUse::In);
  if (russian(p)) {
    if (d.precision == model::DatePrecision::Day) return written_date(p, d);
    if (d.precision == model::DatePrecision::Month)
      return fmt::format("в {} {}{}", ru_months_prepositional[d.month - 1], d.year, ru_year_suffix);
    return fmt::format("в {}{}", d.year, ru_year_suffix);
  }
  return (d.precision == model::DatePrecision::Day ? "on " : "in ") + written_date(p, d);
}

std::string since_phrase(const Phrasing& p, const model::Date& d) {
  if (d.qualifier != model::DateQualifier::None) return qualified_date(p, d, DateUse::Since);
  if (russian(p)) {
    if (d.precision == model::DatePrecision::Month)
      return fmt::format("с {} {}{}", ru_months_genitive[d.month - 1], d.year, ru_year_suffix);
    return "с " + written_date(p, d);
  }
  return "since " + written_date(p, d);
}

std::string amount_phrase(const Phrasing& p, const model::CaseEvent& e) {
  // "~340": about that much, as the source put it.
  auto number = [&](std::string_view written) {
    std::string about;
    if (written.starts_with("~")) {
      written.remove_prefix(1);
      about = russian(p) ? "около " : "about ";
    }
    long long value = 0;
    auto r = std::from_chars(written.data(), written.data() + written.size(), value);
    if (r.ec != std::errc{} || r.ptr != written.data() + written.size()) return about + std::string(written);
    return about + text::format_integer(p.locales, value, p.lang);
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
    std::string article = prov->article;
    if (!prov->part.empty()) article += (russian(p) ? ", часть " : ", part ") + prov->part;
    if (groups.empty() || groups.back().first != prov->code) groups.push_back({prov->code, {}});
    groups.back().second.push_back(article);
  }
  std::vector<std::string> phrases;
  for (const auto& [code, articles] : groups) {
    std::string word =
        russian(p) ? (articles.size() == 1 ? "статье" : "статьям") : (articles.size() == 1 ? "Article" : "Articles");
    std::string code_words = code_name(p, code);
    std::string phrase = word + " " + join_list(articles, p.lang);
    if (!code_words.empty()) phrase += (russian(p) ? " " : " of ") + code_words;
    phrases.push_back(phrase);
  }
  return join_list(phrases, p.lang);
}

bool is_development(const model::CaseEvent& e) {
  return e.type == "detention" || e.type == "charge" || e.type == "sentence" || e.type == "fine" ||
         e.type == "release" || e.type == "death";
}

std::string event_predicate(const Phrasing& p, const model::CaseEvent& e, Agreement a, bool with_auxiliary) {
  std::string provisions = provisions_phrase(p, e);
  if (russian(p)) {
    std::string out;
    if (e.type == "detention")
      out = ru_agree(a, "задержан", "задержана", "задержаны");
    else if (e.type == "charge")
      out = ru_agree(a, "обвинён", "обвинена", "обвинены");
    else if (e.type == "sentence") {
      out = ru_agree(a, "приговорён", "приговорена", "приговорены");
      if (auto s = sentence_phrase(p, e); !s.empty()) out += " " + s;
    } else if (e.type == "fine") {
      out = ru_agree(a, "оштрафован", "оштрафована", "оштрафованы");
      if (auto amount = amount_phrase(p, e); !amount.empty()) out += " на " + amount;
    } else if (e.type == "release")
      out = ru_agree(a, "освобождён", "освобождена", "освобождены");
    else if (e.type == "death")
      out = ru_agree(a, "умер", "умерла", "умерли");
    else
      out = e.description;
    if (!provisions.empty() && (e.type == "charge" || e.type == "sentence" || e.type == "fine"))
      out += " по " + provisions;
    return out;
  }
  std::string participle;
  if (e.type == "detention")
    participle = "detained";
  else if (e.type == "charge")
    participle = "charged";
  else if (e.type == "sentence") {
    participle = "sentenced";
    if (auto s = sentence_phrase(p, e); !s.empty()) participle += " to " + s;
  } else if (e.type == "fine") {
    participle = "fined";
    if (auto amount = amount_phrase(p, e); !amount.empty()) participle += " " + amount;
  } else if (e.type == "release")
    participle = "released";
  else if (e.type == "death")
    return "died";
  else
    return e.description;
  if (!provisions.empty() && (e.type == "charge" || e.type == "sentence" || e.type == "fine"))
    participle += " under " + provisions;
  if (!with_auxiliary) return participle;
  return (a == Agreement::Plural ? "were " : "was ") + participle;
}

std::string status_phrase(const Phrasing& p, const model::CaseStatus& s, Agreement a) {
  const std::string& v = s.value;
  // A project's own status, in its own words.
  if (const auto* words = p.corpus.vocabulary.label(v, p.lang)) return *words + " " + since_phrase(p, s.since);
  if (russian(p)) {
    if (v == "released") return ru_agree(a, "освобождён ", "освобождена ", "освобождены ") + date_phrase(p, s.since);
    if (v == "deceased") return ru_agree(a, "умер ", "умерла ", "умерли ") + date_phrase(p, s.since);
    const char* words = v == "detained"              ? "под стражей"
                        : v == "imprisoned"          ? "в заключении"
                        : v == "restricted-freedom"  ? "ограничение свободы"
                        : v == "in-exile"            ? "в эмиграции"
                        : v == "under-investigation" ? "под следствием"
                        : v == "at-liberty"          ? "на свободе"
                        : v == "house-arrest"        ? "под домашним арестом"
                        : v == "travel-ban"          ? "под запретом на выезд"
                        : v == "on-trial"            ? "под судом"
                        : v == "wanted"              ? "в розыске"
                        : v == "convicted-in-absentia" ? "осуждён заочно"
                        : v == "psychiatric-detention" ? "на принудительном психиатрическом лечении"
                        : v == "refused-registration"  ? "без регистрации (в ней отказано)"
                                                     : v.c_str();
    return std::string(words) + " " + since_phrase(p, s.since);
  }
  if (v == "released") return "released " + date_phrase(p, s.since);
  if (v == "deceased") return "died " + date_phrase(p, s.since);
  const char* words = v == "detained"              ? "in detention"
                      : v == "imprisoned"          ? "imprisoned"
                      : v == "restricted-freedom"  ? "serving a sentence of restricted freedom"
                      : v == "in-exile"            ? "in exile"
                      : v == "under-investigation" ? "under investigation"
                      : v == "at-liberty"          ? "at liberty"
                      : v == "house-arrest"        ? "under house arrest"
                      : v == "travel-ban"          ? "under a travel ban"
                      : v == "on-trial"            ? "on trial"
                      : v == "wanted"              ? "on the wanted list"
                      : v == "convicted-in-absentia" ? "convicted in absentia"
                      : v == "psychiatric-detention" ? "in forced psychiatric treatment"
                      : v == "refused-registration"  ? "refused registration"
                                                   : v.c_str();
  return std::string(words) + " " + since_phrase(p, s.since);
}

std::string label(const Phrasing& p, Label which) {
  bool ru = russian(p);
  switch (which) {
    case Label::StatusAsOf:
      return ru ? "По состоянию на {}:" : "As of {}:";
    case Label::FirstMade:
      return ru ? "впервые" : "first made";
    case Label::RepeatedIn:
      return ru ? "повторена" : "repeated in";
    case Label::NoDevelopments:
      return ru ? "Записи не содержат изменений со времени предыдущего доклада."
                : "The records hold no developments since the last briefing.";
    case Label::NoDevelopmentsInPeriod:
      return ru ? "Записи не содержат изменений за отчётный период."
                : "The records hold no developments in the period.";
  }
  return {};
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
