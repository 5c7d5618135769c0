// `briefc build`: the whole pipeline for each document —
// read → check references → resolve → lay out → write PDF — writing to a
// temporary file that is renamed into place only when everything succeeded,
// so a failed build leaves the previous PDF untouched and no partial file.
#pragma once

#include "cli/options.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace briefc::cli {

int run_build(const Options& options, std::ostream& out, std::ostream& err);

// Builds one document at a time while keeping what every build loads —
// fontconfig's font list, the hyphenation patterns, ICU's services — so that
// `briefc watch` pays for them once; and what each build made that the next
// can reuse when its inputs did not change: the input files as read and
// parsed (read/parsed_file_cache.hpp), the lines of paragraphs
// (layout/line_memo.hpp), compressed pages and embedded fonts
// (pdf/writer_memo.hpp). Every such memo answers only for exactly equal
// inputs, so a session's PDF is byte for byte a one-shot build's.
class BuildSession {
 public:
  BuildSession();
  ~BuildSession();
  BuildSession(const BuildSession&) = delete;
  BuildSession& operator=(const BuildSession&) = delete;

  // `briefc build DOCUMENT` with `options`; `inputs`, when given, receives
  // every file the build read (the document, records, style).
  int build(const std::string& document, const Options& options, std::ostream& out, std::ostream& err,
            std::vector<std::string>* inputs = nullptr);

 private:
  struct Services;
  std::unique_ptr<Services> services_;
};

}  // namespace briefc::cli
