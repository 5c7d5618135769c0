// How the leak check cuts text into words, keeping where each word lies so
// that a finding can be shown (and, in `check` and `diff` output, withheld).
//
// A word is a run of letters, digits and combining marks. Everything else
// separates words (spaces, punctuation, symbols, bytes that are not UTF-8),
// except the code points a reader does not see: the soft hyphen, zero-width
// spaces and joiners, the word joiner, variation selectors, the BOM and the
// rest of Unicode's Default_Ignorable_Code_Point, which join. "Nur\u200Blanova"
// is one word, as it looks.
//
// Case matters only in prose: a word inside something that looks like an
// address — a chunk between spaces holding "://", "www.", "@", or a "/" and a
// "." — is `case_free`, since URLs, slugs and handles are written in small
// letters whatever the name looks like.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::leak {

struct Word {
  std::size_t begin = 0, end = 0;  // bytes of the text
  bool case_free = false;
};

// The words of `text`; with `all_case_free`, every word is case_free (a URI,
// a file name).
std::vector<Word> split_words(std::string_view text, bool all_case_free);

// A run of digits written with the separators of phone numbers and codes
// (spaces, no-break spaces, "-", ".", "(", ")", "/", "+"), as the digits alone:
// "+7 (701) 555-01-99" → "77015550199".
struct DigitRun {
  std::size_t begin = 0, end = 0;
  std::string digits;
};
// Runs of at least `min_digits` digits.
std::vector<DigitRun> digit_runs(std::string_view text, std::size_t min_digits);

// Whether `text` holds a percent-encoded byte ("%D0").
bool has_percent_escape(std::string_view text);

}  // namespace briefc::leak
