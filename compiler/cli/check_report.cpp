#include "cli/check_report.hpp"

#include "check/rules.hpp"

#include <fmt/format.h>

namespace briefc::cli {

namespace {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else out += c;
    }
  }
  return out + "\"";
}

const char* severity_name(diag::Severity s) {
  switch (s) {
    case diag::Severity::Error: return "error";
    case diag::Severity::Warning: return "warning";
    case diag::Severity::Note: return "note";
  }
  return "error";
}

std::string path_of(diag::SourceLocation loc, const std::string& fallback, const diag::SourceManager& sources) {
  return loc.known() ? sources.path(loc.file) : fallback;
}

// "file": …, "line": …, "column": … (line and column 0 when unknown).
std::string json_position(diag::SourceLocation loc, const std::string& fallback, const diag::SourceManager& sources) {
  auto lc = sources.line_column(loc);
  return fmt::format("\"file\": {}, \"line\": {}, \"column\": {}", json_string(path_of(loc, fallback, sources)),
                     lc.line, lc.column);
}

std::string json_diagnostic(const diag::Diagnostic& d, const diag::Suppression* mark,
                            const diag::SourceManager& sources) {
  std::string notes;
  for (const auto& n : d.notes) {
    if (!notes.empty()) notes += ", ";
    notes += fmt::format("{{{}, \"message\": {}}}", json_position(n.location, {}, sources), json_string(n.message));
  }
  return fmt::format(
      "    {{\"rule\": {}, \"severity\": \"{}\", {}, \"message\": {}, \"hint\": {}, \"notes\": [{}], "
      "\"silenced\": {}}}",
      d.rule.empty() ? "null" : json_string(d.rule), severity_name(d.severity),
      json_position(d.location, d.path_override, sources), json_string(d.message), json_string(d.hint), notes,
      mark ? json_string(mark->reason) : "null");
}

std::string sarif_location(diag::SourceLocation loc, const std::string& fallback,
                           const diag::SourceManager& sources) {
  std::string uri = path_of(loc, fallback, sources);
  if (!loc.known())
    return fmt::format("{{\"physicalLocation\": {{\"artifactLocation\": {{\"uri\": {}}}}}}}", json_string(uri));
  auto lc = sources.line_column(loc);
  return fmt::format(
      "{{\"physicalLocation\": {{\"artifactLocation\": {{\"uri\": {}}}, "
      "\"region\": {{\"startLine\": {}, \"startColumn\": {}}}}}}}",
      json_string(uri), lc.line, lc.column);
}

std::string sarif_result(const diag::Diagnostic& d, const diag::Suppression* mark,
                         const diag::SourceManager& sources) {
  std::string rule;
  auto rules = check::all_rules();
  for (std::size_t i = 0; i < rules.size(); ++i)
    if (rules[i].id == d.rule) rule = fmt::format("\"ruleId\": {}, \"ruleIndex\": {}, ", json_string(d.rule), i);
  std::string text = d.message;
  if (!d.hint.empty()) text += " (hint: " + d.hint + ")";
  std::string related;
  for (std::size_t i = 0; i < d.notes.size(); ++i) {
    if (!related.empty()) related += ", ";
    std::string loc = sarif_location(d.notes[i].location, {}, sources);
    loc.pop_back();  // reopen the object to add an id and a message
    related += fmt::format("{}, \"id\": {}, \"message\": {{\"text\": {}}}}}", loc, i + 1,
                           json_string(d.notes[i].message));
  }
  std::string suppressions;
  if (mark)
    suppressions = fmt::format(", \"suppressions\": [{{\"kind\": \"inSource\", \"justification\": {}}}]",
                               json_string(mark->reason));
  return fmt::format("        {{{}\"level\": \"{}\", \"message\": {{\"text\": {}}}, \"locations\": [{}], "
                     "\"relatedLocations\": [{}]{}}}",
                     rule, severity_name(d.severity), json_string(text),
                     sarif_location(d.location, d.path_override, sources), related, suppressions);
}

}  // namespace

std::string check_report_json(const diag::Diagnostics& diags, const std::deque<check::SilencedFinding>& silenced,
                              const diag::SourceManager& sources) {
  std::string items;
  for (const auto& d : diags.all()) {
    if (!items.empty()) items += ",\n";
    items += json_diagnostic(d, nullptr, sources);
  }
  for (const auto& s : silenced) {
    if (!items.empty()) items += ",\n";
    items += json_diagnostic(s.diagnostic, s.mark, sources);
  }
  return fmt::format("{{\n  \"tool\": \"briefc\",\n  \"version\": \"{}\",\n  \"diagnostics\": [\n{}\n  ],\n"
                     "  \"summary\": {{\"errors\": {}, \"warnings\": {}, \"silenced\": {}}}\n}}\n",
                     BRIEFC_VERSION, items, diags.error_count(), diags.warning_count(), silenced.size());
}

std::string check_report_sarif(const diag::Diagnostics& diags, const std::deque<check::SilencedFinding>& silenced,
                               const diag::SourceManager& sources) {
  std::string rules;
  for (const auto& r : check::all_rules()) {
    if (!rules.empty()) rules += ",\n";
    rules += fmt::format(
        "            {{\"id\": {}, \"shortDescription\": {{\"text\": {}}}, "
        "\"defaultConfiguration\": {{\"level\": \"{}\"}}}}",
        json_string(r.id), json_string(r.summary), severity_name(r.severity));
  }
  std::string results;
  for (const auto& d : diags.all()) {
    if (!results.empty()) results += ",\n";
    results += sarif_result(d, nullptr, sources);
  }
  for (const auto& s : silenced) {
    if (!results.empty()) results += ",\n";
    results += sarif_result(s.diagnostic, s.mark, sources);
  }
  return fmt::format(
      "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
      "  \"runs\": [\n    {{\n      \"tool\": {{\"driver\": {{\"name\": \"briefc\", \"version\": \"{}\", "
      "\"rules\": [\n{}\n      ]}}}},\n      \"columnKind\": \"unicodeCodePoints\",\n"
      "      \"results\": [\n{}\n      ]\n    }}\n  ]\n}}\n",
      BRIEFC_VERSION, rules, results);
}

}  // namespace briefc::cli
