#include "cli/check_report.hpp"

#include "check/rules.hpp"

#include <array>
#include <charconv>
#include <fmt/format.h>
#include <iterator>

namespace briefc::cli {

namespace {

// Both reports are written into one string, piece by piece: a --all run over
// a large corpus has tens of thousands of findings, and formatting each into
// temporary strings that are then concatenated cost a tenth of the run.

void append_number(std::string& out, std::size_t n) {
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, end);
}

// The bytes JSON strings cannot hold as they are: quote, backslash and the
// control characters. A table, as this runs over every byte of the report.
constexpr auto needs_json_escape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = table['\\'] = true;
  return table;
}();

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain_from = 0;  // the start of the run of characters that need no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!needs_json_escape[static_cast<unsigned char>(c)]) continue;
    out.append(s, plain_from, i - plain_from);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
    }
    plain_from = i + 1;
  }
  out.append(s, plain_from);
  out += '"';
}

std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

const char* severity_name(diag::Severity s) {
  switch (s) {
    case diag::Severity::Error: return "error";
    case diag::Severity::Warning: return "warning";
    case diag::Severity::Note: return "note";
  }
  return "error";
}

const std::string& path_of(diag::SourceLocation loc, const std::string& fallback,
                           const diag::SourceManager& sources) {
  return loc.known() ? sources.path(loc.file) : fallback;
}

// "file": …, "line": …, "column": … (line and column 0 when unknown).
void append_json_position(std::string& out, diag::SourceLocation loc, const std::string& fallback,
                          const diag::SourceManager& sources) {
  auto lc = sources.line_column(loc);
  out += "\"file\": ";
  append_json_string(out, path_of(loc, fallback, sources));
  out += ", \"line\": ";
  append_number(out, lc.line);
  out += ", \"column\": ";
  append_number(out, lc.column);
}

void append_json_diagnostic(std::string& out, const diag::Diagnostic& d, const diag::Suppression* mark,
                            const diag::SourceManager& sources) {
  out += "    {\"rule\": ";
  if (d.rule.empty()) out += "null";
  else append_json_string(out, d.rule);
  out += ", \"severity\": \"";
  out += severity_name(d.severity);
  out += "\", ";
  append_json_position(out, d.location, d.path_override, sources);
  out += ", \"message\": ";
  append_json_string(out, d.message);
  out += ", \"hint\": ";
  append_json_string(out, d.hint);
  out += ", \"notes\": [";
  for (std::size_t i = 0; i < d.notes.size(); ++i) {
    if (i > 0) out += ", ";
    out += '{';
    append_json_position(out, d.notes[i].location, {}, sources);
    out += ", \"message\": ";
    append_json_string(out, d.notes[i].message);
    out += '}';
  }
  out += "], \"silenced\": ";
  if (mark) append_json_string(out, mark->reason);
  else out += "null";
  out += '}';
}

void append_sarif_location(std::string& out, diag::SourceLocation loc, const std::string& fallback,
                           const diag::SourceManager& sources) {
  out += "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ";
  append_json_string(out, path_of(loc, fallback, sources));
  if (!loc.known()) {
    out += "}}}";
    return;
  }
  auto lc = sources.line_column(loc);
  out += "}, \"region\": {\"startLine\": ";
  append_number(out, lc.line);
  out += ", \"startColumn\": ";
  append_number(out, lc.column);
  out += "}}}";
}

void append_sarif_result(std::string& out, const diag::Diagnostic& d, const diag::Suppression* mark,
                         const diag::SourceManager& sources) {
  out += "        {";
  auto rules = check::all_rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].id != d.rule) continue;
    out += "\"ruleId\": ";
    append_json_string(out, d.rule);
    out += ", \"ruleIndex\": ";
    append_number(out, i);
    out += ", ";
    break;
  }
  out += "\"level\": \"";
  out += severity_name(d.severity);
  out += "\", \"message\": {\"text\": ";
  append_json_string(out, d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")");
  out += "}, \"locations\": [";
  append_sarif_location(out, d.location, d.path_override, sources);
  out += "], \"relatedLocations\": [";
  for (std::size_t i = 0; i < d.notes.size(); ++i) {
    if (i > 0) out += ", ";
    append_sarif_location(out, d.notes[i].location, {}, sources);
    out.pop_back();  // reopen the object to add an id and a message
    out += ", \"id\": ";
    append_number(out, i + 1);
    out += ", \"message\": {\"text\": ";
    append_json_string(out, d.notes[i].message);
    out += "}}";
  }
  out += ']';
  if (mark) {
    out += ", \"suppressions\": [{\"kind\": \"inSource\", \"justification\": ";
    append_json_string(out, mark->reason);
    out += "}]";
  }
  out += '}';
}

// Every finding, reported ones first, then the silenced with their marks,
// one per line, separated by commas.
template <typename AppendOne>
void append_all(std::string& out, const diag::Diagnostics& diags, const std::deque<check::SilencedFinding>& silenced,
                const diag::SourceManager& sources, AppendOne append_one) {
  bool first = true;
  auto separate = [&] {
    if (!first) out += ",\n";
    first = false;
  };
  for (const auto& d : diags.all()) {
    separate();
    append_one(out, d, nullptr, sources);
  }
  for (const auto& s : silenced) {
    separate();
    append_one(out, s.diagnostic, s.mark, sources);
  }
}

}  // namespace

std::string check_report_json(const diag::Diagnostics& diags, const std::deque<check::SilencedFinding>& silenced,
                              const diag::SourceManager& sources) {
  std::string out = "{\n  \"tool\": \"briefc\",\n  \"version\": \"" BRIEFC_VERSION "\",\n  \"diagnostics\": [\n";
  append_all(out, diags, silenced, sources, append_json_diagnostic);
  fmt::format_to(std::back_inserter(out),
                 "\n  ],\n  \"summary\": {{\"errors\": {}, \"warnings\": {}, \"silenced\": {}}}\n}}\n",
                 diags.error_count(), diags.warning_count(), silenced.size());
  return out;
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
  std::string out = fmt::format(
      "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
      "  \"runs\": [\n    {{\n      \"tool\": {{\"driver\": {{\"name\": \"briefc\", \"version\": \"{}\", "
      "\"rules\": [\n{}\n      ]}}}},\n      \"columnKind\": \"unicodeCodePoints\",\n"
      "      \"results\": [\n",
      BRIEFC_VERSION, rules);
  append_all(out, diags, silenced, sources, append_sarif_result);
  out += "\n      ]\n    }\n  ]\n}\n";
  return out;
}

}  // namespace briefc::cli
