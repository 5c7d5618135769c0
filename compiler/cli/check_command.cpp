#include "cli/check_command.hpp"

#include "check/checker.hpp"
#include "check/rules.hpp"
#include "cli/check_report.hpp"
#include "cli/confidential_scope.hpp"
#include "cli/check_stats.hpp"
#include "cli/missing_includes.hpp"
#include "cli/project_rest.hpp"
#include "cli/withholding.hpp"
#include "leak/leak_check.hpp"
#include "read/folder_listing.hpp"
#include "resolve/resolver.hpp"
#include "text/spoof_fold.hpp"
#include "read/loader.hpp"
#include "read/style_reader.hpp"
#include "resolve/period.hpp"
#include "resolve/resolver.hpp"
#include "text/locale_context.hpp"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <sstream>
#include <map>
#include <memory>

namespace fs = std::filesystem;

namespace briefc::cli {

namespace {

std::string list_rules() {
  std::string out;
  std::string_view family;
  const auto rules = check::all_rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    // Rules the loader applies sit with their family's neighbours in the
    // table; a run of them (the input rules) is a group of its own.
    std::size_t first = i, last = i;
    while (first > 0 && rules[first - 1].family == "read") --first;
    while (last + 1 < rules.size() && rules[last + 1].family == "read") ++last;
    bool rest_read = r.family == "read" && last - first + 1 >= 3;
    std::string_view heading = rest_read ? std::string_view("input") : r.family;
    if (heading != family && (r.family != "read" || rest_read)) {
      family = heading;
      out += fmt::format("{}{}:\n", out.empty() ? "" : "\n", family);
    }
    out += fmt::format("  {:<28} {:<8} {}{}{}\n", r.id, r.severity == diag::Severity::Error ? "error" : "warning",
                       r.summary, r.needs_whole_project ? " (with --all)" : "",
                       r.family == "read" ? " (found while reading)" : "");
  }
  out += "\nSilence one finding with check-ignore=\"rule-id: reason\" on the element it points at.\n";
  return out;
}

// The project's documents, as paths relative to the working folder.
std::vector<std::string> project_documents(const std::string& root) {
  std::vector<std::string> docs;
  for (const auto& file : read::list_folder(fs::path(root) / "sources" / "documents").files)
    docs.push_back(read::display_path(file.string()));
  std::sort(docs.begin(), docs.end());
  return docs;
}

// Loaded input of one check run. Documents live in a deque so the pointers the
// checker holds stay valid while more are read.
struct CheckRun {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  model::Corpus corpus;
  std::deque<model::Document> documents;
  std::map<std::string, std::optional<model::Style>> styles;
};

const model::Style* style_for(CheckRun& run, const model::Document& doc, const std::string& root,
                              const Options& options) {
  if (doc.style.empty()) return nullptr;
  auto it = run.styles.find(doc.style);
  if (it == run.styles.end()) {
    fs::path dir = !options.styles_dir.empty() ? fs::path(options.styles_dir)
                                               : fs::path(root.empty() ? "." : root) / "styles";
    std::string path = read::display_path((dir / (doc.style + ".xml")).string());
    std::optional<model::Style> style;
    std::error_code ec;
    if (!fs::exists(path, ec))
      run.diags.error(doc.style_location, fmt::format("unknown style '{}' (there is no file {})", doc.style, path),
                      "styles are the .xml files in the styles/ folder");
    else
      style = read::load_style(path, run.sources, run.diags);
    it = run.styles.emplace(doc.style, std::move(style)).first;
  }
  return it->second ? &*it->second : nullptr;
}

// Runs the loader's reference check for a further document, keeping only what
// it says about that document: the corpus's own references were reported with
// the first.
// Returns, for the first, the ids no record defines.
std::vector<read::UnknownReference> check_document_references(CheckRun& run, const model::Document& doc, bool first) {
  if (first) return read::check_references(run.corpus, &doc, run.diags);
  diag::Diagnostics scratch;
  read::check_references(run.corpus, &doc, scratch);
  for (const auto& d : scratch.all()) {
    if (d.location.file != doc.location.file) continue;
    auto& copy = d.severity == diag::Severity::Error ? run.diags.error(d.location, {}) : run.diags.warning(d.location, {});
    copy = d;
  }
  return {};
}

void print_text(const CheckRun& run, const std::deque<check::SilencedFinding>& silenced, const Options& options,
                std::ostream& err) {
  diag::render_all(run.diags, run.sources, {options.color, options.error_limit}, err);
  if (!options.show_silenced) return;
  for (const auto& s : silenced) {
    diag::Diagnostic shown = s.diagnostic;
    shown.message = "(silenced) " + shown.message;
    shown.notes.push_back({s.mark->where, fmt::format("silenced here: {}", s.mark->reason)});
    err << diag::render(shown, run.sources, options.color);
  }
}

// What build would refuse beyond the checker's rules (a recommendation id
// used twice, a case with no narrative in the document's language, a
// confidential record a public paper cannot print…): resolve the document
// as a build does (a public one, or with --internal an internal one) and
// keep what it reports that check has not. Returns the resolved document
// when the resolver found no error (the leak search reads it).
std::optional<resolve::ResolvedDocument> report_what_build_refuses(CheckRun& run, const model::Document& doc,
                                                                   const model::Style& style,
                                                                   const text::LocaleContext& locales,
                                                                   resolve::Readership readership) {
  diag::Diagnostics scratch;
  auto resolved = resolve::resolve_document(doc, run.corpus, style, locales, scratch, readership);
  for (const auto& d : scratch.all()) {
    // A place check has already reported (an unknown cross-reference that
    // build also finds has "no number to print") is reported once.
    bool known = std::any_of(run.diags.all().begin(), run.diags.all().end(), [&](const diag::Diagnostic& x) {
      return x.location.file == d.location.file && x.location.offset == d.location.offset &&
             (x.message == d.message || x.severity == d.severity);
    });
    if (known) continue;
    auto& copy = d.severity == diag::Severity::Error ? run.diags.error(d.location, {}) : run.diags.warning(d.location, {});
    copy = d;
  }
  if (scratch.has_errors()) return std::nullopt;
  return resolved;
}

}  // namespace

