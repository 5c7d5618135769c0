// briefc: the command-line entry point. Parsing lives in cli/options, each
// command in its own file; main only dispatches.
#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/import_command.hpp"
#include "cli/init_command.hpp"
#include "cli/watch_command.hpp"
#include "cli/options.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
  using namespace briefc::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  auto options = parse_options(args, error);
  if (!options) {
    std::cerr << "briefc: error: " << error << "\n" << "Run 'briefc --help' for usage.\n";
    return exit_usage;
  }
  // Colour only a terminal: the build reports into any stream (tests pass a
  // string stream), so it cannot ask the stream itself.
  options->color = isatty(STDERR_FILENO) && !std::getenv("NO_COLOR");
#if !defined(__SANITIZE_ADDRESS__)
  options->free_memory_at_end = false;  // the process ends when the command returns
#endif  // (under AddressSanitizer everything is freed, so LeakSanitizer still proves it is owned)
  try {
    switch (options->command) {
      case Command::Help: std::cout << help_text(); return exit_ok;
      case Command::Version: std::cout << "briefc " << BRIEFC_VERSION << "\n"; return exit_ok;
      case Command::Build: return run_build(*options, std::cout, std::cerr);
      case Command::Diff: return run_diff(*options, std::cout, std::cerr);
      case Command::Check: return run_check(*options, std::cout, std::cerr);
      case Command::Init: return run_init(*options, std::cout, std::cerr);
      case Command::Import: return run_import(*options, std::cout, std::cerr);
      case Command::Watch: return run_watch(*options, std::cout, std::cerr);
    }
  } catch (const std::exception& e) {
    // Only a bug or a broken installation gets here; say so plainly.
    std::cerr << "briefc: internal error: " << e.what() << "\n";
    return 3;
  }
  return exit_ok;
}
