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

const model::Narrative* ConfidentialityPolicy::default_narrative(const model::Case& c,
                                                                 diag::SourceLocation where) const {
  for (const auto& n : c.narratives)
    if (!hidden(n.confidentiality)) return &n;
  if (c.narratives.empty()) return nullptr;  // the resolver reports a case without narratives
  refuse(where, fmt::format("every narrative of case '{}' is confidential; a public build has none to print", c.id),
         fmt::format("add a public <narrative> to the case, {}", internal_hint), c.narratives.front().location,
         c.narratives.front().confidentiality);
  return nullptr;
}

bool ConfidentialityPolicy::may_print(const model::Case& c, const model::Narrative& n,
                                      diag::SourceLocation where) const {
  if (!hidden(n.confidentiality)) return true;
  refuse(where, fmt::format("narrative '{}' of case '{}' is confidential; a public build cannot print it", n.id, c.id),
         fmt::format("choose a public narrative with narrative=\"…\", {}", internal_hint), n.location,
         n.confidentiality);
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
