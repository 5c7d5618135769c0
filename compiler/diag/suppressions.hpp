// Silencing one finding on purpose: an element carrying
// check-ignore="rule-id: reason" silences that rule for diagnostics located on
// the element's start tag (the element itself or one of its attributes).
//
// The reader records each mark here; the checker asks `find` before it reports
// and keeps the silenced findings apart, so `briefc check --show-silenced` can
// still list them with their reasons. A mark that silences nothing, or names no
// rule, is itself reported by the checker.
#pragma once

#include "diag/source_manager.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace briefc::diag {

struct Suppression {
  std::string rule;          // a rule id, as `briefc check --list-rules` prints it
  std::string reason;        // why the finding is accepted; never empty
  SourceLocation where;      // the check-ignore attribute's value, for reports about the mark itself
  std::uint32_t tag_begin = 0;  // the element's start tag: [tag_begin, tag_end] in where.file
  std::uint32_t tag_end = 0;
  mutable bool used = false;  // set by find(): it silenced at least one finding
};

class Suppressions {
public:
  void add(Suppression s) { list_.push_back(std::move(s)); }
  // The mark silencing `rule` at `location`, or nullptr. Marks it used.
  const Suppression* find(std::string_view rule, SourceLocation location) const;
  const std::vector<Suppression>& all() const { return list_; }

private:
  std::vector<Suppression> list_;
};

// Parses a check-ignore value: one or more rule ids (separated by commas or
// spaces), a colon, and a reason: "source-unused: cited only in the annex".
// Returns false (and sets `error`) when the reason or the rule ids are missing.
bool parse_check_ignore(std::string_view value, std::vector<std::string>& rules, std::string& reason,
                        std::string& error);

}  // namespace briefc::diag
