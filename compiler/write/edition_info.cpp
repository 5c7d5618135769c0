#include "write/edition_info.hpp"

#include <ctime>
#include <fmt/format.h>

namespace briefc::write {

std::string w3c_date(long long timestamp) {
  std::time_t t = static_cast<std::time_t>(timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec);
}

}  // namespace briefc::write
