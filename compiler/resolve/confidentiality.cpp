#include "resolve/confidentiality.hpp"

#include <fmt/format.h>

namespace briefc::resolve {

namespace {

constexpr const char* internal_hint = "or build an internal edition with --internal";

}  // namespace

void ConfidentialityPolicy::refuse(diag::SourceLocation where, const std::string& message, const std::string& hint,
                                   diag::SourceLocation record, const model::Confidentiality& c) const {
  auto& d = diags_.error(where, message, hint);
  d.notes.push_back({record, fmt::format("marked confidential here: {}", c.reason)});
}

bool ConfidentialityPolicy::may_build(const model::Document& document) const {
  if (!hidden(document.confidentiality)) return true;
  diags_.error(document.location,
               fmt::format("document '{}' is confidential ({}); it has no public edition", document.id,
                           document.confidentiality.reason),
               "build it with --internal");
  return false;
}

Printed ConfidentialityPolicy::name(const std::string& id, diag::SourceLocation where) const {
  const model::Confidentiality* c = nullptr;
  diag::SourceLocation record;
  const char* kind = "person";
  if (const auto* p = corpus_.person(id)) {
    c = &p->confidentiality;
    record = p->location;
  } else if (const auto* o = corpus_.organisation(id)) {
    c = &o->confidentiality;
    record = o->location;
    kind = "organisation";
  } else if (const auto* g = corpus_.group(id)) {
    c = &g->confidentiality;
    record = g->location;
    kind = "group";
  }
  if (!c || !hidden(*c)) return {};
  if (!c->public_as.empty()) return {Printed::Kind::PublicWording, c->public_as};
  refuse(
      where,
      fmt::format("{} '{}' is confidential and has no public wording; a public build cannot print this name", kind, id),
      fmt::format("add public-as=\"…\" to the record (e.g. \"a women's rights activist from Shymkent\"), "
                  "leave the name out, {}",
                  internal_hint),
      record, *c);
  return {Printed::Kind::Nothing, {}};
}

const std::string* ConfidentialityPolicy::citation_wording(const model::Source& source) const {
  if (!hidden(source.confidentiality) || source.confidentiality.public_as.empty()) return nullptr;
  return &source.confidentiality.public_as;
}

Printed ConfidentialityPolicy::citation(const model::Source& source, diag::SourceLocation where) const {
  if (!hidden(source.confidentiality)) return {};
  if (const auto* wording = citation_wording(source)) return {Printed::Kind::PublicWording, *wording};
  refuse(where,
         fmt::format("source '{}' is confidential and has no public attribution; a public build cannot cite it",
                     source.id),
         fmt::format("add public-as=\"…\" to the source (e.g. \"Source: monitoring by KIBHR\"), remove the "
                     "citation, {}",
                     internal_hint),
         source.location, source.confidentiality);
  return {Printed::Kind::Nothing, {}};
}

Printed ConfidentialityPolicy::field(const model::Inline& span) const {
  if (internal()) return {};
  if (!span.public_as.empty()) return {Printed::Kind::PublicWording, span.public_as};
  return {Printed::Kind::Nothing, {}};
}

bool ConfidentialityPolicy::may_include(const model::Case& c, diag::SourceLocation where) const {
  if (!hidden(c.confidentiality)) return true;
  refuse(where, fmt::format("case '{}' is confidential; a public build cannot print it", c.id),
         fmt::format("remove this <case>, {}", internal_hint), c.location, c.confidentiality);
  return false;
}

bool ConfidentialityPolicy::selectable(const model::Case& c) const {
  return !hidden(c.confidentiality);
}

bool ConfidentialityPolicy::may_link_to(const std::string& id, diag::SourceLocation where) const {
  const auto* c = corpus_.find_case(id);
  if (!c || !hidden(c->confidentiality)) return true;
  refuse(where, fmt::format("cross-reference to case '{}', which is confidential and not in a public build", id),
         fmt::format("refer to something else, {}", internal_hint), c->location, c->confidentiality);
  return false;
}

namespace {

// The default choice (no id), and the first candidate withheld by its mark.
struct DefaultChoice {
  const model::Narrative* chosen = nullptr;
  const model::Narrative* first_withheld = nullptr;
};

DefaultChoice choose_default(const model::Case& c, const std::string& lang, Readership readership) {
  // Language first: a narrative in the document's language, else one written
  // for any language; never one in another language, which may translate a
  // narrative this build must not print. Then marks, a translation carrying
  // the mark of what it translates.
  const model::Narrative *in_language = nullptr, *neutral = nullptr;
  DefaultChoice out;
  for (const auto& n : c.narratives) {
    bool fits = model::same_language(n.lang, lang);
    if (!fits && !n.lang.empty()) continue;
    if (readership == Readership::Public && model::narrative_mark(c, n).confidential) {
      if (!out.first_withheld) out.first_withheld = &n;
    } else if (fits && !in_language) {
      in_language = &n;
    } else if (!fits && !neutral) {
      neutral = &n;
    }
  }
  out.chosen = in_language ? in_language : neutral;
  return out;
}

}  // namespace

const model::Narrative* narrative_to_print(const model::Case& c, const std::string& id, const std::string& lang,
                                           Readership readership) {
  if (id.empty()) return choose_default(c, lang, readership).chosen;
  const auto* n = model::narrative_for(c, id, lang);
  if (!n || (readership == Readership::Public && model::narrative_mark(c, *n).confidential)) return nullptr;
  return n;
}

const model::Narrative* ConfidentialityPolicy::default_narrative(const model::Case& c, const std::string& lang,
                                                                 diag::SourceLocation where,
                                                                 bool& none_in_language) const {
  auto choice = choose_default(c, lang, readership_);
  none_in_language = !choice.chosen && !choice.first_withheld;
  if (choice.chosen) return choice.chosen;
  if (!choice.first_withheld) return nullptr;  // the resolver reports a case without a narrative in the language
  const auto* first_withheld = choice.first_withheld;
  const auto& mark = model::narrative_mark(c, *first_withheld);
  refuse(where,
         fmt::format("every narrative of case '{}' that a document in '{}' could print is confidential; a public "
                     "build has none to print",
                     c.id, lang),
         fmt::format("add a public <narrative> to the case (a translation of a confidential narrative is "
                     "confidential too), {}",
                     internal_hint),
         first_withheld->location, mark);
  return nullptr;
}

bool ConfidentialityPolicy::may_print(const model::Case& c, const model::Narrative& n,
                                      diag::SourceLocation where) const {
  const auto& mark = model::narrative_mark(c, n);
  if (!hidden(mark)) return true;
  std::string which = n.id.empty() ? "the narrative" : fmt::format("narrative '{}'", n.id);
  if (!n.lang.empty()) which += fmt::format(" in '{}'", n.lang);
  refuse(where, fmt::format("{} of case '{}' is confidential; a public build cannot print it", which, c.id),
         fmt::format("choose a public narrative with narrative=\"…\" (a translation of a confidential narrative is "
                     "confidential too), {}",
                     internal_hint),
         n.location, mark);
  return false;
}

bool ConfidentialityPolicy::prints(const model::CaseEvent& event) const {
  return !hidden(event.confidentiality);
}

std::string ConfidentialityPolicy::sort_name(const model::Person& person) const {
  if (hidden(person.confidentiality)) return person.confidentiality.public_as;
  return person.latin().family + " " + person.latin().given;
}

}  // namespace briefc::resolve
