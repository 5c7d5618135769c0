#include "read/records_reader.hpp"

#include "read/inline_reader.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace briefc::read {

namespace {

model::Confidentiality read_confidentiality(const ElementReader& r, const pugi::xml_node& n) {
  model::Confidentiality c;
  if (auto a = n.attribute("confidential")) {
    c.confidential = true;
    c.reason = r.text_attr(n, "confidential");
    if (c.reason.empty() || c.reason == " ")
      r.diags().error(r.at(n, "confidential"), "a confidentiality mark needs a reason",
                      "write confidential=\"victim asked not to be named\"");
  }
  c.public_as = r.text_attr(n, "public-as");
  return c;
}

bool valid_language_tag(const std::string& tag) {
  // BCP 47 in the shape briefc needs: a 2-3 letter language, then optional
  // subtags of 2-8 letters or digits ("en", "ru", "kk", "en-GB", "sr-Latn").
  if (tag.size() < 2) return false;
  std::size_t i = 0;
  while (i < tag.size() && tag[i] >= 'a' && tag[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  while (i < tag.size()) {
    if (tag[i] != '-') return false;
    std::size_t start = ++i;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) ++i;
    if (i - start < 2 || i - start > 8) return false;
  }
  return true;
}

}  // namespace

bool register_id(const ElementReader& r, const pugi::xml_node& n, const std::string& id, model::RecordRef ref,
                 model::Corpus& corpus) {
  if (id.empty()) return false;
  auto [it, inserted] = corpus.index.emplace(id, ref);
  if (inserted) return true;
  auto& d = r.diags().error(r.at(n, "id"), fmt::format("duplicate id '{}'", id), "every id must be unique in the corpus");
  d.notes.push_back({corpus.location_of(it->second),
                     fmt::format("'{}' is first defined here, as a {}", id, model::record_kind_name(it->second.kind))});
  return false;
}

std::string check_language(const ElementReader& r, const pugi::xml_node& n, const char* attr) {
  std::string lang = n.attribute(attr).value();
  if (n.attribute(attr) && !valid_language_tag(lang))
    r.diags().error(r.at(n, attr), fmt::format("invalid language tag '{}'", lang),
                    "use a BCP 47 tag such as en, ru, kk or en-GB");
  return lang;
}

void read_source(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "kind", "lang", "url", "title", "publisher", "date", "confidential", "public-as"},
                     {"id", "kind", "lang"});
  r.check_children(n, {});
  model::Source s;
  s.location = r.at(n);
  s.id = r.id_attr(n);
  s.kind = r.enum_attr(n, "kind", source_kinds);
  s.lang = check_language(r, n, "lang");
  s.url = r.uri_attr(n, "url");
  s.title = r.text_attr(n, "title");
  s.publisher = r.text_attr(n, "publisher");
  s.date = r.date_attr(n, "date");
  s.confidentiality = read_confidentiality(r, n);
  if (s.url.empty() && s.title.empty())
    r.diags().error(r.at(n), fmt::format("source '{}' has neither a url nor a title", s.id),
                    "a citation must print something: add url=\"…\" or title=\"…\"");
  if (register_id(r, n, s.id, {model::RecordKind::Source, corpus.sources.size()}, corpus))
    corpus.sources.push_back(std::move(s));
}

void read_provision(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "code", "article", "part", "offence", "source"}, {"id", "code", "article", "offence"});
  r.check_children(n, {});
  model::Provision p;
  p.location = r.at(n);
  p.id = r.id_attr(n);
  p.code = r.enum_attr(n, "code", {"criminal", "administrative", "civil", "constitution", "other"});
  p.article = r.text_attr(n, "article");
  p.part = r.text_attr(n, "part");
  p.offence = r.text_attr(n, "offence");
  p.source = n.attribute("source").value();
  if (register_id(r, n, p.id, {model::RecordKind::Provision, corpus.provisions.size()}, corpus))
    corpus.provisions.push_back(std::move(p));
}

namespace {

model::Script read_script(const ElementReader& r, const pugi::xml_node& n) {
  return r.enum_attr(n, "script", {"latin", "cyrillic"}) == "cyrillic" ? model::Script::Cyrillic
                                                                        : model::Script::Latin;
}

std::vector<std::string> read_variants(const ElementReader& r, const pugi::xml_node& n) {
  std::vector<std::string> out;
  for (auto v : n.children("variant")) {
    r.check_attributes(v, {});
    r.check_text_only(v);
    auto text = collapse_whitespace(v.text().get());
    if (text.empty() || text == " ") r.diags().error(r.at(v), "empty <variant>");
    out.push_back(text);
  }
  return out;
}

}  // namespace

