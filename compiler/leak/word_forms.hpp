// The forms under which the leak check compares one word, so that a
// confidential name is found however a hurried author, a translator or a web
// page spells, declines, capitalises or disguises it.
//
// Every word, of a confidential value and of the published text alike, is
// reduced to keys; two words match when they share a key. A key is a string
// whose first letter says its kind:
//
//   t…  its spelling: NFKC with full case folding and default-ignorable code
//       points removed, diacritics dropped, then the transliteration folding
//       of `briefc check` (check/name_folding.hpp: Cyrillic romanised, j/y/i,
//       kh/h, zh/j, q/k, doubled letters…), then -ev- as -ov- and ou as u:
//       "Жаксылыков", "Zhaksylykov", "Jaqsylyqov", "ZHAKSYLYKEV" share one;
//   v…  its look: the UTS #39 confusable skeleton, case folded: "Раvel" typed
//       with a Cyrillic Р shares it with "Pavel". A value word also gets the
//       looks of its upper- and lower-case forms (Н and н have different
//       look-alikes);
//   s…  its stem: the spelling without one Russian inflection ending, as long
//       as four letters remain: "Нурлановой", "Нурланову", "nurlanovoy" and
//       "Nurlanova" share "s nurlanov". Patronymics (-ovna, -ovich) are not
//       declined forms and keep their own stems;
//   k…  (text words only) the spelling without one Kazakh case or plural
//       suffix, matched against a value word's own spelling: "Нурланованың",
//       "Жаксылыковқа" are found as "Нурланова", "Жаксылыков".
// Stems and Kazakh suffixes apply to names only (`inflects`): a URL or a
// sentence is matched word for word.
#pragma once

#include "text/spoof_fold.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace briefc::leak {

// The spelling key of a word (as WordForms::spelling) for a caller without
// ICU at hand: Latin and Cyrillic letters as check/name_folding.hpp lowers
// them, without NFKC, case folding or the removal of invisible characters.
std::string loose_spelling(std::string_view word);
// The stems of loose_spelling(word) (itself included), as WordForms makes
// a name word's "s" keys.
std::vector<std::string> loose_stems(std::string_view word);

// What a word is written in, for choosing the cheap path.
struct WordMake {
  bool plain = true;  // only ASCII letters and digits, and Russian and Kazakh Cyrillic letters
  bool latin = false, cyrillic = false, digit = false;
  // Whether a look-alike could hide in it: letters of two scripts, digits
  // among letters, or a character outside the plain set (Greek, full-width…).
  bool may_disguise() const { return !plain || (latin && cyrillic) || (digit && (latin || cyrillic)); }
};
WordMake word_make(std::string_view word);

class WordForms {
 public:
  explicit WordForms(const text::SpoofFold& fold) : fold_(fold) {}

  // The spelling key alone (without its "t" tag): what shingles and joined
  // handles are made of.
  std::string spelling(std::string_view word) const;

  // The keys of a word of a confidential value.
  std::vector<std::string> value_keys(std::string_view word, bool inflects) const;
  // The keys of a word of published text, given its spelling; without its
  // look when `with_look` is false (a word of plain ASCII letters, whose
  // spelling already says everything).
  std::vector<std::string> text_keys(std::string_view word, const std::string& spelling, bool with_look) const;

  // Whether the word begins with a capital letter / with a small letter.
  bool starts_upper(std::string_view word) const;
  bool starts_lower(std::string_view word) const;

 private:
  void add_stems(std::vector<std::string>& keys, const std::string& spelling) const;

  const text::SpoofFold& fold_;
};

}  // namespace briefc::leak
