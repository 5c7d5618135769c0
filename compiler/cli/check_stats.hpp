// `briefc check --stats`: how long a paper is, section by section, counted as
// the word-count rule and the build's summary line count (footnotes
// included), so an author who must cut to an audience's limit sees where
// the words are.
//
//   sources/documents/un-hrc-2025.xml: 3,602 of 10,000 words (2,950 in the text, 652 in 41 footnotes)
//      words  in notes  notes  section
//        431        52      4  Introduction
//        120         0      0    Background
#pragma once

#include "check/document_facts.hpp"

#include <string>

namespace briefc::cli {

std::string document_stats(const std::string& path, const check::DocumentFacts& facts);

}  // namespace briefc::cli