// The schema wants a record's first child to be its <name> (then names and
// variants in any order).
void check_name_first(const ElementReader& r, const pugi::xml_node& n) {
  auto first = n.find_child([](const pugi::xml_node& c) { return c.type() == pugi::node_element; });
  if (first && std::string_view(first.name()) == "variant")
    r.diags()
        .error(r.at(first), fmt::format("<variant> is out of order in <{}>: it must come after a <name>", n.name()),
               fmt::format("the schema's order in <{}> is <name>, then more <name>s and <variant>s", n.name()))
        .rule = "element-order";
}

void read_person(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "roles", "location", "affiliation", "gender", "confidential", "public-as"}, {"id"});
  r.check_children(n, {"name", "variant"});
  check_name_first(r, n);
  model::Person p;
  p.location = r.at(n);
  p.id = r.id_attr(n);
  p.roles = r.enum_list_attr(n, "roles",
                             {"activist", "journalist", "blogger", "lawyer", "human-rights-defender", "politician",
                              "official", "judge", "religious-figure", "business-person", "poet", "other"});
  p.location_name = r.text_attr(n, "location");
  p.affiliation = n.attribute("affiliation").value();
  p.gender = r.enum_attr(n, "gender", {"f", "m"});
  p.confidentiality = read_confidentiality(r, n);
  for (auto name : n.children("name")) {
    r.check_attributes(name, {"given", "family", "script"});
    r.check_children(name, {});
    model::PersonName pn{r.text_attr(name, "given"), r.text_attr(name, "family"), read_script(r, name), r.at(name)};
    if (pn.full().empty()) r.diags().error(r.at(name), "a person's <name> needs 'given' or 'family'");
    p.names.push_back(std::move(pn));
  }
  if (p.names.empty())
    r.diags().error(r.at(n), fmt::format("person '{}' has no <name>", p.id), "add <name given=\"…\" family=\"…\"/>");
  else if (p.names.front().script != model::Script::Latin)
    r.diags().error(p.names.front().location, "the first <name> of a person must be the Latin-script form");
  p.variants = read_variants(r, n);
  if (p.names.empty()) return;
  if (register_id(r, n, p.id, {model::RecordKind::Person, corpus.persons.size()}, corpus))
    corpus.persons.push_back(std::move(p));
}

void read_organisation(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "kind", "abbrev", "country", "confidential", "public-as"}, {"id", "kind"});
  r.check_children(n, {"name", "variant"});
  check_name_first(r, n);
  model::Organisation o;
  o.location = r.at(n);
  o.id = r.id_attr(n);
  o.kind = r.enum_attr(n, "kind",
                       {"ngo", "party", "movement", "media", "government", "court", "international", "business",
                        "other"});
  o.abbrev = r.text_attr(n, "abbrev");
  o.country = r.text_attr(n, "country");
  o.confidentiality = read_confidentiality(r, n);
  for (auto name : n.children("name")) {
    r.check_attributes(name, {"script"});
    r.check_text_only(name);
    o.names.push_back({collapse_whitespace(name.text().get()), read_script(r, name)});
  }
  if (o.names.empty()) {
    r.diags().error(r.at(n), fmt::format("organisation '{}' has no <name>", o.id));
    return;
  }
  o.variants = read_variants(r, n);
  if (register_id(r, n, o.id, {model::RecordKind::Organisation, corpus.organisations.size()}, corpus))
    corpus.organisations.push_back(std::move(o));
}

void read_group(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "count", "confidential", "public-as"}, {"id"});
  r.check_children(n, {"description", "member"});
  r.check_order(n, {{"description"}, {"member"}}, "<description>, then <member>");
  model::Group g;
  g.location = r.at(n);
  g.id = r.id_attr(n);
  g.count = r.int_attr(n, "count");
  g.confidentiality = read_confidentiality(r, n);
  for (auto d : n.children("description")) {
    r.check_attributes(d, {"lang"});
    r.check_text_only(d);
    g.descriptions.emplace_back(check_language(r, d, "lang"), collapse_whitespace(d.text().get()));
  }
  for (auto m : n.children("member")) {
    r.check_attributes(m, {"ref"}, {"ref"});
    r.check_children(m, {});
    g.members.push_back(m.attribute("ref").value());
  }
  if (g.descriptions.empty() || g.descriptions.front().second.empty() || g.descriptions.front().second == " ") {
    r.diags().error(r.at(n), fmt::format("group '{}' has no <description>", g.id),
                    "say who they are, as the paper would: <description lang=\"en\">12 activists opposing the "
                    "nuclear plant</description>");
    return;
  }
  if (register_id(r, n, g.id, {model::RecordKind::Group, corpus.groups.size()}, corpus))
    corpus.groups.push_back(std::move(g));
}

