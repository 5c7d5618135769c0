// What the PDF writer remembers between the builds of one session (`briefc
// watch`): compressed page streams, font programs, the colour profile. Each
// part gives exactly what making it afresh gives, so a PDF written with a
// memo that has seen earlier builds is byte for byte the PDF of a one-shot
// build. Owned by the session (cli/build_command.hpp), lent to each
// PdfDocument; not thread-safe.
#pragma once

#include "pdf/compression_memo.hpp"
#include "pdf/font_embedding.hpp"

#include <optional>
#include <string>

namespace briefc::pdf {

struct WriterMemo {
  CompressionMemo streams;  // page content streams
  FontProgramMemo fonts;
  std::optional<std::string> colour_profile;  // the sRGB profile's bytes, read once

  // Forgets what the latest build did not use, so that a long session holds
  // one version of the document, not all of them.
  void forget_unused() {
    streams.forget_unused();
    fonts.forget_unused();
  }
};

}  // namespace briefc::pdf
