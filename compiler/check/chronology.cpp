// Cases over time: events and statuses in date order, no sentence before its
// charge, no status that a later event contradicts, and no case in a section
// about the reporting period that has nothing in that period, and no lasting
// status printed years after anyone last confirmed it.
//
// Dates may be known to the month or year only; two dates are "out of order"
// only when every day the first may mean is after every day the second may
// mean, so "2020-04" and "2020-04-17" are never reported against each other.
#include "check/families.hpp"
#include "resolve/period.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace briefc::check {

namespace {

bool surely_after(const model::Date& a, const model::Date& b) { return a.first_day_key() > b.last_day_key(); }

// Judged in each file as it is written: an <update> in another file has its
// events and statuses placed by date when it is merged (read/case_updates).
void check_order(const model::Case& c, Reporter& out) {
  for (std::size_t i = 1; i < c.events.size(); ++i) {
    const auto& prev = c.events[i - 1];
    const auto& e = c.events[i];
    if (prev.location.file != e.location.file || !surely_after(prev.date, e.date)) continue;
    auto& d = out.report("event-order", e.location,
                         fmt::format("event '{}' of {} is listed after a later event ('{}' of {}) in case '{}'", e.type,
                                     e.date.iso(), prev.type, prev.date.iso(), c.id),
                         "list a case's events oldest first");
    d.notes.push_back({prev.location, "the later event is listed here"});
  }
  // A status is judged against the one before it of the same person: of two
  // people, one's statuses may be written after the other's.
  auto share_a_subject = [](const model::CaseStatus& a, const model::CaseStatus& b) {
    return a.subjects.empty() || b.subjects.empty() ||
           std::any_of(a.subjects.begin(), a.subjects.end(), [&](const std::string& x) { return model::concerns(b, x); });
  };
  for (std::size_t i = 1; i < c.statuses.size(); ++i) {
    const auto& s = c.statuses[i];
    std::size_t j = i;
    while (j > 0 && !share_a_subject(c.statuses[j - 1], s)) --j;
    if (j == 0) continue;
    const auto& prev = c.statuses[j - 1];
    if (prev.location.file != s.location.file || !surely_after(prev.since, s.since)) continue;
    auto& d = out.report("event-order", s.location,
                         fmt::format("status '{}' since {} is listed after status '{}' since {} in case '{}'", s.value,
                                     s.since.iso(), prev.value, prev.since.iso(), c.id),
                         "list a case's statuses oldest first");
    d.notes.push_back({prev.location, "the later status is listed here"});
  }
}

bool shares_provision(const model::CaseEvent& a, const model::CaseEvent& b) {
  for (const auto& p : a.provisions)
    if (std::find(b.provisions.begin(), b.provisions.end(), p) != b.provisions.end()) return true;
  return false;
}

// A charge recorded after a sentence is that sentence's charge when they
// share a provision (or either names none) and no later sentence follows the
// charge: a person sentenced in 2019 and charged anew in 2020, then sentenced
// again, is two episodes, not a sentence before its charge.
void check_sentence_after_charge(const model::Case& c, Reporter& out) {
  for (const auto& s : c.events) {
    if (s.type != "sentence") continue;
    for (const auto& ch : c.events) {
      if (ch.type != "charge" || !surely_after(ch.date, s.date)) continue;
      bool related = s.provisions.empty() || ch.provisions.empty() || shares_provision(s, ch);
      if (!related) continue;
      bool sentenced_later = std::any_of(c.events.begin(), c.events.end(), [&](const model::CaseEvent& e) {
        return e.type == "sentence" && &e != &s && !surely_after(ch.date, e.date) &&
               (e.provisions.empty() || ch.provisions.empty() || shares_provision(e, ch));
      });
      if (sentenced_later) continue;
      auto& d = out.report("sentence-before-charge", s.location,
                           fmt::format("case '{}' has a sentence on {} but the charge it concerns only on {}", c.id,
                                       s.date.iso(), ch.date.iso()),
                           "check both dates: a sentence follows its charge");
      d.notes.push_back({ch.location, "the charge is recorded here"});
      break;
    }
  }
}

// Custody as events imply it: detention and a custodial sentence take a person
// in, release lets them out, death ends the case.
enum class Custody { Unknown, In, Out, Dead };

Custody custody_after(const model::CaseEvent& e) {
  if (e.type == "death") return Custody::Dead;
  if (e.type == "release") return Custody::Out;
  if (e.type == "detention") return Custody::In;
  if (e.type == "sentence" && (e.sentence == "imprisonment" || e.sentence == "administrative-detention" ||
                               e.sentence == "psychiatric"))
    return Custody::In;
  return Custody::Unknown;
}

// Calls `rule` with the case as each of its subjects' situation: the case
// itself, or, when its statuses or events say whom they concern, the case as
// it concerns each subject (model::as_concerning).
template <typename Rule>
void for_each_situation(const model::Case& c, Rule&& rule) {
  if (!model::concerns_subjects_separately(c)) {
    rule(c);
    return;
  }
  for (const auto& subject : c.subjects) rule(model::as_concerning(c, subject));
}

void check_status(const model::Case& c, const model::Vocabulary& vocabulary, Reporter& out) {
  if (c.statuses.empty()) return;
  const auto& status = c.statuses.back();
  // The last event that changes custody after the status took effect.
  const model::CaseEvent* last = nullptr;
  Custody state = Custody::Unknown;
  for (const auto& e : c.events) {
    auto k = custody_after(e);
    if (k == Custody::Unknown || !surely_after(e.date, status.since)) continue;
    last = &e;
    state = k;
  }
  const model::CaseEvent* death = nullptr;
  for (const auto& e : c.events)
    if (e.type == "death") death = &e;
  std::string contradiction;
  const model::CaseEvent* by = last;
  // Where the status leaves the person, as the vocabulary says (a project's
  // own statuses declare it).
  auto where = vocabulary.custody(status.value);
  if (death && where != model::Custody::Dead) {
    contradiction = fmt::format("the person died on {}", death->date.iso());
    by = death;
  } else if (state == Custody::Out && where == model::Custody::Held) {
    contradiction = fmt::format("a release on {} follows it", last->date.iso());
  } else if (state == Custody::In && (status.value == "released" || status.value == "at-liberty")) {
    contradiction = fmt::format("a {} on {} follows it", last->type, last->date.iso());
  }
  if (contradiction.empty()) return;
  auto& d = out.report("status-contradicted", status.location,
                       fmt::format("case '{}' has the status '{}' since {}, but {}", c.id, status.value,
                                   status.since.iso(), contradiction),
                       "add a <status> for what happened, or correct the event");
  d.notes.push_back({by->location, "the event is recorded here"});
}

// Whether a lasting situation (imprisonment, detention, restrictions, exile,
// an investigation) held during the period: a political prisoner sentenced
// years earlier still belongs in "the past year".
bool continues_into(const model::Case& c, const model::Vocabulary& vocabulary, int from, int to) {
  for (std::size_t i = 0; i < c.statuses.size(); ++i) {
    const auto& s = c.statuses[i];
    // Every status lasts but the ones that end a case: a release, liberty, death.
    bool lasting = s.value != "released" && s.value != "at-liberty" &&
                   vocabulary.custody(s.value) != model::Custody::Dead;
    if (!lasting || s.since.first_day_key() > to) continue;
    bool ended_before = i + 1 < c.statuses.size() && c.statuses[i + 1].since.last_day_key() < from;
    if (!ended_before) return true;
  }
  return false;
}

void check_period(const DocumentFacts& facts, const model::Vocabulary& vocabulary, Reporter& out) {
  const auto& doc = *facts.document;
  if (!doc.period || !out.enabled("period-outside")) return;
  int from = doc.period->from.first_day_key(), to = doc.period->to.last_day_key();
  std::unordered_map<const model::Block*, const SectionFact*> about_period;
  for (const auto& section : facts.sections)
    if (!section.period_phrase.empty()) about_period.emplace(section.section, &section);
  for (const auto& use : facts.cases) {
    auto found = about_period.find(use.section);
    if (found == about_period.end()) continue;
    const SectionFact& section = *found->second;
    {
      const auto& c = *use.kase;
      if (c.events.empty()) continue;
      bool inside = std::any_of(c.events.begin(), c.events.end(), [&](const model::CaseEvent& e) {
        return e.date.last_day_key() >= from && e.date.first_day_key() <= to;
      });
      bool continues = false;
      for_each_situation(c, [&](const model::Case& view) { continues = continues || continues_into(view, vocabulary, from, to); });
      if (inside || continues) continue;
      auto& d = out.report("period-outside", use.location,
                           fmt::format("case '{}' has no event in the reporting period ({} to {}), but the section "
                                       "'{}' is about that period",
                                       c.id, doc.period->from.iso(), doc.period->to.iso(), section.section->id),
                           "move the case to a section about earlier events, or record its events in the period");
      d.notes.push_back({section.phrase_location, fmt::format("the section speaks of the '{}' here", section.period_phrase)});
      d.notes.push_back({c.events.back().location, fmt::format("the case's last event is of {}", c.events.back().date.iso())});
    }
  }
}

// Months from the month of `a` to the month of `b` (b later).
int months_between(const model::Date& a, const model::Date& b) {
  int am = a.month ? a.month : 12, bm = b.month ? b.month : 1;  // a partial date, read in its favour
  return (b.year - a.year) * 12 + (bm - am);
}

// A lasting status (imprisoned, in exile, under a travel ban…) that no source
// has confirmed for longer than the style allows, at the end of the paper's
// period: a paper that says "remains in prison" of someone last heard of four
// years ago may be wrong. Confirmed by the status's `confirmed` date or by any
// event recorded since it began; a term of imprisonment or restricted
// freedom that has not run out confirms itself. `c` is one subject's
// situation when the case tells its subjects apart.
void check_stale_status(const model::Case& c, const model::Date& as_of, int age, const model::Vocabulary& vocabulary,
                        Reporter& out, const CaseUse& use, const std::string& document_id) {
  const model::CaseStatus* status = resolve::status_as_of(c, as_of.last_day_key());
  if (!status) return;
  auto custody = vocabulary.custody(status->value);
  if (status->value == "released" || status->value == "at-liberty" || custody == model::Custody::Dead) return;
  model::Date confirmed = status->confirmed ? *status->confirmed : status->since;
  for (const auto& e : c.events)
    if (e.date.first_day_key() >= status->since.first_day_key() && e.date.last_day_key() <= as_of.last_day_key() &&
        e.date.last_day_key() > confirmed.last_day_key())
      confirmed = e.date;
  // A term not yet served holds the person by itself: five years from 2016
  // still hold in 2020, whatever was heard since.
  if (custody == model::Custody::Held || custody == model::Custody::Restricted) {
    bool serving = std::any_of(c.events.begin(), c.events.end(), [&](const model::CaseEvent& e) {
      int term_months = e.years * 12 + e.months + (e.days + 29) / 30;
      if (e.type != "sentence" || term_months == 0) return false;
      model::Date end = e.date;
      int total = (end.month ? end.month : 1) - 1 + term_months;
      end.year += total / 12;
      end.month = total % 12 + 1;
      end.precision = model::DatePrecision::Month;
      end.day = 0;
      return end.last_day_key() >= as_of.first_day_key();
    });
    if (serving) return;
  }
  int months = months_between(confirmed, as_of);
  if (months <= age) return;
  auto& d = out.report("status-stale", status->location,
                       fmt::format("case '{}' is '{}' as of {}, but that was last confirmed {}, {} months before: "
                                   "does it still hold?",
                                   c.id, status->value, as_of.iso(), confirmed.iso(), months),
                       "add the status that followed, or confirmed=\"DATE\" with the day a source last said it "
                       "held (the style allows " + std::to_string(age) + " months)");
  d.notes.push_back({use.location, fmt::format("'{}' prints the case here", document_id)});
}

void check_stale_statuses(const DocumentFacts& facts, const model::Style* style, const model::Vocabulary& vocabulary,
                          Reporter& out) {
  if (!out.enabled("status-stale")) return;
  const auto& doc = *facts.document;
  std::optional<model::Date> as_of = doc.period ? std::optional(doc.period->to) : doc.date;
  if (!as_of) return;
  const int age = style ? style->status_age_months : 24;
  std::vector<const model::Case*> seen;
  for (const auto& use : facts.cases) {
    const auto& c = *use.kase;
    if (std::find(seen.begin(), seen.end(), &c) != seen.end()) continue;
    seen.push_back(&c);
    for_each_situation(c, [&](const model::Case& view) {
      check_stale_status(view, *as_of, age, vocabulary, out, use, doc.id);
    });
  }
}

}  // namespace

void check_chronology(const CheckContext& ctx, Reporter& out) {
  for (const auto& c : ctx.corpus.cases) {
    check_order(c, out);
    check_sentence_after_charge(c, out);
    for_each_situation(c, [&](const model::Case& view) { check_status(view, ctx.corpus.vocabulary, out); });
  }
  for (const auto& f : ctx.facts) check_period(f, ctx.corpus.vocabulary, out);
  for (std::size_t i = 0; i < ctx.facts.size(); ++i)
    check_stale_statuses(ctx.facts[i], ctx.documents[i].style, ctx.corpus.vocabulary, out);
}

}  // namespace briefc::check