namespace {

model::CaseEvent read_event(const ElementReader& r, const pugi::xml_node& e) {
  r.check_attributes(e,
                     {"type", "date", "provisions", "sentence", "years", "months", "days", "amount", "currency",
                      "converted-amount", "converted-currency", "outcome", "place", "sources", "subjects",
                      "confidential", "public-as"},
                     {"type", "date"});
  r.check_text_only(e);
  model::CaseEvent ev;
  ev.location = r.at(e);
  // One of briefc's event types or the project's: known once every file is
  // read (read/vocabulary_check.cpp).
  ev.type = r.text_attr(e, "type");
  ev.type_location = r.at(e, "type");
  if (auto d = r.date_attr(e, "date")) ev.date = *d;
  ev.provisions = r.list_attr(e, "provisions");
  ev.sentence = r.enum_attr(e, "sentence",
                            {"imprisonment", "restricted-freedom", "suspended", "administrative-detention", "fine",
                             "psychiatric", "ban"});
  ev.years = r.int_attr(e, "years");
  ev.months = r.int_attr(e, "months");
  ev.days = r.int_attr(e, "days");
  ev.amount = r.text_attr(e, "amount");
  ev.currency = r.text_attr(e, "currency");
  ev.converted_amount = r.text_attr(e, "converted-amount");
  ev.converted_currency = r.text_attr(e, "converted-currency");
  ev.outcome = r.enum_attr(e, "outcome", {"upheld", "overturned", "reduced", "denied", "granted"});
  ev.place = r.text_attr(e, "place");
  ev.sources = r.list_attr(e, "sources");
  ev.subjects = r.list_attr(e, "subjects");
  ev.description = collapse_whitespace(e.text().get());
  ev.confidentiality = read_confidentiality(r, e);
  return ev;
}

model::Narrative read_narrative(const ElementReader& r, const pugi::xml_node& n) {
  r.check_attributes(n, {"id", "lang", "confidential"});
  model::Narrative nar;
  nar.location = r.at(n);
  nar.id = n.attribute("id").value();
  nar.lang = check_language(r, n, "lang");
  nar.content = read_inline(r, n);
  nar.confidentiality = read_confidentiality(r, n);
  return nar;
}

model::CaseStatus read_status(const ElementReader& r, const pugi::xml_node& n) {
  r.check_attributes(n, {"value", "since", "confirmed", "subjects"}, {"value", "since"});
  r.check_children(n, {});
  model::CaseStatus s;
  s.location = r.at(n);
  s.subjects = r.list_attr(n, "subjects");  // checked against the case's once all is read
  s.value = n.attribute("value").value();  // checked against the vocabulary once all is read
  if (auto d = r.date_attr(n, "since")) s.since = *d;
  s.confirmed = r.date_attr(n, "confirmed");
  if (s.confirmed && s.confirmed->last_day_key() < s.since.first_day_key())
    r.diags().error(r.at(n, "confirmed"),
                    fmt::format("the status is confirmed on {}, before it began ({})", s.confirmed->iso(), s.since.iso()),
                    "confirmed=\"…\" is the last day a source said the status still held");
  return s;
}

}  // namespace

void read_vocabulary(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  using model::TermKind;
  r.check_attributes(n, {});
  r.check_children(n, {"theme", "status", "event-type", "audience"});
  for (auto child : n.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view element = child.name();
    const TermKind kind = element == "status"       ? TermKind::Status
                          : element == "event-type" ? TermKind::EventType
                          : element == "audience"   ? TermKind::Audience
                                                    : TermKind::Theme;
    const bool status = kind == TermKind::Status;
    if (status) r.check_attributes(child, {"id", "custody"}, {"id", "custody"});
    else r.check_attributes(child, {"id"}, {"id"});
    r.check_children(child, {"label"});
    model::VocabularyTerm term;
    term.id = r.id_attr(child);
    term.location = r.at(child, "id");
    if (status) {
      auto custody = r.enum_attr(child, "custody", {"held", "restricted", "free", "dead", "unknown"});
      term.custody = custody == "held"         ? model::Custody::Held
                     : custody == "restricted" ? model::Custody::Restricted
                     : custody == "free"       ? model::Custody::Free
                     : custody == "dead"       ? model::Custody::Dead
                                               : model::Custody::Unknown;
    }
    for (auto label : child.children("label")) {
      r.check_attributes(label, {"lang"}, {"lang"});
      r.check_text_only(label);
      term.labels.emplace_back(check_language(r, label, "lang"), collapse_whitespace(label.text().get()));
    }
    auto& terms = corpus.vocabulary.declared(kind);
    auto built_in = model::built_in_terms(kind);
    bool shipped = std::any_of(built_in.begin(), built_in.end(), [&](const model::BuiltInTerm& t) { return t.id == term.id; });
    auto earlier = std::find_if(terms.begin(), terms.end(), [&](const model::VocabularyTerm& t) { return t.id == term.id; });
    if (term.id.empty()) continue;
    if (shipped) {
      r.diags().error(term.location,
                      fmt::format("'{}' is one of briefc's own {} already", term.id, model::term_kind_name(kind, true)),
                      "use it as it is, or give the project's term another id");
    } else if (earlier != terms.end()) {
      r.diags().error(term.location, fmt::format("the {} '{}' is declared twice", model::term_kind_name(kind), term.id),
                      "keep one declaration").notes.push_back({earlier->location, "first declared here"});
    } else {
      terms.push_back(std::move(term));
    }
  }
}

