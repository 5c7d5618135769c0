#include "cli/source_date.hpp"

#include <charconv>
#include <fmt/format.h>
#include <string_view>

namespace briefc::cli {

SourceDate parse_source_date_epoch(const char* value) {
  if (!value) return {};
  std::string_view text = value;
  long long seconds = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  bool digits_only = !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  if (text.empty())
    return {std::nullopt, "SOURCE_DATE_EPOCH is set but empty: it must be a number of seconds since 1970-01-01"};
  if (!digits_only || ec != std::errc{} || end != text.data() + text.size() || seconds > latest_pdf_timestamp)
    return {std::nullopt,
            fmt::format("SOURCE_DATE_EPOCH='{}' is not a number of seconds between 0 and {} (1970-01-01 to 9999-12-31)",
                        text, latest_pdf_timestamp)};
  return {seconds, {}};
}

}  // namespace briefc::cli
