// What `check` and `diff` print is public by default, like a PDF: a report
// pasted into an issue tracker or e-mailed to a partner must not carry the
// witness's name either. Every confidential value of the project found in the
// report (by the leak check's matcher, leak/scanner.hpp, so in every spelling
// it knows) is replaced by the record's public wording, or by "[withheld]".
// --internal prints the report as it is.
#pragma once

#include "leak/confidential_values.hpp"
#include "leak/scanner.hpp"
#include "text/spoof_fold.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::cli {

class Withholding {
 public:
  Withholding(std::vector<leak::ConfidentialValue> values, const std::vector<std::string>& public_texts);

  // `text` with every confidential value replaced.
  std::string apply(std::string_view text);

 private:
  text::SpoofFold fold_;
  std::vector<leak::ConfidentialValue> values_;
  std::vector<std::string> public_texts_;
  std::optional<leak::Scanner> scanner_;
};

}  // namespace briefc::cli
