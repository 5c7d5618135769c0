#include "cli/diff_command.hpp"

#include "cli/confidential_scope.hpp"
#include "cli/withholding.hpp"
#include "read/edition_loader.hpp"
#include "resolve/confidentiality.hpp"
#include "resolve/edition_diff.hpp"
#include "text/locale_context.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;

namespace briefc::cli {

namespace {

std::string describe(const read::LoadedEdition& e) {
  const auto& doc = e.document;
  std::string out = doc.path;
  std::vector<std::string> facts;
  if (doc.date) facts.push_back(doc.date->iso());
  if (doc.period) facts.push_back(fmt::format("period {}..{}", doc.period->from.iso(), doc.period->to.iso()));
  for (std::size_t i = 0; i < facts.size(); ++i) out += (i ? ", " : " (") + facts[i];
  return facts.empty() ? out : out + ")";
}

// "Cases added (2)" and one line per entry, or "Cases added: none".
template <typename List, typename Line>
void section(std::ostream& out, const char* title, const List& list, Line line) {
  if (list.empty()) {
    out << fmt::format("\n{}: none\n", title);
    return;
  }
  out << fmt::format("\n{} ({})\n", title, list.size());
  for (const auto& entry : list) out << "  " << line(entry) << "\n";
}

std::string source_text(const model::Corpus& corpus, const std::string& id) {
  const auto* s = corpus.source(id);
  if (!s) return id;
  return fmt::format("{}  {}", id, s->url.empty() ? s->title : s->url);
}

void print_changes(std::ostream& out, const read::LoadedEdition& older, const read::LoadedEdition& newer,
                   const resolve::EditionDiff& d);

}  // namespace

int run_diff(const Options& options, std::ostream& out, std::ostream& err) {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  std::vector<read::LoadedEdition> editions;
  for (const auto& path : options.documents) {
    std::string root = read::find_project_root(fs::path(path).parent_path().string());
    if (auto e = read::load_edition(path, sources, diags, read::LoaderOptions{root, options.allow_outside_project}))
      editions.push_back(std::move(*e));
  }
  diag::render_all(diags, sources, {options.color, options.error_limit}, err);
  if (editions.size() != 2 || diags.has_errors()) {
    err << fmt::format("briefc diff: {} error(s), {} warning(s); nothing compared\n", diags.error_count(),
                       diags.warning_count());
    return exit_input_errors;
  }

  text::LocaleContext locales;
  const auto& older = editions[0];
  const auto& newer = editions[1];
  // Public unless --internal: confidential cases are not listed, names are
  // their public wording, and whatever else matches a confidential value of
  // either project is withheld from the text (cli/withholding.hpp).
  diag::Diagnostics quiet;
  auto readership = options.internal ? resolve::Readership::Internal : resolve::Readership::Public;
  resolve::ConfidentialityPolicy old_policy(*older.corpus, readership, quiet), new_policy(*newer.corpus, readership, quiet);
  auto old_contents = resolve::edition_contents(older.document, *older.corpus, locales, &old_policy);
  auto new_contents = resolve::edition_contents(newer.document, *newer.corpus, locales, &new_policy);
  auto d = resolve::compare_editions(old_contents, *older.corpus, new_contents, *newer.corpus, locales, newer.document.lang);

  std::optional<Withholding> withholding;
  if (!options.internal) {
    std::vector<leak::ConfidentialValue> values;
    std::vector<std::string> public_texts;
    for (const auto* e : {&older, &newer}) {
      std::string root = read::find_project_root(fs::path(e->document.path).parent_path().string());
      auto scope = confidential_scope(root, {}, *e->corpus, e->document, sources, quiet,
                                      read::LoaderOptions{root, options.allow_outside_project});
      values.insert(values.end(), scope.values.begin(), scope.values.end());
      public_texts.insert(public_texts.end(), scope.public_texts.begin(), scope.public_texts.end());
    }
    if (!values.empty()) withholding.emplace(std::move(values), public_texts);
  }
  std::ostringstream report;
  print_changes(report, older, newer, d);
  out << (withholding ? withholding->apply(report.str()) : report.str());
  return exit_ok;
}

namespace {

void print_changes(std::ostream& out, const read::LoadedEdition& older, const read::LoadedEdition& newer,
                   const resolve::EditionDiff& d) {
  out << fmt::format("Changes from {} to {}\n", older.document.id, newer.document.id);
  out << fmt::format("  old: {}\n  new: {}\n", describe(older), describe(newer));
  auto case_line = [](const char* mark) {
    return [mark](const resolve::CaseChange& c) { return fmt::format("{} {}  {}", mark, c.case_id, c.names); };
  };
  section(out, "Cases added", d.cases_added, case_line("+"));
  section(out, "Cases dropped", d.cases_dropped, case_line("-"));
  section(out, "Status changes", d.status_changes, [](const resolve::StatusChange& c) {
    return fmt::format("~ {}  {}: {} → {}{}", c.case_id, c.names, c.before.empty() ? "(no status)" : c.before, c.after,
                       c.since ? fmt::format(" (since {})", c.since->iso()) : std::string{});
  });
  section(out, "Sources added", d.sources_added,
          [&](const std::string& id) { return "+ " + source_text(*newer.corpus, id); });
  auto rec_line = [&](const char* mark) {
    return [mark, &d](const resolve::EditionRecommendation& r) {
      bool reworded = std::find(d.reworded.begin(), d.reworded.end(), r.id) != d.reworded.end();
      return fmt::format("{} {}  {}{}", mark, r.id, r.text, reworded ? "  (reworded)" : "");
    };
  };
  section(out, "Recommendations added", d.recommendations_added, rec_line("+"));
  section(out, "Recommendations repeated", d.recommendations_repeated, rec_line("="));
  section(out, "Recommendations dropped", d.recommendations_dropped, rec_line("-"));
}

}  // namespace

}  // namespace briefc::cli
