#include "check/name_folding.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace briefc::check {

namespace {

// Romanisation of Russian and Kazakh Cyrillic (lower case), close to the
// spellings the papers use; folding then absorbs the remaining differences.
const char* romanise(char32_t c) {
  switch (c) {
    case U'а': return "a";  case U'б': return "b";  case U'в': return "v";  case U'г': return "g";
    case U'д': return "d";  case U'е': return "e";  case U'ё': return "e";  case U'ж': return "zh";
    case U'з': return "z";  case U'и': return "i";  case U'й': return "i";  case U'к': return "k";
    case U'л': return "l";  case U'м': return "m";  case U'н': return "n";  case U'о': return "o";
    case U'п': return "p";  case U'р': return "r";  case U'с': return "s";  case U'т': return "t";
    case U'у': return "u";  case U'ф': return "f";  case U'х': return "kh"; case U'ц': return "ts";
    case U'ч': return "ch"; case U'ш': return "sh"; case U'щ': return "shch"; case U'ъ': return "";
    case U'ы': return "y";  case U'ь': return "";   case U'э': return "e";  case U'ю': return "yu";
    case U'я': return "ya"; case U'ә': return "a";  case U'ғ': return "g";  case U'қ': return "k";
    case U'ң': return "n";  case U'ө': return "o";  case U'ұ': return "u";  case U'ү': return "u";
    case U'һ': return "h";  case U'і': return "i";
    default: return nullptr;
  }
}

char32_t lower(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c - U'A' + U'a';
  if (c >= U'А' && c <= U'Я') return c - U'А' + U'а';
  if (c == U'Ё') return U'ё';
  switch (c) {  // Kazakh capitals
    case U'Ә': return U'ә'; case U'Ғ': return U'ғ'; case U'Қ': return U'қ'; case U'Ң': return U'ң';
    case U'Ө': return U'ө'; case U'Ұ': return U'ұ'; case U'Ү': return U'ү'; case U'Һ': return U'һ';
    case U'І': return U'і';
    default: break;
  }
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // Latin-1 capitals
  return c;
}

// Latin letters with diacritics → the base letter (Latin-1 and the Turkic ones).
char base_letter(char32_t c) {
  if (c < 0x80) return static_cast<char>(c);
  switch (c) {
    case U'à': case U'á': case U'â': case U'ã': case U'ä': case U'å': return 'a';
    case U'ç': return 'c';
    case U'è': case U'é': case U'ê': case U'ë': return 'e';
    case U'ì': case U'í': case U'î': case U'ï': case U'ı': return 'i';
    case U'ñ': return 'n';
    case U'ò': case U'ó': case U'ô': case U'õ': case U'ö': return 'o';
    case U'ù': case U'ú': case U'û': case U'ü': return 'u';
    case U'ý': case U'ÿ': return 'y';
    case U'ş': return 's';
    case U'ğ': return 'g';
    default: return 0;
  }
}

// Whether `s` holds `pattern` at `i`. The patterns are a few letters long;
// comparing them here, not through std::string::compare, keeps memcmp calls
// out of a loop that runs once per letter of every name.
bool has_at(std::string_view s, std::size_t i, std::string_view pattern) {
  if (s.size() - i < pattern.size()) return false;
  for (std::size_t k = 0; k < pattern.size(); ++k)
    if (s[i + k] != pattern[k]) return false;
  return true;
}

std::string fold_word(std::string_view word) {
  std::string latin;
  latin.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = lower(text::decode_at(word, i));
    if (c < 0x80) {  // most names are written in Latin letters: no table to consult
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) latin += static_cast<char>(c);
      continue;
    }
    if (const char* r = romanise(c)) {
      latin += r;
      continue;
    }
    char b = base_letter(c);
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) latin += b;
  }
  // The spelling choices of transliteration, in one pass, longest first:
  // shch → sh, dzh/zh → j, kh → h, ts/ch → c, q → k, w → v, x → ks; then
  // j/y → i, and doubled letters → one. Each pattern starts with its own
  // letter, so a switch on that letter tries the only one that can match.
  std::string out;
  out.reserve(latin.size());
  auto push = [&](char c) {
    if (c == 'j' || c == 'y') c = 'i';
    if (out.empty() || out.back() != c) out += c;
  };
  std::string_view l = latin;
  for (std::size_t i = 0; i < l.size();) {
    switch (l[i]) {
      case 's': if (has_at(l, i, "shch")) { push('s'); push('h'); i += 4; continue; } break;
      case 'd': if (has_at(l, i, "dzh")) { push('j'); i += 3; continue; } break;
      case 'z': if (has_at(l, i, "zh")) { push('j'); i += 2; continue; } break;
      case 'k': if (has_at(l, i, "kh")) { push('h'); i += 2; continue; } break;
      case 't': if (has_at(l, i, "ts")) { push('c'); i += 2; continue; } break;
      case 'c': if (has_at(l, i, "ch")) { push('c'); i += 2; continue; } break;
      case 'q': push('k'); ++i; continue;
      case 'w': push('v'); ++i; continue;
      case 'x': push('k'); push('s'); ++i; continue;
      default: break;
    }
    push(l[i]);
    ++i;
  }
  // "Yevgeniy"/"Evgeniy": a leading ye- is e-.
  if (out.starts_with("ie")) out.erase(0, 1);
  return out;
}

