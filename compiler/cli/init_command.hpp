// `briefc init [DIR] --audience A [--lang L]`: a new project that builds at
// once. It holds the style the audience calls for, the XML Schema (which
// every file names, so an editor validates and completes as the author
// types), one sample source, provision, person, case and recommendation
// template, and a document for the audience in the language chosen.
//
// init never overwrites: when any file it would write exists, it writes
// nothing and says which. Files are written under temporary names and moved
// into place, so an interrupted init leaves no half-written file.
#pragma once

#include "cli/options.hpp"

#include <ostream>
#include <string_view>
#include <vector>

namespace briefc::cli {

int run_init(const Options& options, std::ostream& out, std::ostream& err);

// The audiences init makes a project for, in the order --help lists them.
std::vector<std::string_view> init_audiences();

}  // namespace briefc::cli
