// `briefc check`: reads documents and records and runs the check stage over
// them, without laying out or writing anything.
//
//   briefc check sources/documents/NAME.xml …   the documents and what they include
//   briefc check --all                          every document and every records file of the project
//   briefc check --list-rules                   the rule table
//
// Diagnostics go to standard error as text (`file:line:col: warning[rule]:
// message`, source line, caret, notes) followed by a summary line, or to
// standard output as JSON or SARIF 2.1.0 with --format. Exit status 1 when
// there are errors, or warnings with --werror; 0 otherwise.
#pragma once

#include "cli/options.hpp"

#include <ostream>

namespace briefc::cli {

int run_check(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace briefc::cli
