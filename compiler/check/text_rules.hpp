// Rules on the text itself, not on what it says: an opening bracket or
// quotation mark left unclosed in a paragraph ("Zakirova, Ilyashev (and
// Turymbetov were taken to court"), and a word written twice ("See: See").
// Run by the prose family on every unit of prose it reads.
#pragma once

#include "check/prose_units.hpp"
#include "check/reporter.hpp"

namespace briefc::check {

void check_text(const ProseUnit& unit, Reporter& out, const diag::SourceManager* sources);

}  // namespace briefc::check