bool is_separator(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return false;  // the common case, in two tests
  return c == U' ' || c == U'\t' || c == U'\n' || c == 0xA0 || c == U',' || c == U';' || c == U'(' || c == U')' ||
         c == U'"' || c == U'“' || c == U'”' || c == U'«' || c == U'»' || c == U'.' || c == U':';
}

// Calls `visit(word)` for each word of `spelling`, as name_words describes;
// the words are views into `spelling`, so nothing is copied.
template <class Visit>
void for_each_name_word(std::string_view spelling, Visit&& visit) {
  auto finish = [&](std::string_view word) {
    // A possessive ('s, ’s) is grammar, not the name.
    for (std::string_view s : {"'s", "\u2019s"})
      if (word.size() > s.size() && word.ends_with(s)) word.remove_suffix(s.size());
    if (!word.empty() && word != "Mr" && word != "Ms" && word != "Mrs" && word != "Dr") visit(word);
  };
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < spelling.size();) {
    std::size_t start = i;
    if (is_separator(text::decode_at(spelling, i))) {
      finish(spelling.substr(word_start, start - word_start));
      word_start = i;
    }
  }
  finish(spelling.substr(word_start));
}

}  // namespace

std::vector<std::string_view> name_words(std::string_view spelling) {
  std::vector<std::string_view> words;
  for_each_name_word(spelling, [&](std::string_view w) { words.push_back(w); });
  return words;
}

std::string fold_name_word(std::string_view word) { return fold_word(word); }

std::string fold_name(std::string_view spelling) {
  std::string out;
  for_each_name_word(spelling, [&](std::string_view w) {
    auto f = fold_word(w);
    if (f.empty()) return;
    if (!out.empty()) out += ' ';
    out += f;
  });
  return out;
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  const std::size_t big = limit + 1;
  // Two rows on the stack for names of ordinary length; the heap beyond.
  constexpr std::size_t stack_length = 96;
  std::size_t prev_buffer[stack_length + 1], row_buffer[stack_length + 1];
  std::vector<std::size_t> prev_heap, row_heap;
  std::size_t* prev = prev_buffer;
  std::size_t* row = row_buffer;
  if (b.size() > stack_length) {
    prev_heap.resize(b.size() + 1);
    row_heap.resize(b.size() + 1);
    prev = prev_heap.data();
    row = row_heap.data();
  }
  std::fill(prev, prev + b.size() + 1, big);
  for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t lo = i > limit ? i - limit : 1, hi = std::min(b.size(), i + limit);
    // Only the band [lo, hi] is computed; the next row reads one cell on
    // either side of it, which must be "too far" (refilling the whole row
    // would make this quadratic in the length).
    row[lo - 1] = big;
    if (hi < b.size()) row[hi + 1] = big;
    row[0] = i <= limit ? i : big;
    std::size_t best = row[0];
    for (std::size_t j = lo; j <= hi; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t v = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      row[j] = std::min(v, big);
      best = std::min(best, row[j]);
    }
    if (best > limit) return big;
    std::swap(prev, row);
  }
  return std::min(prev[b.size()], big);
}

}  // namespace briefc::check
