#include "model/vocabulary.hpp"

#include <algorithm>
#include <array>

namespace briefc::model {

namespace {

// Kept in step with docs/briefc.xsd (knownThemeType, knownStatusType).
constexpr std::array<BuiltInTerm, 23> themes = {{
    {"expression", Custody::Unknown},   {"media", Custody::Unknown},          {"association", Custody::Unknown},
    {"assembly", Custody::Unknown},     {"political-prisoners", Custody::Unknown}, {"torture", Custody::Unknown},
    {"january-2022", Custody::Unknown}, {"covid-19", Custody::Unknown},       {"women", Custody::Unknown},
    {"lgbti", Custody::Unknown},        {"ngo", Custody::Unknown},            {"opposition", Custody::Unknown},
    {"extremism", Custody::Unknown},    {"death-in-custody", Custody::Unknown}, {"defamation", Custody::Unknown},
    {"extradition", Custody::Unknown},  {"religion", Custody::Unknown},       {"elections", Custody::Unknown},
    {"referendum", Custody::Unknown},   {"environment", Custody::Unknown},    {"labour", Custody::Unknown},
    {"freedom-of-movement", Custody::Unknown}, {"access-to-information", Custody::Unknown},
}};

constexpr std::array<BuiltInTerm, 15> statuses = {{
    {"detained", Custody::Held},
    {"imprisoned", Custody::Held},
    {"restricted-freedom", Custody::Restricted},
    {"released", Custody::Free},
    {"deceased", Custody::Dead},
    {"in-exile", Custody::Free},
    {"under-investigation", Custody::Unknown},
    {"at-liberty", Custody::Free},
    {"house-arrest", Custody::Restricted},
    {"travel-ban", Custody::Free},
    {"on-trial", Custody::Unknown},
    {"wanted", Custody::Free},
    {"convicted-in-absentia", Custody::Free},
    {"psychiatric-detention", Custody::Held},
    {"refused-registration", Custody::Unknown},  // an organisation the authorities will not register
}};

// Kept in step with docs/briefc.xsd (eventTypeType) and the reader's
// sentence and outcome attributes, which belong to some of these.
constexpr std::array<BuiltInTerm, 15> event_types = {{
    {"detention", Custody::Unknown}, {"search", Custody::Unknown},   {"interrogation", Custody::Unknown},
    {"charge", Custody::Unknown},    {"trial", Custody::Unknown},    {"sentence", Custody::Unknown},
    {"appeal", Custody::Unknown},    {"release", Custody::Unknown},  {"death", Custody::Unknown},
    {"attack", Custody::Unknown},    {"fine", Custody::Unknown},     {"lawsuit", Custody::Unknown},
    {"hunger-strike", Custody::Unknown}, {"transfer", Custody::Unknown}, {"other", Custody::Unknown},
}};

// Kept in step with docs/briefc.xsd (audienceType) and `briefc init`.
constexpr std::array<BuiltInTerm, 5> audiences = {{
    {"eu-dialogue", Custody::Unknown},
    {"un-treaty-body", Custody::Unknown},
    {"upr", Custody::Unknown},
    {"hrc-statement", Custody::Unknown},
    {"periodic-update", Custody::Unknown},
}};

const VocabularyTerm* find(const std::vector<VocabularyTerm>& terms, std::string_view id) {
  auto it = std::find_if(terms.begin(), terms.end(), [&](const VocabularyTerm& t) { return t.id == id; });
  return it == terms.end() ? nullptr : &*it;
}

const BuiltInTerm* find(std::span<const BuiltInTerm> terms, std::string_view id) {
  auto it = std::find_if(terms.begin(), terms.end(), [&](const BuiltInTerm& t) { return t.id == id; });
  return it == terms.end() ? nullptr : &*it;
}

std::vector<std::string> ids(std::span<const BuiltInTerm> built_in, const std::vector<VocabularyTerm>& project) {
  std::vector<std::string> out;
  for (const auto& t : built_in) out.emplace_back(t.id);
  for (const auto& t : project)
    if (std::find(out.begin(), out.end(), t.id) == out.end()) out.push_back(t.id);
  return out;
}

}  // namespace

std::span<const BuiltInTerm> built_in_themes() { return themes; }
std::span<const BuiltInTerm> built_in_statuses() { return statuses; }
std::span<const BuiltInTerm> built_in_event_types() { return event_types; }
std::span<const BuiltInTerm> built_in_audiences() { return audiences; }

std::span<const BuiltInTerm> built_in_terms(TermKind kind) {
  switch (kind) {
    case TermKind::Theme: return themes;
    case TermKind::Status: return statuses;
    case TermKind::EventType: return event_types;
    case TermKind::Audience: break;
  }
  return audiences;
}

std::string_view term_kind_name(TermKind kind, bool plural) {
  switch (kind) {
    case TermKind::Theme: return plural ? "themes" : "theme";
    case TermKind::Status: return plural ? "statuses" : "status";
    case TermKind::EventType: return plural ? "event types" : "event type";
    case TermKind::Audience: break;
  }
  return plural ? "audiences" : "audience";
}

std::vector<VocabularyTerm>& Vocabulary::declared(TermKind kind) {
  switch (kind) {
    case TermKind::Theme: return themes;
    case TermKind::Status: return this->statuses;
    case TermKind::EventType: return this->event_types;
    case TermKind::Audience: break;
  }
  return this->audiences;
}

const std::vector<VocabularyTerm>& Vocabulary::declared(TermKind kind) const {
  return const_cast<Vocabulary*>(this)->declared(kind);
}

bool Vocabulary::knows(TermKind kind, std::string_view id) const {
  return find(declared(kind), id) || find(built_in_terms(kind), id);
}

Custody Vocabulary::custody(std::string_view status) const {
  if (const auto* t = find(this->statuses, status)) return t->custody;
  if (const auto* t = find(built_in_statuses(), status)) return t->custody;
  return Custody::Unknown;
}

const std::string* Vocabulary::label(std::string_view id, std::string_view lang) const {
  const VocabularyTerm* t = find(this->statuses, id);
  if (!t) t = find(themes, id);
  if (!t || t->labels.empty()) return nullptr;
  for (const auto& [l, words] : t->labels)
    if (l == lang || (l.size() > lang.size() && l.compare(0, lang.size(), lang) == 0 && l[lang.size()] == '-'))
      return &words;
  return &t->labels.front().second;
}

std::vector<std::string> Vocabulary::ids(TermKind kind) const { return model::ids(built_in_terms(kind), declared(kind)); }

}  // namespace briefc::model
