// The include an author forgot. A document that uses recommendation templates
// or sources from a records file it does not include meets one "unknown …"
// error per id; the cause is one missing <include>. When a records file of
// the project defines such ids, the first error about them says so and gives
// the include to add; each later one points back to it.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"
#include "read/loader.hpp"

#include <vector>

namespace briefc::cli {

// `unknown`: what check_references returned for `document` into `diags`;
// `rest`: the project's records the document does not include
// (cli/project_rest.hpp).
void explain_missing_includes(const std::vector<read::UnknownReference>& unknown, const model::Corpus& rest,
                              const model::Document& document, const diag::SourceManager& sources,
                              diag::Diagnostics& diags);

}  // namespace briefc::cli
