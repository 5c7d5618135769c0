// Writes a generated corpus as records files under PROJECT/sources/ in the
// layout of the shipped corpus: shared records, then per-chunk files of cases
// with the people and sources they cite, and the recommendation templates.
#pragma once

#include "corpus_model.hpp"

#include <filesystem>

namespace briefc::bench {

// How many cases one cases-NNNN.xml holds; a large corpus is many files, as a
// real one grows by paper and by year.
inline constexpr std::size_t cases_per_file = 250;

// Writes PROJECT/sources/records/… and PROJECT/sources/recommendations/….
// Returns the number of files written. Throws std::runtime_error on I/O errors.
std::size_t write_records(const Corpus& corpus, const std::filesystem::path& project);

// Writes `text` to `path`, creating its folder; throws std::runtime_error on failure.
void write_file(const std::filesystem::path& path, const std::string& text);

}  // namespace briefc::bench
