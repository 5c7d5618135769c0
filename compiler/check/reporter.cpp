#include "check/reporter.hpp"

#include <stdexcept>

namespace briefc::check {

bool Reporter::enabled(std::string_view rule_id) const {
  const Rule* rule = find_rule(rule_id);
  if (!rule) return false;
  if (errors_only_ && rule->severity != diag::Severity::Error) return false;
  if (rule->needs_whole_project && !whole_project_) return false;
  return true;
}

diag::Diagnostic& Reporter::report(std::string_view rule_id, diag::SourceLocation where, std::string message,
                                   std::string hint, diag::SourceLocation owner) {
  const Rule* rule = find_rule(rule_id);
  if (!rule) throw std::logic_error("briefc: a check reports the unknown rule " + std::string(rule_id));
  if (!enabled(rule_id)) {
    discarded_ = {};
    return discarded_;
  }
  auto rule_index = static_cast<std::uint64_t>(rule - all_rules().data());
  std::uint64_t key = rule_index << 56 ^ static_cast<std::uint64_t>(where.file) << 32 ^ where.offset;
  if (where.known() && !seen_.insert(key).second) {
    discarded_ = {};
    return discarded_;
  }
  diag::Diagnostic d;
  d.severity = rule->severity;
  d.location = where;
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.rule = std::string(rule->id);
  if (rule->silenceable)
    if (const auto* mark = owner.known() ? marks_.find(rule->id, owner) : nullptr; mark || (mark = marks_.find(rule->id, where))) {
      silenced_.push_back({std::move(d), mark});
      return silenced_.back().diagnostic;
    }
  auto& out = rule->severity == diag::Severity::Error ? diags_.error(where, {}) : diags_.warning(where, {});
  out = std::move(d);
  return out;
}

void Reporter::take_silenced(Reporter& other) {
  for (auto& s : other.silenced_) silenced_.push_back(std::move(s));
  other.silenced_.clear();
}

}  // namespace briefc::check
