// SOURCE_DATE_EPOCH (reproducible-builds.org): the date a build writes into
// its PDF instead of the clock. A variable that is set must say a date: an
// empty or malformed value is an error, never a silent 1970.
#pragma once

#include <optional>
#include <string>

namespace briefc::cli {

// The largest timestamp a PDF date can hold: 9999-12-31T23:59:59Z.
inline constexpr long long latest_pdf_timestamp = 253402300799;

struct SourceDate {
  std::optional<long long> seconds;  // set when the variable is set and valid
  std::string error;                 // set when the variable is set and invalid
};

// Reads `value` (the variable's text, or null when it is not set).
SourceDate parse_source_date_epoch(const char* value);

}  // namespace briefc::cli
