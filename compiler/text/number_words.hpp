// Numbers written in words, read back: "seven" → 7, "семи" → 7 (any case
// form), "eighteen" → 18. ICU's rule-based spellout format parses both
// languages (its Russian rules carry the case endings, so "четырём",
// "пяти", "одному" all parse); this wraps one parser per language and
// remembers every word it was asked about, since a corpus repeats the same
// few number words thousands of times.
//
//   text::NumberWords words;
//   words.value("seven", text::NumberLanguage::English);   // 7
//   words.value("семилетний", text::NumberLanguage::Russian);  // 7 (a compound "seven-year")
//
// Not thread-safe: one per thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace briefc::text {

enum class NumberLanguage { English, Russian };

class NumberWords {
public:
  NumberWords();
  ~NumberWords();
  NumberWords(const NumberWords&) = delete;
  NumberWords& operator=(const NumberWords&) = delete;

  // The value of one lower-case word that is wholly a number ("seven",
  // "twenty-one", "семи"), or of a Russian compound adjective built on one
  // ("семилетний", "пятилетнего", "полуторагодичный" is not one): nothing
  // for any other word. Only whole non-negative integers up to 1000.
  std::optional<int> value(std::string_view lower_word, NumberLanguage lang);

private:
  std::optional<int> parse(std::string_view word, NumberLanguage lang);
  struct Parsers;
  std::unique_ptr<Parsers> parsers_;
  std::unordered_map<std::string, std::optional<int>> cache_[2];
};

}  // namespace briefc::text
