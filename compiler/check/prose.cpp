// Prose against the case records: the facts a reader sees — terms, dates,
// articles, fines, whether a person is in prison — must agree with the
// records of the case the sentence is about.
//
// Precision first. A sentence is read only when it can be attributed to
// exactly one case: in a case's narrative (or a footnote in it), any
// sentence that names no other person; in a paragraph, list item or
// footnote of the document, a sentence whose marked persons are all
// subjects of one case and of no other. Terms, dates, fines and statuses
// are compared only when the sentence speaks of the person (a marked name or
// a personal pronoun), and only against records of the same kind: a term
// when the case records terms, a date when it records an event of the kind
// the verb names. A fact is wrong only when no record of the case agrees
// with it, so a narrative of a case with two defendants and two sentences
// passes.
//
// Statuses are compared as of the document's date (the end of its
// reporting period when it has one): a narrative written in 2020 and
// printed in a 2021 edition must still be true in 2021.
#include "check/families.hpp"
#include "check/notes.hpp"
#include "check/prose_facts.hpp"
#include "check/prose_units.hpp"
#include "check/text_rules.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace briefc::check {

namespace {

constexpr std::string_view rule_term = "prose-term-mismatch";
constexpr std::string_view rule_date = "prose-date-mismatch";
constexpr std::string_view rule_article = "prose-article-mismatch";
constexpr std::string_view rule_fine = "prose-fine-mismatch";
constexpr std::string_view rule_status = "prose-status-mismatch";
constexpr std::string_view rule_translation = "prose-translation-mismatch";

std::string term_words(int months, int days) {
  if (days > 0) return fmt::format("{} day{}", days, days == 1 ? "" : "s");
  if (months % 12 == 0) return fmt::format("{} year{}", months / 12, months == 12 ? "" : "s");
  if (months < 12) return fmt::format("{} month{}", months, months == 1 ? "" : "s");
  return fmt::format("{} year{} {} month{}", months / 12, months / 12 == 1 ? "" : "s", months % 12,
                     months % 12 == 1 ? "" : "s");
}

std::string grouped(long long n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

long long parse_amount(const std::string& s) {
  long long v = 0;
  bool any = false;
  for (char c : s)
    if (c >= '0' && c <= '9') {
      if (v > 100'000'000'000'000LL) return -1;  // no fine has more digits; no overflow either
      v = v * 10 + (c - '0'), any = true;
    } else if (c == '.' || c == ',') {
      break;
    }
  return any ? v : -1;
}

// Whether a recorded amount agrees with one the text states: exactly, or
// within a tenth when the record says it is approximate ("~340").
bool amount_agrees(const std::string& recorded, long long stated) {
  long long v = parse_amount(recorded);
  if (v < 0) return false;
  if (!recorded.starts_with("~")) return v == stated;
  return stated * 10 >= v * 9 && stated * 10 <= v * 11;
}

// Numbers written in an event's description ("another associate fined
// 83 340 KZT"): the records' own words count as recording them.
std::vector<long long> description_numbers(const std::string& text) {
  std::vector<long long> out;
  long long v = -1;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ' ';
    if (c >= '0' && c <= '9') {
      v = (v < 0 ? 0 : v * 10) + (c - '0');
    } else if (v >= 0 && i + 1 < text.size() && static_cast<unsigned char>(c) == 0xC2 &&
               static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;  // "83 340": a no-break space between groups
    } else if (v >= 0) {
      out.push_back(v);
      v = -1;
    }
  }
  return out;
}

model::Date stated_date(const DateFact& d) {
  model::Date out;
  out.year = d.year;
  out.month = d.month;
  out.day = d.day;
  out.precision = d.day ? model::DatePrecision::Day : d.month ? model::DatePrecision::Month : model::DatePrecision::Year;
  return out;
}

bool agrees(const DateFact& stated, const model::Date& recorded) {
  if (stated.year == 0) {  // "On 8 June": day and month only
    if (recorded.precision == model::DatePrecision::Year) return true;
    if (stated.month != recorded.month) return false;
    return recorded.precision != model::DatePrecision::Day || stated.day == 0 || stated.day == recorded.day;
  }
  auto s = stated_date(stated);
  return s.first_day_key() <= recorded.last_day_key() && recorded.first_day_key() <= s.last_day_key();
}

const model::CaseStatus* status_at(const model::Case& c, const std::optional<model::Date>& when) {
  const model::CaseStatus* current = nullptr;
  for (const auto& s : c.statuses)
    if (!when || s.since.first_day_key() <= when->last_day_key()) current = &s;
  return current;
}



bool before_or_at(const model::Date& d, const std::optional<model::Date>& when) {
  return !when || d.first_day_key() <= when->last_day_key();
}

std::string type_list(const std::vector<const model::CaseEvent*>& events) {
  std::string out;
  for (std::size_t i = 0; i < events.size() && i < 4; ++i)
    out += fmt::format("{}{} on {}", i ? ", " : "", events[i]->type, events[i]->date.iso());
  if (events.size() > 4) out += ", …";
  return out;
}

// A fact a narrative states, with where and how it says it.
struct StatedFact {
  int value = 0;  // a term in months, or a day as YYYYMMDD
  diag::SourceLocation where;
  std::string text;
};

struct TranslationFacts {
  const model::Case* kase = nullptr;
  ProseLanguage lang = ProseLanguage::English;
  std::vector<StatedFact> terms, dates;
};

// Where a sentence stands: the case it is about, whether it speaks of the
// person, and what the document's date is.
struct Attribution {
  const model::Case* kase = nullptr;
  bool speaks_of_subject = false;
};

class ProseChecker {
public:
  ProseChecker(const CheckContext& ctx, Reporter& out) : ctx_(ctx), out_(out), notes_(ctx, out, numbers_) {
    cases_of_.reserve(ctx.corpus.cases.size());
    for (const auto& c : ctx.corpus.cases)
      for (const auto& s : c.subjects) cases_of_[s].push_back(&c);
    for (const auto& p : ctx.corpus.provisions) provisions_.emplace(p.id, &p);
  }

