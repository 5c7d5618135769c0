// `briefc import sources FILE [--into RECORDS.xml]`: source records from a
// reference manager's export instead of retyped by hand.
//
// FILE is CSL-JSON (.json: Zotero, Mendeley…) or BibTeX/biblatex (.bib); the
// format is told by the extension, else by the first character. Each entry
// becomes a <source> with id "src-KEY", url, title, publisher, date, lang and
// kind (import/csl_json.hpp and import/bibtex.hpp say how fields map). An
// entry is not written, and says why, when it has neither a URL nor a title,
// when a record of the project already has its id (a hand-edited record is
// never replaced), or when one has the same URL by `briefc check`'s rules
// (check/url.hpp: scheme, "www.", case, tracking parameters…). A language
// the entry does not give is guessed from the title's script and said so.
//
// The records go into RECORDS.xml (default sources/records/imported.xml):
// a new file, or the existing one with the new records added before its
// closing </records>, everything else in it kept as written. The file is
// written under a temporary name and moved into place.
#pragma once

#include "cli/options.hpp"

#include <ostream>

namespace briefc::cli {

int run_import(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace briefc::cli
