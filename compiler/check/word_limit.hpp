// How long a paper may be: the word limits of the bodies a document goes
// to, used by the word-count rule (documents.cpp) and printed by every build
// beside the paper's own count.
#pragma once

#include "model/document.hpp"
#include "model/style.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace briefc::check {

struct WordLimit {
  std::size_t words;
  const char* who;  // "UN treaty bodies accept from civil society"
};

// UN treaty bodies take at most 10,000 words from civil society; OHCHR's
// guidelines for UPR stakeholders allow 2,815 words for one organisation and
// 5,630 for a joint submission; the Human Rights Council takes written
// statements of 2,000 words from NGOs in general consultative status (1,500
// in special status: the style says so with <words limit="1500">). A style's
// <words limit> replaces the audience's. Footnotes count: a secretariat
// counts the whole file. None for other audiences.
std::optional<WordLimit> word_limit(const model::Document& doc, const model::Style* style = nullptr);

// 12345 → "12,345".
std::string thousands(std::size_t n);

}  // namespace briefc::check
