// Where every rule reports: it stamps the rule id and severity from the rule
// table, skips rules the run did not ask for (a build runs only error rules),
// and sets aside findings silenced by a check-ignore mark, keeping them so
// they can still be listed with their reasons.
#pragma once

#include "check/rules.hpp"
#include "diag/diagnostics.hpp"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_set>

namespace briefc::check {

struct SilencedFinding {
  diag::Diagnostic diagnostic;
  const diag::Suppression* mark;
};

class Reporter {
public:
  Reporter(diag::Diagnostics& diags, bool errors_only, bool whole_project)
      : Reporter(diags, diags.suppressions(), errors_only, whole_project) {}
  // Reporting into `diags` while consulting the marks of another list: a
  // family run on a second thread reports into a list of its own.
  Reporter(diag::Diagnostics& diags, const diag::Suppressions& marks, bool errors_only, bool whole_project)
      : diags_(diags), marks_(marks), errors_only_(errors_only), whole_project_(whole_project) {}

  // Whether a rule runs at all in this run; families test it before costly work.
  bool enabled(std::string_view rule_id) const;
  // Every document of the project is checked (`check --all`).
  bool whole_project() const { return whole_project_; }

  // Reports a finding of `rule_id` (which must be in the table). The returned
  // diagnostic may be given notes; when the finding is silenced it is the
  // set-aside copy, so the notes are kept for --show-silenced.
  // `owner`, when known, is the element holding `where` (a finding inside a
  // narrative's text): a check-ignore mark on its start tag silences it too.
  diag::Diagnostic& report(std::string_view rule_id, diag::SourceLocation where, std::string message,
                           std::string hint = {}, diag::SourceLocation owner = {});

  const std::deque<SilencedFinding>& silenced() const { return silenced_; }
  // Moves `other`'s silenced findings to the end of this reporter's.
  void take_silenced(Reporter& other);
  diag::Diagnostics& diags() { return diags_; }

private:
  diag::Diagnostics& diags_;
  const diag::Suppressions& marks_;
  bool errors_only_;
  bool whole_project_;
  std::deque<SilencedFinding> silenced_;  // a deque: references handed out stay valid
  // rule + place of every finding so far: a narrative printed by two documents
  // is one element, reported once.
  std::unordered_set<std::uint64_t> seen_;
  diag::Diagnostic discarded_;  // handed out for a repeat, whose notes go nowhere
};

}  // namespace briefc::check
