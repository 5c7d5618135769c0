// `briefc watch DOC.xml [build options]`: the edit → preview loop.
//
// Builds the document, then waits for a file of the project to be saved
// (inotify on every folder under sources/ and styles/, and the document's
// own folder; a new folder is watched as soon as it appears) and builds
// again, printing the diagnostics and the summary line as `build` does, with
// the time the build took. The libraries load once (cli/build_command.hpp's
// BuildSession), and what did not change is not done again (its caches).
// The build starts as soon as a save is complete — a file written and
// closed, or moved into place, as every editor's save ends — and only after
// other events (a file moved away or deleted: a save under way) does the
// loop wait until the folder has been quiet for a moment. A build that
// fails while further saves arrive is not reported: the next one replaces it.
//
// A PDF viewer that reloads on change never sees a half-written file: the
// build writes every PDF under a temporary name and moves it into place whole,
// and a build with errors leaves the last good PDF as it was. Stop with
// Ctrl-C.
#pragma once

#include "cli/options.hpp"

#include <ostream>

namespace briefc::cli {

int run_watch(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace briefc::cli
