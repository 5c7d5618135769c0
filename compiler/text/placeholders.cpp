#include "text/placeholders.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace briefc::text {

namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

}  // namespace

ParsedPattern parse_pattern(std::string_view pattern) {
  ParsedPattern out;
  std::size_t literal_start = 0;
  auto add_literal = [&](std::size_t end) {
    if (end > literal_start) out.pieces.push_back({false, pattern.substr(literal_start, end - literal_start), literal_start});
  };
  // Every step moves `i` forward, so the scan ends on any input.
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') continue;
    std::size_t name_end = i + 1;
    while (name_end < pattern.size() && is_name_char(pattern[name_end])) ++name_end;
    if (name_end >= pattern.size() || pattern[name_end] != '}' || name_end == i + 1) {
      if (!out.error) {
        std::string message = name_end < pattern.size() && pattern[name_end] == '}' ? "empty placeholder '{}'"
                              : name_end < pattern.size()                          ? fmt::format("'{}' inside a placeholder", pattern[name_end])
                                                                                   : "unclosed '{'";
        out.error = PatternError{i, std::move(message)};
      }
      continue;  // the brace stays in the literal text
    }
    add_literal(i);
    out.pieces.push_back({true, pattern.substr(i + 1, name_end - i - 1), i});
    i = name_end;
    literal_start = name_end + 1;
  }
  add_literal(pattern.size());
  return out;
}

std::optional<PatternError> check_pattern(std::string_view pattern, std::initializer_list<std::string_view> allowed) {
  auto parsed = parse_pattern(pattern);
  if (parsed.error) return parsed.error;
  for (const auto& piece : parsed.pieces) {
    if (!piece.placeholder || std::find(allowed.begin(), allowed.end(), piece.text) != allowed.end()) continue;
    return PatternError{piece.offset, fmt::format("unknown placeholder '{{{}}}'", piece.text)};
  }
  return std::nullopt;
}

std::string placeholder_list(std::initializer_list<std::string_view> names) {
  std::string out;
  std::size_t i = 0;
  for (auto name : names) {
    out += fmt::format("{}{{{}}}", i == 0 ? "" : i + 1 == names.size() ? " and " : ", ", name);
    ++i;
  }
  return out;
}

std::string fill_pattern(std::string_view pattern,
                         std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  for (const auto& piece : parse_pattern(pattern).pieces) {
    if (!piece.placeholder) {
      out += piece.text;
      continue;
    }
    auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == piece.text; });
    if (value != values.end()) out += value->second;
    else out += fmt::format("{{{}}}", piece.text);
  }
  return out;
}

}  // namespace briefc::text
