// The records of a project that a document does not include: every records
// file under PROJECT/sources but documents/, read quietly (their problems are
// not this document's). The leak check searches them for confidential values
// (cli/confidential_scope.hpp); an unknown id is looked up in them to name
// the include the author forgot (cli/missing_includes.hpp).
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "read/loader.hpp"

#include <memory>
#include <set>
#include <string>

namespace briefc::cli {

struct ProjectRest {
  std::unique_ptr<model::Corpus> corpus;  // never null
  std::size_t problems = 0;               // errors met reading them
  std::string records_folder;             // PROJECT/sources, for messages; "" without a project
};

// Reads the records under `project_root`/sources that are not in `already`
// (canonical paths, the document's own load), in name order. Empty
// `project_root`: nothing.
ProjectRest load_project_rest(const std::string& project_root, const std::set<std::string>& already,
                              diag::SourceManager& sources, const read::LoaderOptions& options);

}  // namespace briefc::cli
