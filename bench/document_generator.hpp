// Generates a briefing document over a generated corpus, sized to a target
// page count: an introduction, then one section per theme in turn, each with
// paragraphs, a subsection with a bullet list and case items, case profiles
// (<case form="profile">) and a recommendations block.
#pragma once

#include "corpus_model.hpp"

#include <cstdint>
#include <string>

namespace briefc::bench {

struct DocumentSpec {
  std::string id = "briefing";
  double pages = 16;  // the target; the result is within a few per cent
  std::uint64_t seed = 20201125;
};

struct GeneratedDocument {
  std::string xml;
  double estimated_pages = 0;
  std::size_t footnotes = 0;
  std::size_t cases_used = 0;
};

GeneratedDocument generate_document(const Corpus& corpus, const DocumentSpec& spec);

// How many cases a document of `pages` pages prints, so that a corpus can be
// made large enough for it.
std::size_t cases_needed(double pages);

}  // namespace briefc::bench
