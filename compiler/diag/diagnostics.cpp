#include "diag/diagnostics.hpp"

#include <iterator>

#include "text/utf8.hpp"

#include <algorithm>
#include <ostream>
#include <fmt/format.h>

namespace briefc::diag {

void Diagnostics::append(Diagnostics&& other) {
  list_.insert(list_.end(), std::make_move_iterator(other.list_.begin()), std::make_move_iterator(other.list_.end()));
  other.list_.clear();
}

Diagnostic& Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
  list_.push_back({Severity::Error, where, std::move(message), std::move(hint), {}, {}, {}});
  return list_.back();
}

Diagnostic& Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
  list_.push_back({Severity::Warning, where, std::move(message), std::move(hint), {}, {}, {}});
  return list_.back();
}

Diagnostic& Diagnostics::file_error(std::string path, std::string message, std::string hint) {
  list_.push_back({Severity::Error, {}, std::move(message), std::move(hint), {}, std::move(path), {}});
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
  std::string_view line = sources.line_text(loc);
  std::string_view file_text = sources.text(loc.file);
  auto line_begin = static_cast<std::size_t>(line.data() - file_text.data());
  std::size_t caret_byte = std::min<std::size_t>(loc.offset - std::min<std::size_t>(loc.offset, line_begin), line.size());
  // A narrative is often one line of a thousand characters: show a window
  // around the caret, with "…" where text is left out (as Clang does). Only
  // the characters a window can show are decoded, working outward from the
  // caret, so the cost does not grow with the line (a pasted paragraph with
  // thousands of errors was quadratic).
  constexpr std::size_t longest_shown = 110, window = 100, before_caret = 40;
  std::size_t lo = caret_byte;
  for (std::size_t seen = 0, stepped = 0; lo > 0 && seen < window && stepped < 4 * window; ++stepped)
    if ((static_cast<unsigned char>(line[--lo]) & 0xC0) != 0x80) ++seen;
  // Tabs would misplace the caret: show them as single spaces. Bytes that are
  // not UTF-8 (the subject of an encoding error) are shown as U+FFFD, so the
  // report itself stays valid text for the terminal or a log.
  std::u32string chars;
  std::size_t caret = 0, i = lo;
  for (; i < line.size(); ) {
    if (i < caret_byte) caret = chars.size() + 1;
    else if (chars.size() >= caret + window) break;
    char32_t cp = text::decode_at(line, i);
    chars.push_back(cp == U'\t' ? U' ' : cp);
  }
  const bool from_line_start = lo == 0, to_line_end = i >= line.size();
  std::size_t begin = 0, end = chars.size();
  if (!from_line_start || !to_line_end || chars.size() > longest_shown) {
    begin = caret > before_caret ? caret - before_caret : 0;
    end = std::min(chars.size(), begin + window);
    if (end - begin < window) begin = end >= window ? end - window : 0;  // near the end of the line
  }
  const bool cut_before = begin > 0 || !from_line_start, cut_after = end < chars.size() || !to_line_end;
  std::string shown = cut_before ? "…" : "";
  for (std::size_t c = begin; c < end; ++c) text::append_utf8(shown, chars[c]);
  if (cut_after) shown += "…";
  std::size_t caret_column = caret - std::min(caret, begin) + (cut_before ? 1 : 0);
  std::string gutter = fmt::format("{:>5}", lc.line);
  out += fmt::format("{} | {}\n", gutter, shown);
  out += fmt::format("{} | {}^\n", std::string(gutter.size(), ' '), std::string(caret_column, ' '));
}

}  // namespace

std::string render(const Diagnostic& d, const SourceManager& sources, bool color) {
  std::string out;
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  const char* tint = !color ? "" : d.severity == Severity::Error ? "\x1b[1;31m" : "\x1b[1;35m";
  std::string rule = d.rule.empty() ? std::string{} : "[" + d.rule + "]";
  out += fmt::format("{}{}{}{}{}:{} {}{}\n", bold, position_prefix(d.location, d.path_override, sources), tint,
                     severity_word(d.severity), rule, reset, d.message, reset);
  append_excerpt(out, d.location, sources);
  if (!d.hint.empty()) out += fmt::format("hint: {}\n", d.hint);
  for (const auto& n : d.notes) {
    out += fmt::format("{}note: {}\n", position_prefix(n.location, {}, sources), n.message);
    append_excerpt(out, n.location, sources);
  }
  return out;
}

void render_all(const Diagnostics& diags, const SourceManager& sources, RenderOptions options, std::ostream& out) {
  std::size_t errors_shown = 0, errors_hidden = 0;
  for (const auto& d : diags.all()) {
    if (d.severity == Severity::Error && options.error_limit > 0 && errors_shown >= options.error_limit) {
      ++errors_hidden;
      continue;
    }
    if (d.severity == Severity::Error) ++errors_shown;
    out << render(d, sources, options.color);
  }
  if (errors_hidden > 0)
    out << fmt::format("briefc: note: {} more error{} not shown (--error-limit {}; --error-limit 0 shows all)\n",
                       errors_hidden, errors_hidden == 1 ? "" : "s", options.error_limit);
}

}  // namespace briefc::diag