  void run() {
    // Documents in the order of their files, so that a narrative two
    // documents print is judged by the same one whatever order they came in.
    std::vector<std::size_t> order(ctx_.facts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return ctx_.documents[a].document->path < ctx_.documents[b].document->path;
    });
    for (auto i : order) document(ctx_.facts[i]);
    // With the whole project, every other narrative of the corpus too (with
    // no date to judge a status by); a check of named documents reads only
    // what they print, as build does.
    if (out_.whole_project())
      for (const auto& c : ctx_.corpus.cases)
        for (const auto& n : c.narratives)
          if (!seen_narratives_.count(&n)) narrative(c, n, std::nullopt);
    compare_translations();
  }

private:
  static std::optional<model::Date> document_date(const model::Document& doc) {
    if (doc.period) return doc.period->to;
    return doc.date;
  }

  void document(const DocumentFacts& facts) {
    const auto& doc = *facts.document;
    if (!model::same_language(doc.lang, "en") && !model::same_language(doc.lang, "ru")) return;
    auto lang = model::same_language(doc.lang, "ru") ? ProseLanguage::Russian : ProseLanguage::English;
    auto when = document_date(doc);
    period_ = doc.period ? &*doc.period : nullptr;
    for_each_prose_block(doc.body, [&](const model::InlineContent& content, diag::SourceLocation owner) {
      document_unit(content, owner, lang, when);
    });
    for (const auto& use : facts.cases)
      if (use.narrative) narrative(*use.kase, *use.narrative, when);
    period_ = nullptr;
  }

