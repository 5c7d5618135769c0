#include "cli/diff_command.hpp"

#include "read/edition_loader.hpp"
#include "resolve/edition_diff.hpp"
#include "text/locale_context.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>

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
  auto old_contents = resolve::edition_contents(older.document, *older.corpus, locales);
  auto new_contents = resolve::edition_contents(newer.document, *newer.corpus, locales);
  auto d = resolve::compare_editions(old_contents, *older.corpus, new_contents, *newer.corpus, newer.document.lang);

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
  return exit_ok;
}

}  // namespace briefc::cli
