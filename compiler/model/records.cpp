#include "model/records.hpp"

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
  for (const auto& t : texts)
    if (!t.audience.empty() && t.audience == audience) return t;
  for (const auto& t : texts)
    if (t.audience.empty()) return t;
  return texts.front();
}

}  // namespace briefc::model