int run_check(const Options& options, std::ostream& out, std::ostream& err) {
  if (options.list_rules) {
    out << list_rules();
    return exit_ok;
  }
  std::vector<std::string> paths = options.documents;
  // The same report whatever order the documents are named in.
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  std::string root;
  if (options.all) {
    std::error_code cwd_error;
  root = read::find_project_root(fs::current_path(cwd_error).string());
    if (root.empty()) {
      err << "briefc: error: --all needs to run inside a project (a folder holding sources/ and styles/)\n";
      return exit_input_errors;
    }
    paths = project_documents(root);
  } else {
    root = read::find_project_root(fs::path(paths.front()).parent_path().string());
  }

  // On the heap, so that a run which ends the process can leave it to the
  // operating system (see Options::free_memory_at_end).
  auto run_storage = std::make_unique<CheckRun>();
  CheckRun& run = *run_storage;
  read::Loader loader(run.sources, run.diags, run.corpus, read::LoaderOptions{root, options.allow_outside_project});
  std::string period_error;  // parse_options has checked --period
  for (const auto& path : paths)
    if (auto doc = loader.load_document(path)) {
      if (!options.period.empty()) doc->period = resolve::parse_period(options.period, period_error);
      run.documents.push_back(std::move(*doc));
    }
  if (options.all) {
    // Records no document includes are checked too.
    for (const char* folder : {"sources/records", "sources/recommendations"})
      if (std::error_code ec; fs::is_directory(fs::path(root) / folder, ec))
        loader.load_records((fs::path(root) / folder).string());
  }
  text::LocaleContext locales;
  check::CheckInput input{run.corpus, {}, locales, &run.sources};
  for (std::size_t i = 0; i < run.documents.size(); ++i) {
    auto unknown = check_document_references(run, run.documents[i], i == 0);
    // With documents named (not --all, which reads every records file), an
    // unknown id another records file defines: name the include to add.
    if (!unknown.empty() && !options.all && run.documents.size() == 1) {
      auto rest = load_project_rest(root, loader.loaded_files(), run.sources,
                                    read::LoaderOptions{root, options.allow_outside_project});
      explain_missing_includes(unknown, *rest.corpus, run.documents[i], run.sources, run.diags);
    }
    input.documents.push_back({&run.documents[i], style_for(run, run.documents[i], root, options)});
  }
  if (run.documents.empty() && options.all) read::check_references(run.corpus, nullptr, run.diags);

  auto result = check::run_checks(input, {.errors_only = false, .whole_project = options.all}, run.diags);
  // One resolution per document, as a build makes it; a public one is also
  // what the leak search below reads.
  std::vector<std::optional<resolve::ResolvedDocument>> resolved(input.documents.size());
  for (std::size_t i = 0; i < input.documents.size(); ++i)
    if (const auto& d = input.documents[i]; d.style)
      resolved[i] = report_what_build_refuses(
          run, *d.document, *d.style, locales,
          options.internal ? resolve::Readership::Internal : resolve::Readership::Public);

  // What a public build of each document would print, searched for the
  // project's confidential values as the build's leak check will (it refuses
  // the PDF then): check says so first.
  diag::Diagnostics quiet;  // what else the project-wide pass and the resolver say is not this report's
  model::Document none;
  auto scope = confidential_scope(root, loader.loaded_files(), run.corpus,
                                  run.documents.empty() ? none : run.documents.front(), run.sources, quiet,
                                  read::LoaderOptions{root, options.allow_outside_project});
  auto values = std::move(scope.values);
  for (std::size_t i = 1; i < run.documents.size(); ++i) {
    auto more = leak::confidential_values(std::vector<const model::Corpus*>{}, run.documents[i]);
    values.insert(values.end(), more.begin(), more.end());
  }
  if (!values.empty() && scope.public_texts.empty())  // the fields of a later document alone
    scope.public_texts = leak::public_texts({&run.corpus});
  if (!values.empty() && !run.diags.has_errors()) {
    text::SpoofFold fold;
    leak::Scanner scanner(values, fold, scope.public_texts);
    for (std::size_t i = 0; i < run.documents.size(); ++i) {
      const auto* style = input.documents[i].style;
      if (!style || run.documents[i].confidentiality.confidential) continue;
      // With --internal the report shows the values, but the search is for
      // what a public build would print: resolved once more, publicly.
      if (options.internal) {
        diag::Diagnostics resolving;
        auto public_doc = resolve::resolve_document(run.documents[i], run.corpus, *style, locales, resolving);
        resolved[i].reset();
        if (!resolving.has_errors()) resolved[i] = std::move(public_doc);
      }
      if (!resolved[i]) continue;  // build stops before its leak check; what it says is reported above
      auto exemptions = leak::exemptions(run.corpus, run.documents[i]);
      leak::check_resolved_for_leaks(values, scanner, *resolved[i], exemptions, fold, run.diags);
    }
  }

  // The report is public unless --internal (cli/withholding.hpp).
  std::optional<Withholding> withholding;
  if (!options.internal && !values.empty()) withholding.emplace(std::move(values), scope.public_texts);
  auto shown = [&](std::string report) { return withholding ? withholding->apply(report) : report; };
  if (options.format == "json") {
    out << shown(check_report_json(run.diags, result.silenced, run.sources));
  } else if (options.format == "sarif") {
    out << shown(check_report_sarif(run.diags, result.silenced, run.sources));
  } else {
    std::ostringstream text;
    print_text(run, result.silenced, options, text);
    err << shown(text.str());
    // The lengths, on standard output: what the author asked for.
    if (options.stats) {
      std::string stats;
      for (const auto& d : input.documents)
        stats += document_stats(read::display_path(run.sources.path(d.document->location.file)),
                                check::gather_document_facts(*d.document, run.corpus, locales));
      out << shown(stats);
    }
  }

  auto errors = run.diags.error_count(), warnings = run.diags.warning_count();
  if (options.format == "text")
    err << fmt::format("briefc check: {} error{}, {} warning{}{} in {} document{}\n", errors, errors == 1 ? "" : "s",
                       warnings, warnings == 1 ? "" : "s",
                       result.silenced.empty() ? std::string{}
                                               : fmt::format(" ({} silenced by check-ignore{})", result.silenced.size(),
                                                             options.show_silenced ? "" : "; --show-silenced lists them"),
                       run.documents.size(), run.documents.size() == 1 ? "" : "s");
  if (!options.free_memory_at_end) (void)run_storage.release();  // reclaimed at exit, all at once
  if (errors > 0 || (options.werror && warnings > 0)) return exit_input_errors;
  return exit_ok;
}

}  // namespace briefc::cli
