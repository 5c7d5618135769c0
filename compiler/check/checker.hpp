// The check stage: consistency rules over the records and documents, run
// after reading (and the loader's reference check) and before layout. It reads
// the model only — never layout or pdf — so `briefc check` is fast and a build
// can run the error rules first and refuse to write a PDF with errors.
//
//   check::CheckInput input{corpus, {{&document, &style}}, locales};
//   auto result = check::run_checks(input, {.errors_only = true}, diags);
//
// Findings go into `diags` with their rule id (diag::Diagnostic::rule);
// findings silenced by check-ignore="rule: reason" come back in the result.
#pragma once

#include "check/reporter.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"
#include "model/style.hpp"
#include "text/locale_context.hpp"

#include <deque>
#include <vector>

namespace briefc::check {

struct DocumentInput {
  const model::Document* document = nullptr;
  const model::Style* style = nullptr;  // optional: without it, style rules (Ibid.) are skipped
};

struct CheckInput {
  const model::Corpus& corpus;
  std::vector<DocumentInput> documents;
  const text::LocaleContext& locales;  // orders <cases> selections as resolve does
  // Optional: the files read, so that a finding about a word in the prose
  // points at the word rather than at the start of its text.
  const diag::SourceManager* sources = nullptr;
};

struct CheckOptions {
  bool errors_only = false;    // `briefc build`: only the rules whose severity is error
  bool whole_project = false;  // every document of the project is in the input (`check --all`):
                               // enables rules such as source-unused
};

struct CheckResult {
  std::deque<SilencedFinding> silenced;
};

CheckResult run_checks(const CheckInput& input, const CheckOptions& options, diag::Diagnostics& diags);

}  // namespace briefc::check
