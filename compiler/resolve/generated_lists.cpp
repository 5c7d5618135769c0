#include "resolve/generated_lists.hpp"

#include "resolve/names.hpp"
#include "resolve/period.hpp"
#include "text/case_map.hpp"
#include "text/catalog.hpp"
#include "text/placeholders.hpp"
#include "text/record_messages.hpp"
#include "text/collation.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace briefc::resolve {

namespace {

Span span(std::string text, diag::SourceLocation where, bool bold = false, bool italic = false) {
  Span s;
  s.text = std::move(text);
  s.bold = bold;
  s.italic = italic;
  s.location = where;
  return s;
}

Span name_span(std::string text, diag::SourceLocation where, bool bold) {
  Span s = span(std::move(text), where, bold);
  s.no_hyphen = true;  // names are never hyphenated
  return s;
}

Paragraph paragraph(ParagraphKind kind, diag::SourceLocation where, std::string label = {}) {
  Paragraph p;
  p.kind = kind;
  p.location = where;
  p.label = std::move(label);
  return p;
}

std::optional<Paragraph> heading(const Generation& g, const model::Block& block, int level) {
  if (block.heading_text.empty()) return std::nullopt;
  Paragraph h = paragraph(ParagraphKind::Heading, block.location);
  h.level = level;
  std::string text = block.heading_text;
  if (g.style.level_case[std::clamp(level, 1, 3) - 1] == model::TextCase::Upper)
    text = text::to_upper(g.locales, text, g.doc.lang);
  h.spans.push_back(name_span(text, block.location, false));
  h.outline_title = block.heading_text;
  return h;
}

// A subject's name as this build prints it: "" when withheld (the policy has said why).
std::string printed_subject(const Generation& g, const std::string& id, diag::SourceLocation where) {
  auto shown = g.policy.name(id, where);
  if (shown.kind != Printed::Kind::AsWritten) return shown.wording;
  return subject_name(g.corpus, id, g.doc.lang);
}

std::string printed_subjects(const Generation& g, const std::vector<std::string>& subjects,
                             diag::SourceLocation where) {
  std::vector<std::string> names;
  for (const auto& id : subjects)
    if (auto name = printed_subject(g, id, where); !name.empty()) names.push_back(name);
  return join_list(g.locales, names, g.doc.lang);
}

// Whom an event concerns: the subjects it names, else its case's.
const std::vector<std::string>& event_subjects(const model::Case& c, const model::CaseEvent& e) {
  return e.subjects.empty() ? c.subjects : e.subjects;
}

// The event's subjects, when not all of the case's: "Alma Orazova was sentenced …".
bool names_its_subjects(const model::Case& c, const model::CaseEvent& e) {
  return !e.subjects.empty() && e.subjects != c.subjects;
}

bool is_new(const Generation& g, const model::Case& c) {
  const auto* last = g.history.last();
  return last && !last->includes_case(c.id);
}

// The edition's name in generated text: its date ("November 2020"), or its id.
std::string edition_label(const Generation& g, const EditionContents& e) {
  return e.date ? written_date(g.phrasing(), *e.date) : e.id;
}

}  // namespace

Paragraph names_paragraph(const Generation& g, const model::Block& query,
                          const std::vector<const model::Case*>& cases) {
  struct Named {
    std::string id, key, name;
    bool is_new = true;
  };
  std::vector<Named> people;
  const int last_day = day_span(g.doc.period).last;
  for (const auto* c : cases)
    for (const auto& subject : c->subjects) {
      // A list of who has a status names only the subjects who have it.
      if (!query.status.empty()) {
        const auto* status = status_as_of(*c, last_day, subject);
        if (!status || !status_matches(query.status, status->value)) continue;
      }
      auto it = std::find_if(people.begin(), people.end(), [&](const Named& n) { return n.id == subject; });
      if (it != people.end()) {
        it->is_new = it->is_new && is_new(g, *c);
        continue;
      }
      auto shown = g.policy.name(subject, query.location);
      if (shown.kind == Printed::Kind::Nothing) continue;
      if (shown.kind == Printed::Kind::PublicWording)
        people.push_back({subject, shown.wording, shown.wording, is_new(g, *c)});
      else
        people.push_back({subject, surname_key(g.corpus, subject, g.doc.lang),
                          subject_name(g.corpus, subject, g.doc.lang), is_new(g, *c)});
    }
  std::vector<std::string> keys;
  for (const auto& n : people) keys.push_back(n.key);
  auto order = text::collation_order(g.locales, keys, g.doc.lang);

  Paragraph p = paragraph(ParagraphKind::Body, query.location);
  if (!query.lead.empty()) p.spans.push_back(span(query.lead + " ", query.location));
  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto& person = people[order[i]];
    if (i > 0) p.spans.push_back(span(list_separator(g.locales, i, order.size(), g.doc.lang), query.location, true));
    p.spans.push_back(name_span(person.name, query.location, true));
    if (person.is_new)
      p.spans.push_back(span(fmt::format(" {}", g.wording.message(text::msg::new_in_edition, query.location)), query.location));
  }
  if (!query.end_text.empty()) p.spans.push_back(span(query.end_text, query.location));
  return p;
}

