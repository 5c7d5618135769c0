// Merging <update case="…"> records into their cases.
//
// A reporting period moves on while the records of the last one stay as they
// were: later statuses and events of a case are written in a new file as an
// <update>, and merged here once every file of the build has been read, so
// the rest of briefc sees one case with its whole history.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"

namespace briefc::read {

// Moves every corpus.case_updates entry into its case, in the order the files
// were read: themes are added (once), statuses and events appended. Reports
// an update of a case that does not exist, and a status that is not later
// than the status it would follow (statuses are kept oldest first, and the
// status as of a date is the last one begun by then). Clears case_updates.
void apply_case_updates(model::Corpus& corpus, diag::Diagnostics& diags);

}  // namespace briefc::read
