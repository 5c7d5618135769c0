// Footnotes against the sources they cite (notes.cpp): what a hand-written
// note says of a source, its language ("(in Russian)") and its date
// ("article from 9 October 2024"), must be what the source record says.
// Run by the prose family (prose.cpp) on every footnote it reads, so each
// footnote of what the documents print is read once.
#pragma once

#include "check/families.hpp"
#include "check/prose_facts.hpp"
#include "text/number_words.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace briefc::check {

class NoteChecker {
public:
  NoteChecker(const CheckContext& ctx, Reporter& out, text::NumberWords& numbers)
      : ctx_(ctx), out_(out), facts_(numbers) {}

  // Reports what `note` (a <note> element) says of its sources that their
  // records do not; and a note that shows a URL or names a publisher of the
  // project's sources without citing any (note-uncited-source).
  void note(const model::Inline& note);

private:
  void uncited(const model::Inline& note);
  // What the text right before a citation says of the source: a quoted
  // title, held against the one an earlier note gave it. (A publisher named
  // there is not held against the record: notes name co-authors and
  // partners as often as publishers — "a report by IPHR, KIBHR and …".)
  void introduction(const model::Inline& text, const model::Source& source);
  // The last publisher of the corpus named in `text` as whole words, and where.
  std::optional<std::pair<std::string_view, std::size_t>> publisher_named(std::string_view text);
  // The publishers of the corpus's sources by their first word, found once.
  const std::unordered_map<std::string_view, std::vector<std::string_view>>& publishers();

  std::optional<std::unordered_map<std::string_view, std::vector<std::string_view>>> publishers_;
  struct Introduced {
    std::string title;  // as quoted
    diag::SourceLocation where;
  };
  std::unordered_map<std::string, Introduced> introduced_;  // source id → its first quoted title
  const CheckContext& ctx_;
  Reporter& out_;
  ProseFactReader facts_;
};

}  // namespace briefc::check
