#include "model/records.hpp"
#include "model/document.hpp"

#include <algorithm>

namespace briefc::model {

std::string PersonName::full() const {
  if (given.empty()) return family;
  if (family.empty()) return given;
  return given + " " + family;
}

const PersonName* Person::in_script(Script s) const {
  for (const auto& n : names)
    if (n.script == s) return &n;
  return nullptr;
}

const TemplateText& RecommendationTemplate::text_for(const std::string& audience) const {
  // Texts for one language (lang="ru") only when the template has no others.
  for (bool any_language : {false, true}) {
    for (const auto& t : texts)
      if ((any_language || t.lang.empty()) && !t.audience.empty() && t.audience == audience) return t;
    for (const auto& t : texts)
      if ((any_language || t.lang.empty()) && t.audience.empty()) return t;
  }
  return texts.front();
}

bool same_language(const std::string& a, const std::string& b) {
  auto primary = [](const std::string& tag) {
    std::string p = tag.substr(0, tag.find_first_of("-_"));
    for (char& c : p)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return p;
  };
  return !a.empty() && primary(a) == primary(b);
}

const TemplateText& RecommendationTemplate::text_for(const std::string& audience, const std::string& lang) const {
  const TemplateText* best = nullptr;
  int best_score = -1;
  for (const auto& t : texts) {
    // Language before audience: a Russian paper prints Russian, whatever its audience.
    int score = t.lang.empty() ? 2 : same_language(t.lang, lang) ? 4 : 0;
    if (!t.audience.empty() && t.audience == audience) score += 1;
    else if (!t.audience.empty()) continue;
    if (score > best_score) best = &t, best_score = score;
  }
  return best ? *best : text_for(audience);
}

const Confidentiality& narrative_mark(const Case& c, const Narrative& n) {
  if (c.confidentiality.confidential) return c.confidentiality;
  if (n.confidentiality.confidential) return n.confidentiality;
  for (const auto& other : c.narratives)
    if (&other != &n && other.id == n.id && other.confidentiality.confidential &&
        (other.lang.empty() != n.lang.empty() || (!n.lang.empty() && !same_language(other.lang, n.lang))))
      return other.confidentiality;
  return n.confidentiality;
}

const Narrative* narrative_for(const Case& c, const std::string& id, const std::string& lang) {
  const Narrative* neutral = nullptr;
  for (const auto& n : c.narratives) {
    if (!id.empty() && n.id != id) continue;
    if (same_language(n.lang, lang)) return &n;
    if (n.lang.empty() && !neutral) neutral = &n;
  }
  return neutral;
}

const std::string& Group::description(const std::string& lang) const {
  static const std::string none;
  if (descriptions.empty()) return none;
  std::string primary = lang.substr(0, lang.find('-'));
  for (const auto& [l, words] : descriptions)
    if (l == lang) return words;
  for (const auto& [l, words] : descriptions)
    if (l.substr(0, l.find('-')) == primary) return words;
  return descriptions.front().second;
}

std::vector<std::string> TemplateArgument::ids() const {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < ref.size()) {
    auto end = ref.find(' ', start);
    if (end == std::string::npos) end = ref.size();
    if (end > start) out.push_back(ref.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

namespace {

bool names(const std::vector<std::string>& subjects, std::string_view subject) {
  return subjects.empty() || std::find(subjects.begin(), subjects.end(), subject) != subjects.end();
}

}  // namespace

bool concerns(const CaseStatus& s, std::string_view subject) { return names(s.subjects, subject); }
bool concerns(const CaseEvent& e, std::string_view subject) { return names(e.subjects, subject); }

bool concerns_subjects_separately(const Case& c) {
  return std::any_of(c.statuses.begin(), c.statuses.end(), [](const CaseStatus& s) { return !s.subjects.empty(); }) ||
         std::any_of(c.events.begin(), c.events.end(), [](const CaseEvent& e) { return !e.subjects.empty(); });
}

Case as_concerning(const Case& c, std::string_view subject) {
  Case view;
  view.id = c.id;
  view.subjects = c.subjects;
  view.themes = c.themes;
  view.themes_location = c.themes_location;
  view.confidentiality = c.confidentiality;
  view.location = c.location;
  for (const auto& s : c.statuses)
    if (concerns(s, subject)) view.statuses.push_back(s);
  for (const auto& e : c.events)
    if (concerns(e, subject)) view.events.push_back(e);
  return view;
}

}  // namespace briefc::model
