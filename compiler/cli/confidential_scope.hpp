// What a public output must not contain, for one document: the confidential
// values of the records it includes and of every other records file of the
// project. A person marked confidential in any file of the project is
// confidential in every paper of it, whether or not that paper includes the
// file: an author who types the name into another paper's prose is exactly
// the case the leak check exists for.
//
// Shared by `build` (the leak check), `check` and `diff` (which withhold the
// values from what they print unless --internal).
#pragma once

#include "diag/diagnostics.hpp"
#include "leak/confidential_values.hpp"
#include "leak/scanner.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"
#include "read/loader.hpp"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace briefc::cli {

struct ConfidentialScope {
  std::unique_ptr<model::Corpus> rest;  // the project's records the document does not include
  std::vector<leak::ConfidentialValue> values;
  std::vector<std::string> public_texts;
};

// Reads the records under `project_root`/sources that are not in `already`
// (canonical paths; the document's own load), quietly: their problems are
// not this document's, but when there are any a warning says the leak check
// may miss values there. Empty `project_root`: the document's records only.
ConfidentialScope confidential_scope(const std::string& project_root, const std::set<std::string>& already,
                                     const model::Corpus& corpus, const model::Document& document,
                                     diag::SourceManager& sources, diag::Diagnostics& diags,
                                     const read::LoaderOptions& options);

}  // namespace briefc::cli
