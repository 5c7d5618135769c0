// fill_template (declared in resolver.hpp).
#include "resolve/resolver.hpp"

#include "text/placeholders.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace briefc::resolve {

namespace {

struct Filler {
  const model::RecommendationTemplate& tmpl;
  const model::TemplateText& text;
  const std::vector<std::pair<std::string, std::string>>& values;
  diag::SourceLocation use_location;
  diag::Diagnostics& diags;
  std::set<std::string> declared;
  std::set<std::string> used;

  std::string fill_text(const std::string& s, diag::SourceLocation where) {
    auto parsed = text::parse_pattern(s);
    if (parsed.error)
      diags.error(where, fmt::format("{} in recommendation '{}'", parsed.error->message, tmpl.id),
                  "placeholders are written {name}");
    std::string out;
    for (const auto& piece : parsed.pieces) {
      if (!piece.placeholder) {
        out += piece.text;
        continue;
      }
      std::string name(piece.text);
      used.insert(name);
      if (!declared.count(name)) {
        diags.error(where, fmt::format("recommendation '{}' uses the unknown parameter '{{{}}}'", tmpl.id, name),
                    unknown_parameter_hint(name));
        continue;
      }
      auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
      if (value == values.end()) {
        auto& d = diags.error(use_location,
                              fmt::format("no value for parameter '{}' of recommendation '{}'", name, tmpl.id),
                              fmt::format("add <arg name=\"{}\">…</arg>", name));
        d.notes.push_back({tmpl.location, "the template is defined here"});
        continue;
      }
      out += value->second;
    }
    return out;
  }

  // A misspelt placeholder is the usual cause, so name the declared ones.
  std::string unknown_parameter_hint(const std::string& name) const {
    std::string known;
    for (const auto& p : tmpl.params) known += fmt::format("{}{{{}}}", known.empty() ? "" : ", ", p.name);
    std::string declare = fmt::format("declare it with <param name=\"{}\"/>", name);
    if (known.empty()) return declare;
    return fmt::format("this template's parameters are {}; for a new one, {}", known, declare);
  }

  model::InlineContent fill(const model::InlineContent& content) {
    model::InlineContent out = content;
    for (auto& node : out) {
      if (node.kind == model::InlineKind::Text) node.text = fill_text(node.text, text.location);
      else node.children = fill(node.children);
    }
    return out;
  }
};

}  // namespace

model::InlineContent fill_template(const model::RecommendationTemplate& tmpl, const model::TemplateText& text,
                                   const std::vector<std::pair<std::string, std::string>>& values,
                                   diag::SourceLocation use_location, diag::Diagnostics& diags) {
  Filler f{tmpl, text, values, use_location, diags, {}, {}};
  for (const auto& p : tmpl.params) f.declared.insert(p.name);
  auto out = f.fill(text.content);
  for (const auto& p : tmpl.params)
    if (!f.used.count(p.name))
      diags.error(p.location,
                  fmt::format("parameter '{}' of recommendation '{}' is not used by its {} text", p.name, tmpl.id,
                              text.audience.empty() ? std::string("default") : text.audience),
                  fmt::format("write {{{}}} where the value belongs, or remove the <param>", p.name));
  for (const auto& v : values)
    if (!f.declared.count(v.first))
      diags.error(use_location, fmt::format("recommendation '{}' has no parameter '{}'", tmpl.id, v.first));
  return out;
}

}  // namespace briefc::resolve
