#include "text/number_words.hpp"

#include <array>
#include <unicode/fmtable.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace briefc::text {

struct NumberWords::Parsers {
  UErrorCode status[2] = {U_ZERO_ERROR, U_ZERO_ERROR};
  icu::RuleBasedNumberFormat english{icu::URBNF_SPELLOUT, icu::Locale("en"), status[0]};
  icu::RuleBasedNumberFormat russian{icu::URBNF_SPELLOUT, icu::Locale("ru"), status[1]};
};

// The parsers are made on the first word asked about: building ICU's
// spellout rules costs milliseconds, and most prose states no term in words.
NumberWords::NumberWords() = default;
NumberWords::~NumberWords() = default;

namespace {

// Russian compounds "N-year(s)" written as one word: "семилетний",
// "пятилетнего", "двухлетнему". The stem before "лет"/"летн" is a genitive
// numeral; the common ones, written out (ICU parses numerals, not compounds).
constexpr std::array<std::pair<std::string_view, int>, 20> russian_compound_stems = {{
    {"одно", 1},       {"двух", 2},        {"трёх", 3},        {"трех", 3},          {"четырёх", 4},
    {"четырех", 4},    {"пяти", 5},        {"шести", 6},       {"семи", 7},          {"восьми", 8},
    {"девяти", 9},     {"десяти", 10},     {"одиннадцати", 11}, {"двенадцати", 12},  {"пятнадцати", 15},
    {"двадцати", 20},  {"тринадцати", 13}, {"четырнадцати", 14}, {"восемнадцати", 18}, {"двадцатипяти", 25},
}};

}  // namespace

// The numbers a term is written with most, in both languages and every case
// form a term takes ("к семи годам", "семью годами"): read without ICU,
// whose spellout rules take milliseconds to build.
constexpr std::array<std::pair<std::string_view, int>, 60> common_numbers = {{
    {"one", 1},      {"two", 2},         {"three", 3},      {"four", 4},       {"five", 5},      {"six", 6},
    {"seven", 7},    {"eight", 8},       {"nine", 9},       {"ten", 10},       {"eleven", 11},   {"twelve", 12},
    {"fifteen", 15}, {"eighteen", 18},   {"twenty", 20},    {"один", 1},       {"одного", 1},    {"одному", 1},
    {"два", 2},      {"двух", 2},        {"двум", 2},       {"три", 3},        {"трёх", 3},      {"трех", 3},
    {"трём", 3},     {"трем", 3},        {"четыре", 4},     {"четырёх", 4},    {"четырех", 4},   {"четырём", 4},
    {"четырем", 4},  {"пять", 5},        {"пяти", 5},       {"шесть", 6},      {"шести", 6},     {"семь", 7},
    {"семи", 7},     {"восемь", 8},      {"восьми", 8},     {"девять", 9},     {"девяти", 9},    {"десять", 10},
    {"десяти", 10},  {"пятнадцать", 15}, {"пятнадцати", 15}, {"двадцать", 20}, {"двадцати", 20}, {"a", 0},
    {"an", 0},       {"the", 0},         {"of", 0},         {"to", 0},         {"in", 0},        {"and", 0},
    {"for", 0},      {"к", 0},           {"на", 0},         {"и", 0},          {"в", 0},         {"по", 0},
}};

std::optional<int> NumberWords::parse(std::string_view word, NumberLanguage lang) {
  for (auto [w, n] : common_numbers)
    if (w == word) return n > 0 ? std::optional<int>(n) : std::nullopt;
  if (lang == NumberLanguage::Russian) {
    // "семилетний": a numeral stem, then "лет…" ("-year"); "месячн" ("-month") likewise.
    for (auto [stem, n] : russian_compound_stems)
      if (word.size() > stem.size() && word.substr(0, stem.size()) == stem) {
        auto rest = word.substr(stem.size());
        if (rest.rfind("летн", 0) == 0 || rest.rfind("месячн", 0) == 0) return n;
      }
  }
  if (!parsers_) parsers_ = std::make_unique<Parsers>();
  auto& parser = lang == NumberLanguage::English ? parsers_->english : parsers_->russian;
  if (U_FAILURE(parsers_->status[lang == NumberLanguage::English ? 0 : 1])) return std::nullopt;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::Formattable result;
  icu::ParsePosition position(0);
  parser.parse(text, result, position);
  // The whole word, or it is no number ("one" in "oneself").
  if (position.getIndex() != text.length() || position.getErrorIndex() >= 0) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  double v = result.getDouble(status);
  if (U_FAILURE(status) || v < 0 || v > 1000 || v != static_cast<double>(static_cast<int>(v))) return std::nullopt;
  return static_cast<int>(v);
}

// Whether a word can be a numeral at all, by its first letters: ICU is asked
// only about those (asking builds its rules, and every question costs).
// English numerals are few enough to be listed whole (common_numbers and
// the list below); a Russian one is any case form of a numeral's stem.
namespace {

bool may_be_numeral(std::string_view w, NumberLanguage lang) {
  if (lang == NumberLanguage::English)
    for (std::string_view stem : {"thirteen", "fourteen", "sixteen", "seventeen", "nineteen", "thirty", "forty",
                                  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"})
      if (w == stem) return true;
  if (lang == NumberLanguage::English) return false;
  for (std::string_view stem : {"одн", "дв", "тр", "четыр", "пят", "шест", "сем", "восем", "восьм", "девят", "десят",
                                "одиннадцат", "сорок", "девяност", "сто", "полутор"})
    if (w.substr(0, stem.size()) == stem) return true;
  return false;
}

}  // namespace

std::optional<int> NumberWords::value(std::string_view lower_word, NumberLanguage lang) {
  // The common words without a look-up in the cache (whose key is a string).
  for (auto [w, n] : common_numbers)
    if (w == lower_word) return n > 0 ? std::optional<int>(n) : std::nullopt;
  if (!may_be_numeral(lower_word, lang)) return std::nullopt;
  auto& cache = cache_[lang == NumberLanguage::English ? 0 : 1];
  std::string key(lower_word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  auto v = parse(lower_word, lang);
  cache.emplace(std::move(key), v);
  return v;
}

}  // namespace briefc::text
