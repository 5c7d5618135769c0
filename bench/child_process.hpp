// Runs a program as a child process and measures it: wall time from spawn to
// exit, and the child's own peak resident set size (ru_maxrss from wait4, not
// RUSAGE_CHILDREN, which would mix in every earlier child).
#pragma once

#include <string>
#include <vector>

namespace briefc::bench {

struct ChildRun {
  int exit_code = -1;       // the exit status, or 128 + signal number
  double wall_ms = 0;       // spawn to reaped
  double cpu_ms = 0;        // the child's user + system time: what a busy machine inflates least
  long peak_rss_kib = 0;    // ru_maxrss; Linux reports kibibytes
  std::string output;       // stdout and stderr, interleaved
};

// argv[0] is the program's path. Throws std::runtime_error when the child
// cannot be started.
ChildRun run_child(const std::vector<std::string>& argv);

}  // namespace briefc::bench
