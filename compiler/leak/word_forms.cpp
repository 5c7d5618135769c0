#include "leak/word_forms.hpp"

#include "check/name_folding.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>

namespace briefc::leak {

namespace {

// A stem keeps at least this many letters: "Kim" is matched as written, never
// as the stem of "Kima".
constexpr std::size_t min_stem = 4;

// Russian inflection endings of nouns, names and adjectives, in their folded
// spelling (й, ы and и fold to i, я to ia, ю to iu, ь vanishes): а/я, у/ю, е,
// и/ы/й/ий/ый, ой/ей, ою/ею, ом/ем, ым/им, ами/ями, ах/ях, ых/их, ыми/ими,
// ого/его, ому/ему, ая, ую, ое, ые/ие, ью, ья. Not -ов/-ев/-ин, which make
// family names (Nurlan → Nurlanov is another word), and not -на/-ич, which
// make patronymics (Nurlanovna is not Nurlanova).
constexpr std::array<std::string_view, 27> russian_endings = {
    "a",  "ia",  "u",  "iu",  "e",   "i",   "oi",  "ei",  "oiu", "eiu", "om",  "em", "im", "ami",
    "iami", "ah", "iah", "ih", "imi", "ogo", "ego", "omu", "emu", "aia", "uiu", "oe", "ie"};

// Kazakh case and plural suffixes, folded: genitive -ның/-дың/-тың, dative
// -ға/-ге/-қа/-ке, accusative -ны/-ды/-ты, locative -да/-та/-нда, ablative
// -дан/-тан/-нан, instrumental -мен/-бен/-пен, possessive -сы, plural
// -лар/-дар/-тар. Not -на/-не (they would make a patronymic of a name).
constexpr std::array<std::string_view, 28> kazakh_suffixes = {
    "nin", "din", "tin", "ga",  "ge",  "ka",  "ke",  "ni",  "di",  "ti",  "da",  "de",  "ta", "te",
    "nda", "nde", "dan", "den", "tan", "ten", "nan", "nen", "men", "ben", "pen", "si",  "lar", "ler"};

// "-ev-" and "-ov-" (Горбачёв written Gorbachev or Gorbachov), "ou" and "u"
// (French transliteration: Nourlanova).
std::string loosen(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == 'e' && i + 1 < s.size() && s[i + 1] == 'v' && i > 0) {
      out += 'o';
      continue;
    }
    if (s[i] == 'o' && i + 1 < s.size() && s[i + 1] == 'u') continue;
    out += s[i];
  }
  return out;
}

// A key: its kind's letter, then the text. (Written out, not "s" + text:
// GCC 12 warns wrongly about the operator+ that takes a literal.)
std::string tagged(char tag, std::string_view text) {
  std::string key(1, tag);
  key += text;
  return key;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string loose_spelling(std::string_view word) {
  return loosen(check::fold_name_word(word));
}

std::vector<std::string> loose_stems(std::string_view word) {
  std::string t = loose_spelling(word);
  std::vector<std::string> stems = {t};
  for (auto ending : russian_endings)
    if (t.size() >= ending.size() + min_stem && ends_with(t, ending)) stems.push_back(t.substr(0, t.size() - ending.size()));
  return stems;
}

WordMake word_make(std::string_view word) {
  WordMake m;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = text::decode_at(word, i);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      m.latin = true;
    } else if (c >= '0' && c <= '9') {
      m.digit = true;
    } else if ((c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451 || c == 0x0406 || c == 0x0456 ||
               c == 0x04D8 || c == 0x04D9 || c == 0x0492 || c == 0x0493 || c == 0x049A || c == 0x049B ||
               c == 0x04A2 || c == 0x04A3 || c == 0x04E8 || c == 0x04E9 || c == 0x04B0 || c == 0x04B1 ||
               c == 0x04AE || c == 0x04AF || c == 0x04BA || c == 0x04BB) {
      m.cyrillic = true;
    } else {
      m.plain = false;
    }
  }
  return m;
}

std::string WordForms::spelling(std::string_view word) const {
  // Plain Latin and Cyrillic letters need no normalisation: the folding
  // lowers them itself. Anything else (marks, invisible characters,
  // compatibility forms, other cases) goes through ICU first.
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii && word_make(word).plain) {
    std::string latin = check::fold_name_word(word);
    if (!latin.empty()) return loosen(std::move(latin));
  }
  std::string folded = ascii ? std::string(word) : fold_.strip_marks(fold_.casefold(word));
  std::string latin = check::fold_name_word(folded);
  // Letters the transliteration does not know (Greek, Arabic…) vanish there;
  // such a word is compared as case folded.
  bool lossy = latin.empty();
  if (!ascii && !lossy) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < folded.size();) {
      text::decode_at(folded, i);
      ++letters;
    }
    lossy = latin.size() * 2 < letters;
  }
  if (lossy) return tagged('#', ascii ? fold_.casefold(word) : folded);
  return loosen(std::move(latin));
}

void WordForms::add_stems(std::vector<std::string>& keys, const std::string& spelling) const {
  keys.push_back(tagged('s', spelling));
  for (auto ending : russian_endings)
    if (spelling.size() >= ending.size() + min_stem && ends_with(spelling, ending))
      keys.push_back(tagged('s', std::string_view(spelling).substr(0, spelling.size() - ending.size())));
}

std::vector<std::string> WordForms::value_keys(std::string_view word, bool inflects) const {
  std::string t = spelling(word);
  std::vector<std::string> keys = {tagged('t', t)};
  for (const auto& form : {std::string(word), fold_.casefold(word), fold_.upper(word)}) {
    std::string look = tagged('v', fold_.skeleton(form));
    if (std::find(keys.begin(), keys.end(), look) == keys.end()) keys.push_back(std::move(look));
  }
  if (inflects && t.size() >= min_stem && t[0] != '#') {
    add_stems(keys, t);
    keys.push_back(tagged('k', t));
  }
  return keys;
}

std::vector<std::string> WordForms::text_keys(std::string_view word, const std::string& t, bool with_look) const {
  std::vector<std::string> keys = {tagged('t', t)};
  if (with_look) keys.push_back(tagged('v', fold_.skeleton(word)));
  if (t.size() >= min_stem && t[0] != '#') {
    add_stems(keys, t);
    for (auto suffix : kazakh_suffixes)
      if (t.size() >= suffix.size() + min_stem && ends_with(t, suffix))
        keys.push_back(tagged('k', std::string_view(t).substr(0, t.size() - suffix.size())));
  }
  return keys;
}

namespace {

// Whether the first letter of `word` changes under `to_other_case`: a capital
// changes when folded, a small letter when upper-cased.
template <class ToOtherCase>
bool first_letter_changes(std::string_view word, ToOtherCase&& to_other_case) {
  std::string first;
  std::size_t i = 0;
  text::append_utf8(first, text::decode_at(word, i));
  return to_other_case(first) != first;
}

}  // namespace

bool WordForms::starts_upper(std::string_view word) const {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return first_letter_changes(word, [&](const std::string& s) { return fold_.casefold(s); });
}

bool WordForms::starts_lower(std::string_view word) const {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return first_letter_changes(word, [&](const std::string& s) { return fold_.upper(s); });
}

}  // namespace briefc::leak
