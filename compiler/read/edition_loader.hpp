// Reading earlier editions of a paper: the document a <previous-edition>
// names, the one that one names, and so on, each with its own corpus (an old
// edition is read with the records as they are now, through its own includes).
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"
#include "read/loader.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace briefc::read {

struct LoadedEdition {
  model::Document document;
  std::unique_ptr<model::Corpus> corpus;  // on the heap: the document's records stay put when editions move
};

// Reads the document at `path` with its includes into a corpus of its own and
// checks its references. Nothing when the file cannot be read as a document
// (the reason is in `diags`).
std::optional<LoadedEdition> load_edition(const std::string& path, diag::SourceManager& sources,
                                          diag::Diagnostics& diags, const LoaderOptions& options);

// The editions `document` follows, newest first, through <previous-edition
// href>, each href relative to the folder of the document naming it. Reports,
// at the href: a file that does not exist or lies outside the project folder
// (like an <include>), a chain that comes back to an edition already in it,
// and more than 50 editions. Errors in an earlier edition's own files are
// reported as in any build: an edition that does not build cannot be compared.
std::vector<LoadedEdition> load_previous_editions(const model::Document& document, diag::SourceManager& sources,
                                                  diag::Diagnostics& diags, const LoaderOptions& options);

}  // namespace briefc::read
