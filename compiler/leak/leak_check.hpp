// The leak check of a public build: proof, on every build, that the PDF about
// to be published holds no confidential value.
//
// It runs after the PDF is written to its temporary file and before that file
// is moved into place, and looks in two places:
//   - what the build laid out and handed to pdf/: every page's text, the
//     bookmarks, the link URIs and the document info (leak/printed_text.hpp);
//   - the written file itself, read back with its streams decompressed: every
//     string and text stream in it (leak/pdf_text.hpp), which covers anything
//     libharu adds (XMP, annotations) and anything written by a path the
//     first check does not know.
// A value is found in any letter case and across line breaks and hyphenation
// (leak/text_fold.hpp); every spelling the record lists is a value of its own
// (leak/confidential_values.hpp).
//
// Each value found is one error, located at the record that holds it, saying
// where it appeared ("on page 2") and, when the printed text can be traced,
// with a note at the document or narrative paragraph that printed it. The
// caller then deletes the file: a leaking PDF never reaches output/.
#pragma once

#include "diag/diagnostics.hpp"
#include "leak/confidential_values.hpp"
#include "leak/printed_text.hpp"
#include "resolve/resolved_document.hpp"
#include "text/locale_context.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace briefc::leak {

// Finds confidential values in text.
class LeakFinder {
 public:
  LeakFinder(const std::vector<ConfidentialValue>& values, const text::LocaleContext& locales);

  // Indices (into the values) of the values that occur in `text`. With
  // `long_values_only`, values of fewer than eight letters and digits are not
  // looked for (in text that is mostly numbers and codes they would match by
  // chance).
  std::vector<std::size_t> find(std::string_view text, bool long_values_only = false) const;

  bool empty() const { return folded_.empty(); }
  // The words a value is looked for by (leak/text_fold.hpp).
  const std::string& folded(std::size_t value) const { return folded_[value]; }

 private:
  const text::LocaleContext& locales_;
  std::vector<std::string> folded_;  // per value; empty when it has no word to look for
};

struct PublishedPdf {
  // What the build handed to pdf/ (leak/printed_text.hpp), taken before the
  // write: pdf/ consumes the laid-out pages as it draws them.
  const std::vector<PrintedText>& printed;
  const resolve::ResolvedDocument& resolved;  // to trace a leak to the paragraph that printed it
  std::string path;                           // the written (temporary) file
};

// Reports every confidential value found in `pdf` as an error; true when
// there is none.
bool check_for_leaks(const std::vector<ConfidentialValue>& values, const PublishedPdf& pdf,
                     const text::LocaleContext& locales, diag::Diagnostics& diags);

}  // namespace briefc::leak
