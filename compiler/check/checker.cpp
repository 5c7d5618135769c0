#include "check/checker.hpp"

#include "check/families.hpp"

#include <future>

namespace briefc::check {

CheckResult run_checks(const CheckInput& input, const CheckOptions& options, diag::Diagnostics& diags) {
  Reporter reporter(diags, options.errors_only, options.whole_project);
  CheckContext ctx{input.corpus, input.documents, {}, input.sources};
  ctx.facts.reserve(input.documents.size());
  for (const auto& d : input.documents) ctx.facts.push_back(gather_document_facts(*d.document, input.corpus, input.locales));

  // The name family is the costliest (it walks every mention in the corpus)
  // and shares nothing with the three before it, so it runs on a second
  // thread into a list of its own, which joins the main list in family order:
  // the report reads exactly as a run on one thread. The families only read
  // the corpus; a check-ignore mark belongs to one rule, so no mark is
  // marked used from both threads.
  diag::Diagnostics name_findings;
  Reporter name_reporter(name_findings, diags.suppressions(), options.errors_only, options.whole_project);
  auto names = std::async(std::launch::async, [&] { check_names(ctx, name_reporter); });
  // The prose family reads every narrative of the corpus, the second costliest
  // work, and shares nothing with the others either: a thread and a list of
  // its own, joined last. (Its marks are prose rules', used by it alone.)
  diag::Diagnostics prose_findings;
  Reporter prose_reporter(prose_findings, diags.suppressions(), options.errors_only, options.whole_project);
  // (A build runs the error rules only, none of them prose: no thread then.)
  auto prose = std::async(options.errors_only ? std::launch::deferred : std::launch::async,
                          [&] { check_prose(ctx, prose_reporter); });
  check_citations(ctx, reporter);
  check_sources(ctx, reporter);
  check_provisions(ctx, reporter);
  names.get();
  diags.append(std::move(name_findings));
  reporter.take_silenced(name_reporter);
  check_chronology(ctx, reporter);
  check_documents(ctx, reporter);
  prose.get();
  diags.append(std::move(prose_findings));
  reporter.take_silenced(prose_reporter);
  // Last: whether a mark silenced anything is known only now.
  if (!options.errors_only) check_marks(diags.suppressions(), reporter, options.whole_project);
  return CheckResult{reporter.silenced()};
}

}  // namespace briefc::check