std::optional<Paragraph> case_summary(const Generation& g, const model::Case& c, diag::SourceLocation where,
                                      bool name_subjects) {
  const Phrasing ph = g.phrasing();
  DaySpan period = day_span(g.doc.period);
  Agreement agreement = case_agreement(g.corpus, c);
  std::string text;
  for (const auto& e : c.events) {
    if (!is_development(e) || !g.policy.prints(e) || !period.contains_any_day_of(e.date)) continue;
    if (!text.empty()) text += " ";
    if (names_its_subjects(c, e)) {
      // Two people of one case, sentenced differently: the sentence says whom.
      text += with_full_stop(say(
          ph, text::msg::subject_predicate_date,
          {{"subject", capitalised(g.locales, printed_subjects(g, e.subjects, e.location), g.doc.lang)},
           {"predicate", event_predicate(ph, e, subjects_agreement(g.corpus, e.subjects), true)},
           {"date", date_phrase(ph, e.date)}}));
      continue;
    }
    text += with_full_stop(capitalised(
        g.locales,
        say(ph, text::msg::predicate_date,
            {{"predicate", event_predicate(ph, e, agreement, false)}, {"date", date_phrase(ph, e.date)}}),
        g.doc.lang));
  }
  if (g.doc.period) {
    const std::string as_of = say(ph, text::msg::as_of, {{"date", written_date(ph, g.doc.period->to)}});
    if (!model::concerns_subjects_separately(c)) {
      if (const auto* status = status_as_of(c, period.last)) {
        if (!text.empty()) text += " ";
        text += with_full_stop(as_of + " " + status_phrase(ph, *status, agreement));
      }
    } else {
      // Each subject's own: "As of November 2024: Dana Omar: imprisoned since
      // 15 August 2024; Erlan Sadyk: released on 1 October 2024."
      std::vector<std::string> each;
      for (const auto& subject : c.subjects) {
        const auto* status = status_as_of(c, period.last, subject);
        std::string name = printed_subjects(g, {subject}, where);
        if (!status || name.empty()) continue;
        each.push_back(fmt::format("{}: {}", capitalised(g.locales, name, g.doc.lang),
                                   status_phrase(ph, *status, subjects_agreement(g.corpus, {subject}))));
      }
      if (!each.empty()) {
        if (!text.empty()) text += " ";
        std::string joined;
        for (const auto& e : each) joined += (joined.empty() ? "" : "; ") + e;
        text += with_full_stop(as_of + " " + joined);
      }
    }
  }
  if (text.empty()) return std::nullopt;
  Paragraph p = paragraph(ParagraphKind::Body, where);
  // Whom it is about, unless a profile's heading above says so.
  if (name_subjects)
    if (auto names = printed_subjects(g, c.subjects, where); !names.empty()) {
      p.spans.push_back(name_span(capitalised(g.locales, names, g.doc.lang), where, true));
      p.spans.push_back(span(": ", where));
    }
  p.spans.push_back(span(text, where));
  return p;
}

