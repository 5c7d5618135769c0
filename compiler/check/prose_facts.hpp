// Facts stated in prose, read out of plain text in English or Russian: the
// terms of sentences ("sentenced to seven years", "к семи годам лишения
// свободы"), dates ("on 17 April 2020", "17 апреля 2020 года"), the words
// that say which event a date is about ("arrested", "задержан"), article
// numbers ("Article 174", "статья 174"), sums of money ("95 000 KZT") and
// status words ("remains behind bars", "died", "в заключении").
//
// The reader is deliberately narrow: a pattern it is not sure of yields no
// fact, so the rules built on it (check/prose.cpp) raise no false alarm.
// Approximations ("nearly 11 years", "up to three years", "до 15 суток"),
// two numbers for one term ("four eight years") and negated status words
// ("не находится в заключении") are left alone.
//
// Offsets are byte offsets into the text given, sentence by sentence.
#pragma once

#include "text/number_words.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::check {

enum class ProseLanguage { English, Russian };

struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// "seven years", "1.5-year", "15 days": a term, in months and days.
struct TermFact {
  int months = 0;  // years × 12 + months ("1.5-year" is 18)
  int days = 0;
  TextSpan span;
};

// A date as written: year 0 when the text gives only day and month
// ("On 8 June"), month 0 when it gives only the year.
struct DateFact {
  int year = 0;
  int month = 0;
  int day = 0;
  TextSpan span;
};

// Event types a word names, as a bit set over the event types of the records.
enum EventBit : std::uint32_t {
  EvDetention = 1u << 0,
  EvCharge = 1u << 1,
  EvSentence = 1u << 2,
  EvRelease = 1u << 3,
  EvDeath = 1u << 4,
  EvSearch = 1u << 5,
  EvFine = 1u << 6,
  EvInterrogation = 1u << 7,
  EvAppeal = 1u << 8,
  EvLawsuit = 1u << 9,
  EvAttack = 1u << 10,
  EvHungerStrike = 1u << 11,
};

// The bit for a record's event type ("detention" → EvDetention), 0 for others.
std::uint32_t event_bit(std::string_view type);

struct EventWordFact {
  std::uint32_t events = 0;  // EventBit set: "imprisoned" is detention or sentence
  TextSpan span;
};

struct ArticleFact {
  std::string article;  // "174", "489-1"
  TextSpan span;
};

struct AmountFact {
  long long amount = 0;
  std::string currency;  // ISO code: KZT, EUR, USD, RUB
  TextSpan span;
};

enum class StatusClaim {
  InCustody,  // "remains behind bars", "is being held in", "отбывает", "находится в заключении"
  Serving,    // "is serving" (a prison or a restricted-freedom sentence)
  Died,       // "died", "скончался"
  Released,   // "was released", "освобождена"
};

struct StatusFact {
  StatusClaim claim = StatusClaim::InCustody;
  TextSpan span;
};

struct SentenceFacts {
  TextSpan span;
  bool personal_pronoun = false;  // "he", "she", "они"…: the sentence speaks of a person
  std::vector<TermFact> terms;
  std::vector<DateFact> dates;
  std::vector<EventWordFact> event_words;
  std::vector<ArticleFact> articles;
  std::vector<AmountFact> amounts;
  std::vector<StatusFact> statuses;
  std::vector<TextSpan> double_terms;  // "four eight years": two numbers written in words for one term
  bool speaks_of_fines = false;  // "fined", "a fine of", "ordered … to pay", "штраф"

  bool empty() const {
    return terms.empty() && dates.empty() && articles.empty() && amounts.empty() && statuses.empty() &&
           double_terms.empty();
  }
};

// Every sentence of `text` that states a fact, with the facts. `numbers`
// reads spelled-out numbers (and remembers them across calls).
std::vector<SentenceFacts> read_prose_facts(std::string_view text, ProseLanguage lang, text::NumberWords& numbers);

// What the text itself gets wrong, found while it is read: a bracket or
// typographic quotation mark never closed (or closing nothing), a word
// written twice ("See: See").
struct TextFinding {
  enum Kind { Unclosed, Unopened, DoubledWord, SpacedHyphen } kind = Unclosed;
  TextSpan span;                 // the mark, the second of the two words, or the hyphen
  std::string_view mark;         // "(", "“"; or the doubled word
  std::string_view closing;      // Unclosed: the mark that would close it
};

// The same, keeping its buffers from one text to the next: the prose rules
// read every narrative of a corpus, and allocating afresh for each showed.
class ProseFactReader {
public:
  explicit ProseFactReader(text::NumberWords& numbers);
  ~ProseFactReader();
  ProseFactReader(const ProseFactReader&) = delete;
  ProseFactReader& operator=(const ProseFactReader&) = delete;

  // Valid until the next call.
  const std::vector<SentenceFacts>& read(std::string_view text, ProseLanguage lang);
  // The text findings of the last text read (views into that text).
  const std::vector<TextFinding>& text_findings() const;

private:
  struct Buffers;
  text::NumberWords& numbers_;
  std::unique_ptr<Buffers> buffers_;
};

// The numbers of the articles written inside one <law> mark's text
// ("Article 405, part 1" → 405 and 1; "Articles 266" → 266; "489-1").
std::vector<std::string> numbers_in(std::string_view text);

// The language a piece of prose is written in, by its letters: Russian when
// Cyrillic letters outnumber Latin ones.
ProseLanguage guess_language(std::string_view text);

}  // namespace briefc::check
