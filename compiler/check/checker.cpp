#include "check/checker.hpp"

#include "check/families.hpp"

namespace briefc::check {

CheckResult run_checks(const CheckInput& input, const CheckOptions& options, diag::Diagnostics& diags) {
  Reporter reporter(diags, options.errors_only, options.whole_project);
  CheckContext ctx{input.corpus, input.documents, {}};
  ctx.facts.reserve(input.documents.size());
  for (const auto& d : input.documents) ctx.facts.push_back(gather_document_facts(*d.document, input.corpus, input.locales));

  check_citations(ctx, reporter);
  check_sources(ctx, reporter);
  check_provisions(ctx, reporter);
  check_names(ctx, reporter);
  check_chronology(ctx, reporter);
  check_documents(ctx, reporter);
  // Last: whether a mark silenced anything is known only now.
  if (!options.errors_only) check_marks(diags.suppressions(), reporter, options.whole_project);
  return CheckResult{reporter.silenced()};
}

}  // namespace briefc::check
