// `briefc diff OLD.xml NEW.xml`: what changed between two editions of a
// paper, as plain text on `out` — cases added and dropped, status changes
// (each edition's cases at the end of its own period), sources added, and
// recommendations added, repeated and dropped (matched by their stable ids,
// resolve/editions.hpp). Each edition is read with its own includes and
// checked as a build would check it; input errors go to `err` and give
// exit_input_errors, as for build.
#pragma once

#include "cli/options.hpp"

#include <ostream>

namespace briefc::cli {

int run_diff(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace briefc::cli
