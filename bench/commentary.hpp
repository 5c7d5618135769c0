// The document's own prose between the cases: paragraphs about a theme, list
// items with a bold lead, block quotations, and the paragraph that names the
// people whose profiles follow. Every fact gets its footnote, about three a
// paragraph, as in the shipped papers.
#pragma once

#include "corpus_model.hpp"
#include "prose.hpp"
#include "random.hpp"
#include "vocabulary.hpp"

#include <string>
#include <vector>

namespace briefc::bench {

// An earlier section a paragraph may point back to with <ref to="…">.
struct SectionRef {
  std::string id;
  std::string topic;
};

class Commentary {
public:
  Commentary(const Corpus& corpus, Random& rng) : corpus_(corpus), rng_(rng) {}

  // A paragraph of `sentences` sentences about `theme`, mentioning `people`
  // (subjects of the section's cases) and perhaps referring back to `earlier`.
  Fragment paragraph(const vocabulary::Theme& theme, const std::vector<const GenPerson*>& people, int sentences,
                     const SectionRef* earlier);
  // "<b>Lead sentence.</b> Two or three more."
  Fragment list_item(const vocabulary::Theme& theme, const std::vector<const GenPerson*>& people);
  // A statement quoted as a block.
  Fragment quotation(const vocabulary::Theme& theme);
  // "According to KIBHR, the following people …: <b>A, B and C</b>."
  Fragment names_paragraph(const vocabulary::Theme& theme, const std::vector<const GenPerson*>& people);

private:
  void sentence(const std::string& pattern, ProseWriter& w, const vocabulary::Theme& theme,
                const std::vector<const GenPerson*>& people, bool may_cite);
  void fill(std::string_view key, ProseWriter& w, const vocabulary::Theme& theme,
            const std::vector<const GenPerson*>& people);
  void footnote(ProseWriter& w);
  std::vector<const GenSource*> next_sources(std::size_t count);
  const GenOrganisation& organisation(std::string_view id) const;

  const Corpus& corpus_;
  Random& rng_;
  std::size_t next_source_ = 0;
};

}  // namespace briefc::bench