std::vector<Paragraph> developments(const Generation& g, const model::Block& block, int level) {
  std::vector<Paragraph> out;
  if (auto h = heading(g, block, level)) out.push_back(std::move(*h));
  const Phrasing ph = g.phrasing();
  DaySpan period = day_span(g.doc.period);
  // After the previous edition's period when there is one, else within this period.
  const auto* last = g.history.last();
  int after = last && last->period ? day_span(last->period).last : period.first - 1;

  // The cases of either edition; for a first edition, every case of the records.
  std::vector<std::string> case_ids;
  if (last) {
    case_ids = last->cases;
    for (const auto& id : g.current.cases)
      if (std::find(case_ids.begin(), case_ids.end(), id) == case_ids.end()) case_ids.push_back(id);
  } else {
    for (const auto& c : g.corpus.cases) case_ids.push_back(c.id);
  }

  struct Development {
    int day;
    std::size_t order;
    Paragraph item;
  };
  std::vector<Development> found;
  for (const auto& id : case_ids) {
    const auto* c = g.corpus.find_case(id);
    if (!c || !g.policy.selectable(*c)) continue;
    if (!block.themes.empty() && std::none_of(block.themes.begin(), block.themes.end(), [&](const std::string& t) {
          return std::find(c->themes.begin(), c->themes.end(), t) != c->themes.end();
        }))
      continue;
    for (const auto& e : c->events) {
      if (!is_development(e) || !g.policy.prints(e) || e.date.last_day_key() <= after ||
          e.date.first_day_key() > period.last)
        continue;
      Paragraph item = paragraph(ParagraphKind::ListItem, block.location, "•");
      // A sentence: a public wording ("a woman from Shymkent") starts it with a
      // capital, and is set as a name wherever the language puts the subject.
      const auto subjects = event_subjects(*c, e);
      const std::string shape = text::translate(g.locales, text::msg::subject_predicate_date, g.doc.lang);
      const std::string predicate = event_predicate(ph, e, subjects_agreement(g.corpus, subjects), true);
      const std::string when = date_phrase(ph, e.date);
      std::string words;
      bool named = false;
      for (const auto& piece : text::parse_pattern(shape).pieces) {
        if (!piece.placeholder || piece.text != "subject") {
          words += text::fill_pattern(piece.placeholder ? fmt::format("{{{}}}", piece.text) : std::string(piece.text),
                                      {{"predicate", predicate}, {"date", when}});
          continue;
        }
        if (!words.empty()) item.spans.push_back(span(words, e.location));
        words.clear();
        item.spans.push_back(name_span(
            named ? printed_subjects(g, subjects, e.location)
                  : capitalised(g.locales, printed_subjects(g, subjects, e.location), g.doc.lang),
            e.location, false));
        named = true;
      }
      item.spans.push_back(span(with_full_stop(words), e.location));
      found.push_back({e.date.first_day_key(), found.size(), std::move(item)});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Development& a, const Development& b) { return a.day < b.day; });
  for (auto& d : found) out.push_back(std::move(d.item));
  if (found.empty()) {
    Paragraph none = paragraph(ParagraphKind::Body, block.location);
    none.spans.push_back(
        span(say(ph, last ? text::msg::no_developments : text::msg::no_developments_in_period), block.location));
    out.push_back(std::move(none));
  }
  return out;
}

std::vector<Paragraph> recommendation_history(const Generation& g, const model::Block& block, int level) {
  std::vector<Paragraph> out;
  if (auto h = heading(g, block, level)) out.push_back(std::move(*h));
  const Phrasing ph = g.phrasing();
  // Oldest first, this edition last.
  std::vector<const EditionContents*> editions;
  for (auto it = g.history.previous.rbegin(); it != g.history.previous.rend(); ++it) editions.push_back(&*it);
  editions.push_back(&g.current);

  int number = 0;
  for (const auto& rec : g.current.recommendations) {
    std::vector<std::string> made_in;
    for (const auto* e : editions)
      if (e->recommendation(rec.id)) made_in.push_back(edition_label(g, *e));
    std::string history = " — " + say(ph, text::msg::first_made) + ": " + made_in.front();
    if (made_in.size() > 1) {
      std::vector<std::string> repeats(made_in.begin() + 1, made_in.end());
      history += "; " + say(ph, text::msg::repeated_in) + ": " + join_list(g.locales, repeats, g.doc.lang);
    }
    Paragraph item = paragraph(ParagraphKind::ListItem, rec.location, std::to_string(++number) + ".");
    item.spans.push_back(span(rec.text, rec.location, false, g.style.recommendations_italic));
    item.spans.push_back(span(with_full_stop(history), rec.location));
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace briefc::resolve
