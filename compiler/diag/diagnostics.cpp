#include "diag/diagnostics.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace briefc::diag {

Diagnostic& Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
  list_.push_back({Severity::Error, where, std::move(message), std::move(hint), {}, {}});
  return list_.back();
}

Diagnostic& Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
  list_.push_back({Severity::Warning, where, std::move(message), std::move(hint), {}, {}});
  return list_.back();
}

Diagnostic& Diagnostics::file_error(std::string path, std::string message, std::string hint) {
  list_.push_back({Severity::Error, {}, std::move(message), std::move(hint), {}, std::move(path)});
  return list_.back();
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(list_.begin(), list_.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
  return static_cast<std::size_t>(std::count_if(list_.begin(), list_.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

namespace {

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

// "file:line:col: " (or "file: " / "briefc: " when less is known).
std::string position_prefix(SourceLocation loc, const std::string& path_override, const SourceManager& sources) {
  if (loc.known()) {
    auto lc = sources.line_column(loc);
    return fmt::format("{}:{}:{}: ", sources.path(loc.file), lc.line, lc.column);
  }
  if (!path_override.empty()) return path_override + ": ";
  return "briefc: ";
}

void append_excerpt(std::string& out, SourceLocation loc, const SourceManager& sources) {
  if (!loc.known()) return;
  auto lc = sources.line_column(loc);
  auto line = sources.line_text(loc);
  // Tabs would misplace the caret: show them as single spaces.
  std::string shown(line);
  std::replace(shown.begin(), shown.end(), '\t', ' ');
  std::string gutter = fmt::format("{:>5}", lc.line);
  out += fmt::format("{} | {}\n", gutter, shown);
  out += fmt::format("{} | {}^\n", std::string(gutter.size(), ' '), std::string(lc.column - 1, ' '));
}

}  // namespace

std::string render(const Diagnostic& d, const SourceManager& sources, bool color) {
  std::string out;
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  const char* tint = !color ? "" : d.severity == Severity::Error ? "\x1b[1;31m" : "\x1b[1;35m";
  out += fmt::format("{}{}{}{}:{} {}{}\n", bold, position_prefix(d.location, d.path_override, sources), tint,
                     severity_word(d.severity), reset, d.message, reset);
  append_excerpt(out, d.location, sources);
  if (!d.hint.empty()) out += fmt::format("hint: {}\n", d.hint);
  for (const auto& n : d.notes) {
    out += fmt::format("{}note: {}\n", position_prefix(n.location, {}, sources), n.message);
    append_excerpt(out, n.location, sources);
  }
  return out;
}

}  // namespace briefc::diag
