// The ICU backend of Boost.Locale, for the code in text/ that builds its own
// generator (LocaleContext, Catalog). Internal to text/: it includes Boost.
#pragma once

#include <boost/locale/localization_backend.hpp>

namespace briefc::text {

// A copy of Boost.Locale's backend manager with "icu" selected; the
// process-wide default is left untouched. Throws std::runtime_error if this
// Boost.Locale build has no ICU backend (the posix and std backends break
// line breaking, case mapping and number formatting: LIBRARIES.md).
boost::locale::localization_backend_manager icu_backend_manager();

}  // namespace briefc::text