  // "During the reporting period, on 3 March 2019 …": a sentence that says
  // it speaks of the period, with a date outside it. Whoever it is about.
  void period_dates(const ProseUnit& unit, const SentenceFacts& s) {
    if (!period_ || s.dates.empty() || !out_.enabled("prose-date-outside-period")) return;
    std::string_view sentence = quote(unit, s.span);
    bool about_period = false;
    for (std::string_view phrase : {"reporting period", "Reporting period", "period under review", "отчетн", "отчётн",
                                    "Отчетн", "Отчётн", "есепті кезең"})
      if (sentence.find(phrase) != std::string_view::npos) about_period = true;
    if (!about_period) return;
    for (const auto& d : s.dates) {
      if (d.year == 0) continue;  // "on 3 March": the year is the reader's guess
      model::Date date{d.year, d.month, d.day,
                       d.day ? model::DatePrecision::Day : d.month ? model::DatePrecision::Month
                                                               : model::DatePrecision::Year};
      if (date.last_day_key() >= period_->from.first_day_key() && date.first_day_key() <= period_->to.last_day_key())
        continue;
      auto& f = out_.report("prose-date-outside-period", at(unit, d.span),
                            fmt::format("'{}' lies outside the reporting period ({} to {}) the sentence speaks of",
                                        quote(unit, d.span), period_->from.iso(), period_->to.iso()),
                            "correct the date, or say the event came before (or after) the period", unit.owner);
      if (period_->location.known()) f.notes.push_back({period_->location, "the period is set here"});
    }
  }

  template <class Visit>
  void for_each_prose_block(const std::vector<model::Block>& blocks, Visit&& visit) {
    for (const auto& b : blocks) {
      using B = model::BlockKind;
      if (b.kind == B::Paragraph || b.kind == B::Quote) visit(b.content, b.location);
      if (b.kind == B::List) list_items(b, visit);
      if (b.kind == B::Section) for_each_prose_block(b.children, visit);
    }
  }

  template <class Visit>
  void list_items(const model::Block& list, Visit&& visit) {
    for (const auto& item : list.items) {
      visit(item.content, item.location);
      for (const auto& sub : item.sublists) list_items(sub, visit);
    }
  }

  void document_unit(const model::InlineContent& content, diag::SourceLocation owner, ProseLanguage lang,
                     const std::optional<model::Date>& when) {
    ProseUnit unit = flatten_prose(content);
    unit.owner = owner;
    read_unit(unit, lang, nullptr, when);
    for (const auto* note : unit.notes) {
      notes_.note(*note);
      ProseUnit inner = flatten_prose(note->children);
      inner.owner = note->location;
      read_unit(inner, lang, nullptr, when);
    }
  }

  void narrative(const model::Case& c, const model::Narrative& n, const std::optional<model::Date>& when) {
    if (n.confidentiality.confidential) return;
    seen_narratives_.insert(&n);
    ProseUnit unit = flatten_prose(n.content);
    unit.owner = n.location;
    auto lang = n.lang.empty()                       ? guess_language(unit.text)
                : model::same_language(n.lang, "ru") ? ProseLanguage::Russian
                : model::same_language(n.lang, "en") ? ProseLanguage::English
                                                     : std::optional<ProseLanguage>{};
    if (!lang) return;
    final_punctuation(unit);
    // The facts of a narrative that has a translation are gathered once, for
    // comparing the two.
    bool translated = std::any_of(c.narratives.begin(), c.narratives.end(),
                                  [&](const model::Narrative& other) { return &other != &n && other.id == n.id; });
    auto [facts, first_reading] =
        translated ? translation_facts_.try_emplace(&n) : std::pair{translation_facts_.end(), false};
    if (first_reading) {
      facts->second.kase = &c;
      facts->second.lang = *lang;
      collecting_ = &facts->second;
    }
    read_unit(unit, *lang, &c, when);
    collecting_ = nullptr;
    for (const auto* note : unit.notes) {
      notes_.note(*note);
      ProseUnit inner = flatten_prose(note->children);
      inner.owner = note->location;
      read_unit(inner, *lang, &c, when);
    }
  }

  // Two editions of one paper must tell one story: a narrative and its
  // translation (same id, another language) that give a case different terms
  // or different days for one month. Whichever of the two the records bear
  // out, the other edition is wrong; where the records are silent, only the
  // author knows, and the two texts are all there is to go by.
  void compare_translations() {
    if (!out_.enabled(rule_translation)) return;
    for (const auto& c : ctx_.corpus.cases)
      for (std::size_t i = 0; i < c.narratives.size(); ++i)
        for (std::size_t j = i + 1; j < c.narratives.size(); ++j) {
          const auto& a = c.narratives[i];
          const auto& b = c.narratives[j];
          if (a.id != b.id) continue;
          auto fa = translation_facts_.find(&a), fb = translation_facts_.find(&b);
          if (fa == translation_facts_.end() || fb == translation_facts_.end()) continue;
          if (fa->second.lang == fb->second.lang) continue;
          compare(c, fa->second, fb->second);
        }
  }