void read_case(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "subjects", "themes", "confidential", "public-as"}, {"id", "subjects"});
  r.check_children(n, {"status", "event", "narrative"});
  r.check_order(n, {{"status"}, {"event"}, {"narrative"}}, "<status>, then <event>, then <narrative>");
  model::Case c;
  c.location = r.at(n);
  c.id = r.id_attr(n);
  c.subjects = r.list_attr(n, "subjects");
  c.themes = r.list_attr(n, "themes");
  c.themes_location = r.at(n, "themes");
  c.confidentiality = read_confidentiality(r, n);
  for (auto child : n.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string name = child.name();
    if (name == "status") {
      c.statuses.push_back(read_status(r, child));
    } else if (name == "event") {
      c.events.push_back(read_event(r, child));
    } else if (name == "narrative") {
      c.narratives.push_back(read_narrative(r, child));
    }
  }
  if (c.statuses.empty())  // every status query and the checker's chronology start from one
    r.diags().error(c.location, fmt::format("case '{}' has no <status>", c.id),
                    "add <status value=\"…\" since=\"YYYY-MM-DD\"/> as its first child");
  if (register_id(r, n, c.id, {model::RecordKind::Case, corpus.cases.size()}, corpus))
    corpus.cases.push_back(std::move(c));
}

void read_case_update(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"case", "themes"}, {"case"});
  r.check_children(n, {"status", "event", "narrative"});
  r.check_order(n, {{"status"}, {"event"}, {"narrative"}}, "<status>, then <event>, then <narrative>");
  model::CaseUpdate u;
  u.case_id = n.attribute("case").value();
  u.location = r.at(n, "case");
  u.themes = r.list_attr(n, "themes");
  u.themes_location = r.at(n, "themes");
  for (auto child : n.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string name = child.name();
    if (name == "status") u.statuses.push_back(read_status(r, child));
    else if (name == "event") u.events.push_back(read_event(r, child));
    else if (name == "narrative") u.narratives.push_back(read_narrative(r, child));
  }
  if (u.statuses.empty() && u.events.empty() && u.themes.empty() && u.narratives.empty())
    r.diags().warning(r.at(n), fmt::format("this <update> of '{}' adds nothing", u.case_id),
                      "give it <status>, <event> or <narrative> children, or themes=\"…\"");
  corpus.case_updates.push_back(std::move(u));
}

void read_recommendation(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus) {
  r.check_attributes(n, {"id", "themes"}, {"id"});
  r.check_children(n, {"param", "text"});
  r.check_order(n, {{"param"}, {"text"}}, "<param>, then <text>");
  model::RecommendationTemplate t;
  t.location = r.at(n);
  t.id = r.id_attr(n);
  t.themes = r.list_attr(n, "themes");
  t.themes_location = r.at(n, "themes");
  for (auto p : n.children("param")) {
    r.check_attributes(p, {"name"}, {"name"});
    r.check_children(p, {});
    t.params.push_back({p.attribute("name").value(), r.at(p)});
  }
  for (auto x : n.children("text")) {
    r.check_attributes(x, {"audience", "lang"});
    auto content = read_inline(r, x);
    std::string text = model::plain_text(content);
    while (!text.empty() && text.front() == ' ') text.erase(text.begin());
    while (!text.empty() && text.back() == ' ') text.pop_back();
    // A built-in audience or the project's (read/vocabulary_check.cpp).
    t.texts.push_back({r.text_attr(x, "audience"), std::move(content), text, r.at(x), check_language(r, x, "lang"),
                       r.at(x, "audience")});
  }
  if (t.texts.empty()) {
    r.diags().error(r.at(n), fmt::format("recommendation '{}' has no <text>", t.id));
    return;
  }
  if (register_id(r, n, t.id, {model::RecordKind::Recommendation, corpus.recommendations.size()}, corpus))
    corpus.recommendations.push_back(std::move(t));
}

}  // namespace briefc::read
