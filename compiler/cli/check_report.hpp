// Writing check results for machines: JSON (briefc's own shape) and SARIF
// 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps)
// read. Both carry every diagnostic with its rule id, position, hint and
// notes; silenced findings carry the reason of their check-ignore mark.
#pragma once

#include "check/reporter.hpp"
#include "diag/diagnostics.hpp"

#include <deque>
#include <string>

namespace briefc::cli {

std::string check_report_json(const diag::Diagnostics& diags, const std::deque<check::SilencedFinding>& silenced,
                              const diag::SourceManager& sources);

std::string check_report_sarif(const diag::Diagnostics& diags, const std::deque<check::SilencedFinding>& silenced,
                               const diag::SourceManager& sources);

}  // namespace briefc::cli
