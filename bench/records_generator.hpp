// Generates the records of a synthetic corpus: provisions, organisations,
// sources, persons, cases (with their narratives) and recommendation templates.
#pragma once

#include "corpus_model.hpp"

#include <cstdint>

namespace briefc::bench {

struct CorpusSize {
  std::size_t cases = 40;
  std::size_t sources = 200;
  std::uint64_t seed = 20201125;
};

// The same size and seed give the same corpus, byte for byte, on every machine.
Corpus generate_records(const CorpusSize& size);

// The theme a case is filed under first; the document groups cases by it.
const std::string& primary_theme(const GenCase& c);

}  // namespace briefc::bench
