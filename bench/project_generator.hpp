// Writes a whole synthetic briefc project: records, recommendation templates,
// one document sized to a page count, and copies of the repository's styles.
// Used by briefc_generate_corpus and by briefc_benchmark's scaling series.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace briefc::bench {

struct ProjectSpec {
  std::filesystem::path out;     // the project folder (created)
  std::filesystem::path styles;  // folder whose *.xml are copied to OUT/styles
  double pages = 16;             // the document's approximate length
  // Corpus size; by default just large enough for the document, with five
  // sources a case. A corpus larger than the document needs is loaded whole
  // by the document's <include href="../records"/>, as the shipped one is.
  std::optional<std::size_t> cases;
  std::optional<std::size_t> sources;
  std::string document_id;  // default briefing-Np
  // Confidential persons (and a tenth as many sources and cases) in a records
  // file no document includes (confidential_records.hpp); 0: none.
  std::size_t confidential = 0;
  std::uint64_t seed = 20201125;
};

struct ProjectSummary {
  std::filesystem::path document;  // OUT/sources/documents/ID.xml
  std::size_t cases = 0, sources = 0, persons = 0, files = 0;
  double estimated_pages = 0;
  std::size_t estimated_footnotes = 0;
  std::size_t cases_in_document = 0;
};

// Throws std::runtime_error when a file cannot be written or the styles
// folder holds no style.
ProjectSummary generate_project(const ProjectSpec& spec);

}  // namespace briefc::bench
