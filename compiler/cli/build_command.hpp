// `briefc build`: the whole pipeline for each document —
// read → check references → resolve → lay out → write PDF — writing to a
// temporary file that is renamed into place only when everything succeeded,
// so a failed build leaves the previous PDF untouched and no partial file.
#pragma once

#include "cli/options.hpp"

#include <ostream>

namespace briefc::cli {

int run_build(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace briefc::cli