  static const char* language_name(ProseLanguage l) {
    return l == ProseLanguage::Russian ? "Russian" : "English";
  }

  void compare(const model::Case& c, const TranslationFacts& a, const TranslationFacts& b) {
    // Terms: each term of the later text that the earlier does not give,
    // when the earlier gives terms at all.
    auto has_term = [](const TranslationFacts& f, int months) {
      return std::any_of(f.terms.begin(), f.terms.end(), [&](const StatedFact& t) { return t.value == months; });
    };
    if (!a.terms.empty() && !b.terms.empty())
      for (const auto& t : b.terms)
        if (!has_term(a, t.value)) {
          auto& d = out_.report(rule_translation, t.where,
                                fmt::format("the {} narrative of case '{}' gives '{}', but the {} one gives '{}'",
                                            language_name(b.lang), c.id, t.text, language_name(a.lang),
                                            a.terms.front().text),
                                "make the two editions say the same, as the case's records have it");
          d.notes.push_back({a.terms.front().where, fmt::format("the {} narrative says so here", language_name(a.lang))});
          break;
        }
    // Dates: a day the other text gives otherwise in the same month.
    for (const auto& x : b.dates) {
      bool same = std::any_of(a.dates.begin(), a.dates.end(), [&](const StatedFact& y) { return y.value == x.value; });
      if (same) continue;
      auto other = std::find_if(a.dates.begin(), a.dates.end(),
                                [&](const StatedFact& y) { return y.value / 100 == x.value / 100; });
      if (other == a.dates.end()) continue;
      bool other_matched = std::any_of(b.dates.begin(), b.dates.end(),
                                       [&](const StatedFact& y) { return y.value == other->value; });
      if (other_matched) continue;
      auto& d = out_.report(rule_translation, x.where,
                            fmt::format("the {} narrative of case '{}' gives '{}', but the {} one gives '{}'",
                                        language_name(b.lang), c.id, x.text, language_name(a.lang), other->text),
                            "make the two editions say the same, as the case's records have it");
      d.notes.push_back({other->where, fmt::format("the {} narrative says so here", language_name(a.lang))});
    }
  }

