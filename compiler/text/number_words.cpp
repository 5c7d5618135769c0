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

NumberWords::NumberWords() : parsers_(std::make_unique<Parsers>()) {}
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

std::optional<int> NumberWords::parse(std::string_view word, NumberLanguage lang) {
  if (lang == NumberLanguage::Russian) {
    // "семилетний": a numeral stem, then "лет…" ("-year"); "месячн" ("-month") likewise.
    for (auto [stem, n] : russian_compound_stems)
      if (word.size() > stem.size() && word.substr(0, stem.size()) == stem) {
        auto rest = word.substr(stem.size());
        if (rest.rfind("летн", 0) == 0 || rest.rfind("месячн", 0) == 0) return n;
      }
  }
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

std::optional<int> NumberWords::value(std::string_view lower_word, NumberLanguage lang) {
  auto& cache = cache_[lang == NumberLanguage::English ? 0 : 1];
  std::string key(lower_word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  auto v = parse(lower_word, lang);
  cache.emplace(std::move(key), v);
  return v;
}

}  // namespace briefc::text
