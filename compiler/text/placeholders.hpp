// The one reader of "{placeholder}" patterns: citation patterns ("See {url}"),
// footers ("{page} / {pages}"), catalog wordings and recommendation templates
// all go through it, so an unclosed brace is found in one place and never
// sends a hand-written scan past the end of the string (which looped forever).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::text {

struct PatternPiece {
  bool placeholder = false;  // true: `text` is a name ("url"); false: literal text
  std::string_view text;     // a view into the pattern
  std::size_t offset = 0;    // byte offset in the pattern of the piece ('{' for a placeholder)
};

// Why a pattern is malformed, and where (a byte offset in the pattern).
struct PatternError {
  std::size_t offset = 0;
  std::string message;  // "unclosed '{'", "unknown placeholder '{ulr}'"
};

struct ParsedPattern {
  std::vector<PatternPiece> pieces;
  // The first problem, if any. The pieces are still usable: text from an
  // unclosed '{' to the end is kept as a literal, so nothing is lost.
  std::optional<PatternError> error;
};

// Splits `pattern` into literals and {name} placeholders. A name is letters,
// digits, '-' and '_'; '{' without a '}' closing such a name is an error. A '}'
// outside a placeholder is literal text.
ParsedPattern parse_pattern(std::string_view pattern);

// The first problem with `pattern` given the names it may use: malformed, or a
// placeholder not in `allowed`.
std::optional<PatternError> check_pattern(std::string_view pattern, std::initializer_list<std::string_view> allowed);

// "{url}, {title} and {publisher}", for messages.
std::string placeholder_list(std::initializer_list<std::string_view> names);

// `pattern` with each placeholder named in `values` replaced by its value;
// other placeholders, and malformed text, are kept as written.
std::string fill_pattern(std::string_view pattern,
                         std::initializer_list<std::pair<std::string_view, std::string_view>> values);

}  // namespace briefc::text