  // A narrative is printed as a paragraph of its own: its last sentence
  // ends in a full stop, a question or exclamation mark, an ellipsis or a
  // colon before a list, with closing quotes or brackets after it.
  void final_punctuation(const ProseUnit& unit) {
    if (!out_.enabled("text-final-punctuation")) return;
    std::string_view text = unit.text;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty()) return;
    std::string_view rest = text;
    // Closing marks after the stop: ) ] " ' » ” ’
    for (;;) {
      if (!rest.empty() && (rest.back() == ')' || rest.back() == ']' || rest.back() == '"' || rest.back() == '\'')) {
        rest.remove_suffix(1);
      } else if (rest.ends_with("\u00BB") || rest.ends_with("\u201D") || rest.ends_with("\u2019")) {
        rest.remove_suffix(2 + (rest.ends_with("\u00BB") ? 0 : 1));
      } else {
        break;
      }
    }
    if (!rest.empty() && (rest.back() == '.' || rest.back() == '!' || rest.back() == '?' || rest.back() == ':' ||
                          rest.back() == ';'))
      return;
    if (rest.ends_with("\u2026")) return;  // …
    // The last character, for the caret.
    std::size_t last = text.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    out_.report("text-final-punctuation", unit.locate(last, ctx_.sources),
                "the narrative ends without a full stop", "end its last sentence with '.' (or '?', '!')",
                unit.owner);
  }

  // The case a sentence is about, if exactly one.
  Attribution attribute(const ProseUnit& unit, TextSpan span, const model::Case* narrative_case) {
    Attribution a;
    std::vector<const std::string*> people;
    bool names_subject = false;
    for (const auto& m : unit.names) {
      if (m.begin < span.begin || m.begin >= span.end) continue;
      if (m.node->kind == model::InlineKind::Person) people.push_back(&m.node->target);
      if (narrative_case && std::find(narrative_case->subjects.begin(), narrative_case->subjects.end(),
                                      m.node->target) != narrative_case->subjects.end())
        names_subject = true;
    }
    if (narrative_case) {
      for (const auto* p : people)
        if (std::find(narrative_case->subjects.begin(), narrative_case->subjects.end(), *p) ==
            narrative_case->subjects.end())
          return a;  // speaks of someone else too
      a.kase = narrative_case;
      a.speaks_of_subject = names_subject;
      return a;
    }
    if (people.empty()) return a;
    // The one case whose subjects include every person the sentence names.
    const model::Case* only = nullptr;
    auto it = cases_of_.find(*people.front());
    if (it == cases_of_.end()) return a;
    for (const auto* c : it->second) {
      bool all = std::all_of(people.begin(), people.end(), [&](const std::string* p) {
        return std::find(c->subjects.begin(), c->subjects.end(), *p) != c->subjects.end();
      });
      if (!all) continue;
      if (only) return a;  // two cases: cannot tell which
      only = c;
    }
    a.kase = only;
    a.speaks_of_subject = only != nullptr;
    return a;
  }

  void read_unit(const ProseUnit& unit, ProseLanguage lang, const model::Case* narrative_case,
                 const std::optional<model::Date>& when) {
    if (unit.text.empty()) return;
    law_marks(unit);
    const auto& sentences = facts_.read(unit.text, lang);
    if (out_.enabled("text-unbalanced") || out_.enabled("text-doubled-word") || out_.enabled("text-spaced-hyphen"))
      report_text_findings(unit, facts_.text_findings(), out_, ctx_.sources);
    for (const auto& sentence : sentences) {
      for (const auto& span : sentence.double_terms)
        if (out_.enabled(rule_term))
          out_.report(rule_term, at(unit, span),
                      fmt::format("'{}' gives two numbers for one term", quote(unit, span)),
                      "keep the one the sentence means", unit.owner);
      period_dates(unit, sentence);
      auto a = attribute(unit, sentence.span, narrative_case);
      if (!a.kase) continue;
      bool personal = a.speaks_of_subject || sentence.personal_pronoun;
      articles(unit, sentence, *a.kase);
      if (!personal) continue;
      if (collecting_ && a.kase == collecting_->kase) {
        for (const auto& t : sentence.terms)
          if (t.days == 0) collecting_->terms.push_back({t.months, at(unit, t.span), std::string(quote(unit, t.span))});
        for (const auto& d : sentence.dates)
          if (d.year && d.month && d.day)
            collecting_->dates.push_back({d.year * 10000 + d.month * 100 + d.day, at(unit, d.span),
                                          std::string(quote(unit, d.span))});
      }
      // A sentence that names one subject of a case whose events say whom
      // they concern is held to that subject's events (and the case's own).
      const model::Case& about = events_of_named(unit, sentence.span, *a.kase);
      terms(unit, sentence, about);
      dates(unit, sentence, about);
      amounts(unit, sentence, about);
      statuses(unit, sentence, about, when);
    }
  }

  const model::Case& events_of_named(const ProseUnit& unit, TextSpan span, const model::Case& c) {
    if (!model::concerns_subjects_separately(c)) return c;
    const std::string* named = nullptr;
    for (const auto& m : unit.names) {
      if (m.begin < span.begin || m.begin >= span.end || m.node->kind != model::InlineKind::Person) continue;
      if (named && *named != m.node->target) return c;  // two people: the whole case
      named = &m.node->target;
    }
    if (!named) return c;
    narrowed_ = model::as_concerning(c, *named);
    return narrowed_;
  }

  std::string_view quote(const ProseUnit& unit, TextSpan span) const {
    return std::string_view(unit.text).substr(span.begin, span.end - span.begin);
  }

  diag::SourceLocation at(const ProseUnit& unit, TextSpan span) const { return unit.locate(span.begin, ctx_.sources); }

  void terms(const ProseUnit& unit, const SentenceFacts& s, const model::Case& c) {
    if (s.terms.empty() || !out_.enabled(rule_term)) return;
    std::vector<const model::CaseEvent*> with_term;
    for (const auto& e : c.events)
      if (e.years > 0 || e.months > 0 || e.days > 0) with_term.push_back(&e);
    if (with_term.empty()) return;
    for (const auto& t : s.terms) {
      bool found = std::any_of(with_term.begin(), with_term.end(), [&](const model::CaseEvent* e) {
        return e->years * 12 + e->months == t.months && e->days == t.days;
      });
      if (found) continue;
      std::string recorded;
      for (std::size_t i = 0; i < with_term.size() && i < 4; ++i) {
        const auto* e = with_term[i];
        recorded += fmt::format("{}{} ({}{}{})", i ? ", " : "",
                                term_words(e->years * 12 + e->months, e->days) , e->sentence.empty() ? e->type : e->sentence,
                                ", ", e->date.iso());
      }
      auto& d = out_.report(rule_term, at(unit, t.span),
                            fmt::format("the text gives a term of '{}' ({}), but case '{}' records {}", quote(unit, t.span),
                                        term_words(t.months, t.days), c.id, recorded),
                            "correct the term in the text, or the years/months/days of the sentence in the record if "
                            "the text is right",
                            unit.owner);
      d.notes.push_back({with_term.front()->location, "the sentence is recorded here"});
    }
  }

  void dates(const ProseUnit& unit, const SentenceFacts& s, const model::Case& c) {
    if (s.dates.empty() || s.event_words.empty() || !out_.enabled(rule_date)) return;
    // The verbs a date may belong to: the nearest before it and the nearest
    // after it ("sentenced … in 2016 … was released": 2016 may be either's).
    auto candidates = [&](const DateFact& d) {
      std::vector<std::size_t> out;
      std::size_t before = s.event_words.size(), after = s.event_words.size();
      for (std::size_t w = 0; w < s.event_words.size(); ++w) {
        if (s.event_words[w].span.end <= d.span.begin) before = w;
        else if (s.event_words[w].span.begin >= d.span.end && after == s.event_words.size()) after = w;
      }
      if (before < s.event_words.size()) out.push_back(before);
      if (after < s.event_words.size()) out.push_back(after);
      return out;
    };
    // The case's events of the kinds each verb names, found once.
    std::vector<std::uint32_t> kinds(c.events.size());
    for (std::size_t i = 0; i < c.events.size(); ++i) kinds[i] = event_bit(c.events[i].type);
    std::vector<std::vector<const model::CaseEvent*>> by_word(s.event_words.size());
    for (std::size_t w = 0; w < s.event_words.size(); ++w)
      for (std::size_t i = 0; i < c.events.size(); ++i)
        if (kinds[i] & s.event_words[w].events) by_word[w].push_back(&c.events[i]);
    auto events_of = [&](std::size_t w) -> const std::vector<const model::CaseEvent*>& { return by_word[w]; };
    auto explained = [&](const DateFact& d, std::size_t w) {
      const auto& events = events_of(w);
      return std::any_of(events.begin(), events.end(), [&](const model::CaseEvent* e) { return agrees(d, e->date); });
    };
    for (std::size_t w = 0; w < s.event_words.size(); ++w) {
      const auto& word = s.event_words[w];
      const auto& events = events_of(w);
      if (events.empty()) continue;
      std::vector<const DateFact*> own;
      bool agreed = false;
      for (const auto& d : s.dates) {
        auto verbs = candidates(d);
        if (std::find(verbs.begin(), verbs.end(), w) == verbs.end()) continue;
        // A date another verb of the sentence accounts for is not this verb's mistake.
        if (std::any_of(verbs.begin(), verbs.end(), [&](std::size_t v) { return explained(d, v); })) agreed = true;
        own.push_back(&d);
      }
      if (own.empty() || agreed) continue;
      const DateFact& shown = *own.front();
      auto& d = out_.report(rule_date, at(unit, shown.span),
                            fmt::format("the text dates '{}' to '{}', but case '{}' records {}", quote(unit, word.span),
                                        quote(unit, shown.span), c.id, type_list(events)),
                            "correct the date in the text, or the event's date in the record if the text is right", unit.owner);
      d.notes.push_back({events.front()->location, fmt::format("the {} is recorded here", events.front()->type)});
    }
  }

  void articles(const ProseUnit& unit, const SentenceFacts& s, const model::Case& c) {
    if (s.articles.empty() || !out_.enabled(rule_article)) return;
    std::vector<const model::Provision*> charged;
    const model::CaseEvent* first = nullptr;
    for (const auto& e : c.events)
      for (const auto& id : e.provisions)
        if (auto it = provisions_.find(id); it != provisions_.end()) {
          if (std::find(charged.begin(), charged.end(), it->second) == charged.end()) charged.push_back(it->second);
          if (!first) first = &e;
        }
    if (charged.empty()) return;
    for (const auto& a : s.articles) {
      bool found = std::any_of(charged.begin(), charged.end(),
                               [&](const model::Provision* p) { return p->article == a.article; });
      if (found || misnumbered_law(unit, a)) continue;
      std::string list;
      for (std::size_t i = 0; i < charged.size(); ++i)
        list += fmt::format("{}{} ({})", i ? ", " : "", charged[i]->article, charged[i]->id);
      auto& d = out_.report(rule_article, at(unit, a.span),
                            fmt::format("the text names article {}, but case '{}' records charges under article{} {}",
                                        a.article, c.id, charged.size() == 1 ? "" : "s", list),
                            "correct the article in the text, or add the provision to the case's charge or sentence "
                            "if the text is right",
                            unit.owner);
      d.notes.push_back({first->location, "the charges are recorded here"});
    }
  }

  // A number inside a <law> mark of another provision: law_marks reports
  // it, once.
  bool misnumbered_law(const ProseUnit& unit, const ArticleFact& a) const {
    for (const auto& m : unit.laws)
      if (m.begin <= a.span.begin && a.span.end <= m.end)
        if (auto it = provisions_.find(m.node->target); it != provisions_.end() && it->second->article != a.article)
          return true;
    return false;
  }

  void amounts(const ProseUnit& unit, const SentenceFacts& s, const model::Case& c) {
    if (s.amounts.empty() || !out_.enabled(rule_fine)) return;
    for (const auto& a : s.amounts) {
      std::vector<const model::CaseEvent*> in_currency;
      bool found = false;
      for (const auto& e : c.events) {
        bool same = false;
        if (e.currency == a.currency && !e.amount.empty()) same = true, found = found || amount_agrees(e.amount, a.amount);
        if (e.converted_currency == a.currency && !e.converted_amount.empty())
          same = true, found = found || amount_agrees(e.converted_amount, a.amount);
        if (same) in_currency.push_back(&e);
        for (auto n : description_numbers(e.description)) found = found || n == a.amount;
      }
      if (found || in_currency.empty()) continue;
      std::string list;
      for (std::size_t i = 0; i < in_currency.size() && i < 4; ++i) {
        const auto* e = in_currency[i];
        bool converted = e->currency != a.currency;
        list += fmt::format("{}{} {} ({} on {})", i ? ", " : "",
                            grouped(parse_amount(converted ? e->converted_amount : e->amount)), a.currency, e->type,
                            e->date.iso());
      }
      auto& d = out_.report(rule_fine, at(unit, a.span),
                            fmt::format("the text gives '{}', but case '{}' records {}", quote(unit, a.span), c.id, list),
                            "correct the amount in the text, or the amount in the record if the text is right", unit.owner);
      d.notes.push_back({in_currency.front()->location, fmt::format("the {} is recorded here", in_currency.front()->type)});
    }
  }

  void statuses(const ProseUnit& unit, const SentenceFacts& s, const model::Case& c,
                const std::optional<model::Date>& when) {
    if (s.statuses.empty() || !out_.enabled(rule_status)) return;
    const auto* now = status_at(c, when);
    auto as_of = when ? fmt::format(" as of {}", when->iso()) : std::string{};
    for (const auto& st : s.statuses) {
      std::string problem;
      const model::CaseStatus* note_at = now;
      switch (st.claim) {
        case StatusClaim::InCustody:
        case StatusClaim::Serving: {
          if (!when || !now) break;
          auto custody = ctx_.corpus.vocabulary.custody(now->value);
          bool ok = custody == model::Custody::Held ||
                    (st.claim == StatusClaim::Serving && custody == model::Custody::Restricted);
          if (!ok)
            problem = fmt::format("case '{}' has the status '{}' since {}{}", c.id, now->value, now->since.iso(), as_of);
          break;
        }
        case StatusClaim::Died: {
          bool died = std::any_of(c.events.begin(), c.events.end(),
                                  [&](const model::CaseEvent& e) { return e.type == "death" && before_or_at(e.date, when); }) ||
                      std::any_of(c.statuses.begin(), c.statuses.end(), [&](const model::CaseStatus& x) {
                        return x.value == "deceased" && before_or_at(x.since, when);
                      });
          if (!died && now)
            problem = fmt::format("case '{}' records no death (its status is '{}' since {}{})", c.id, now->value,
                                  now->since.iso(), as_of);
          break;
        }
        case StatusClaim::Released: {
          bool released =
              std::any_of(c.events.begin(), c.events.end(),
                          [&](const model::CaseEvent& e) { return e.type == "release" && before_or_at(e.date, when); }) ||
              std::any_of(c.statuses.begin(), c.statuses.end(), [&](const model::CaseStatus& x) {
                // Out of custody: free, or restricted at home (restricted freedom replaces a prison term).
                auto custody = ctx_.corpus.vocabulary.custody(x.value);
                return (custody == model::Custody::Free || custody == model::Custody::Restricted) &&
                       before_or_at(x.since, when);
              });
          if (!released && now)
            problem = fmt::format("case '{}' records no release (its status is '{}' since {}{})", c.id, now->value,
                                  now->since.iso(), as_of);
          break;
        }
      }
      if (problem.empty()) continue;
      auto& d = out_.report(rule_status, at(unit, st.span),
                            fmt::format("the text says '{}', but {}", quote(unit, st.span), problem),
                            "update the text, or add the status or event it describes to the record", unit.owner);
      if (note_at) d.notes.push_back({note_at->location, "the status is recorded here"});
    }
  }

  // Every <law ref="…">Article N</law> of the unit: the number in the text
  // must be the provision's. ("Article 405, part 1" names the part too.)
  void law_marks(const ProseUnit& unit) {
    if (!out_.enabled(rule_article)) return;
    for (const auto& m : unit.laws) {
      auto it = provisions_.find(m.node->target);
      if (it == provisions_.end()) continue;
      const auto& p = *it->second;
      std::string_view text = quote(unit, {m.begin, m.end});
      auto numbers = numbers_in(text);
      if (numbers.empty() || std::find(numbers.begin(), numbers.end(), p.article) != numbers.end()) continue;
      auto& d = out_.report(rule_article, unit.locate(m.begin, ctx_.sources),
                            fmt::format("'{}' is marked as provision '{}', which is article {}", text, p.id, p.article),
                            "correct the number in the text, or mark it with the provision it names", unit.owner);
      d.notes.push_back({p.location, fmt::format("'{}' is recorded here", p.id)});
    }
  }

  const CheckContext& ctx_;
  Reporter& out_;
  text::NumberWords numbers_;
  ProseFactReader facts_{numbers_};
  NoteChecker notes_;
  std::unordered_map<std::string_view, std::vector<const model::Case*>> cases_of_;  // person → the cases about them
  std::unordered_map<std::string, const model::Provision*> provisions_;
  std::unordered_set<const model::Narrative*> seen_narratives_;
  // What each narrative states of its case (terms in months, days as
  // YYYYMMDD), for comparing translations; filled while `collecting_` is set.
  std::map<const model::Narrative*, TranslationFacts> translation_facts_;
  TranslationFacts* collecting_ = nullptr;
  const model::Period* period_ = nullptr;  // of the document being read, if it has one
  model::Case narrowed_;                   // the case as it concerns one subject (events_of_named)
};

}  // namespace

void check_prose(const CheckContext& ctx, Reporter& out) {
  bool any = false;
  for (auto id : {rule_term, rule_date, rule_article, rule_fine, rule_status, std::string_view("note-language-mismatch"),
                  std::string_view("note-date-mismatch"), std::string_view("text-unbalanced"),
                  std::string_view("text-doubled-word")})
    any = any || out.enabled(id);
  if (!any) return;
  ProseChecker(ctx, out).run();
}

}  // namespace briefc::check
