// Rules on the text itself, not on what it says: an opening bracket or
// quotation mark left unclosed in a paragraph ("Zakirova, Ilyashev (and
// Turymbetov were taken to court"), one that closes nothing, and a word
// written twice ("See: See"). The prose reader finds them as it reads
// (prose_facts.hpp, TextFinding); this reports them.
#pragma once

#include "check/prose_facts.hpp"
#include "check/prose_units.hpp"
#include "check/reporter.hpp"

#include <vector>

namespace briefc::check {

void report_text_findings(const ProseUnit& unit, const std::vector<TextFinding>& findings, Reporter& out,
                          const diag::SourceManager* sources);

}  // namespace briefc::check
