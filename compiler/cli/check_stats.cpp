#include "cli/check_stats.hpp"

#include "check/word_limit.hpp"

#include <fmt/format.h>

namespace briefc::cli {

std::string document_stats(const std::string& path, const check::DocumentFacts& facts) {
  using check::thousands;
  const auto& doc = *facts.document;
  std::size_t total = facts.body_words + facts.note_words;
  auto limit = check::word_limit(doc);
  std::string out = fmt::format("{}: {} words ({} in the text, {} in {} footnote{})\n", path,
                                limit ? fmt::format("{} of {}", thousands(total), thousands(limit->words))
                                      : thousands(total),
                                thousands(facts.body_words), thousands(facts.note_words),
                                thousands(facts.footnotes.size()), facts.footnotes.size() == 1 ? "" : "s");
  if (facts.sections.empty()) return out;
  out += fmt::format("  {:>7}  {:>8}  {:>5}  section\n", "words", "in notes", "notes");
  for (const auto& s : facts.sections) {
    std::string heading = model::plain_text(s.section->heading);
    if (heading.empty()) heading = s.section->heading_text;
    if (heading.empty()) heading = s.section->id.empty() ? "(untitled)" : s.section->id;
    out += fmt::format("  {:>7}  {:>8}  {:>5}  {}{}\n", thousands(s.body_words + s.note_words),
                       thousands(s.note_words), thousands(s.footnotes), std::string(2 * (s.depth - 1), ' '), heading);
  }
  return out;
}

}  // namespace briefc::cli
