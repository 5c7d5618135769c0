// The checker's rules, in one table (as Clang keeps its diagnostics in
// Diagnostic*Kinds.td): a stable id a user can look up and silence, a
// severity, and one line saying what the rule finds. `briefc check
// --list-rules` prints this table; docs and check-ignore marks use the ids.
//
// An id never changes meaning once shipped: retire it rather than reuse it.
#pragma once

#include "diag/diagnostics.hpp"

#include <span>
#include <string_view>

namespace briefc::check {

struct Rule {
  std::string_view id;        // "source-unused"
  diag::Severity severity;    // Error rules also run before every `briefc build`
  bool silenceable;           // false where a finding would break the PDF itself
  bool needs_whole_project;   // only meaningful when every document is checked (`check --all`)
  std::string_view family;    // the file in check/ that implements it (or "read" for the loader)
  std::string_view summary;   // one line, for --list-rules and SARIF
};

// Every rule, grouped by family, in the order --list-rules prints them.
std::span<const Rule> all_rules();

// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace briefc::check
