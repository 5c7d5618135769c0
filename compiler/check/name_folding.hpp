// Matching names across spellings and scripts without comparing every pair.
//
// fold_name turns a spelling into a key that transliteration variants share:
// Cyrillic is romanised (Мамай → mamai), then the choices transliterations
// disagree on are collapsed: j/y/i → i, kh → h, zh/dzh → j, ts → c, doubled
// letters → one, diacritics dropped. "Mamaj", "Mamay", "Mamai" and "Мамай"
// all fold to "mamai"; "Asset" and "Aset" to "aset".
//
// Near-duplicates that folding does not join (a typo: "Rusland") are found by
// edit distance, which callers apply only within a bucket of one folded key
// or between neighbours of a sorted list, never across all pairs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::check {

// The folded key of one word or a whole name (words joined by one space;
// punctuation other than inner hyphens and apostrophes dropped).
std::string fold_name(std::string_view spelling);

// The folded key of one word exactly as written: no honorific or possessive
// is dropped, and letters outside the Latin and Cyrillic alphabets vanish.
// The leak check folds every printed word with it (leak/word_forms.hpp).
std::string fold_name_word(std::string_view word);

// The words of a name as written ("Kassym-Jomart Tokayev" → 2 words),
// without honorifics (Mr, Ms, Mrs, Dr) or a possessive 's. The words are
// views into `spelling`, valid as long as it is.
std::vector<std::string_view> name_words(std::string_view spelling);

// Levenshtein distance, but gives up past `limit` (returns limit + 1): the
// band keeps it O(limit · length).
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace briefc::check
