// The messages of generated text: the sentences briefc writes from the
// records ("was sentenced to 5 years of imprisonment under Article 174 of the
// Criminal Code on 6 October 2024", "As of 31 October 2020: imprisoned since
// 15 July 2020"). Part of the one table of messages (text/messages.hpp's
// all_messages() lists these too), kept apart because they are many.
//
// The code assembles a sentence from pieces, and each language's catalog says
// how the pieces go together: every joint is itself a message with
// placeholders ("{subject} {predicate} {date}"; Kazakh "{subject} {date}
// {predicate}", the verb last), so a translator moves the pieces, not the code.
// Forms a language needs and English does not (Russian agreement of
// participles with the subject, cases of month names) are separate messages
// told apart by their context, with the English id repeated.
#pragma once

#include "text/messages.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace briefc::text {

// Whom a sentence is about, for languages whose verbs agree with it
// (Russian "освобождён", "освобождена", "освобождены").
enum class Agreement { Masculine, Feminine, Plural };

// What an event did, as a participle or past verb (the message contexts are
// "man", "woman", "people").
enum class EventWord {
  Detained,
  Charged,
  Sentenced,    // "sentenced"
  SentencedTo,  // "sentenced to {sentence}"
  Fined,        // "fined"
  FinedAmount,  // "fined {amount}"
  Released,
  Died,
};
Message event_word(EventWord word, Agreement agreement);

// English puts "was"/"were" before a participle when the sentence has a
// subject: "was {predicate}", "were {predicate}". Languages that do not,
// translate it as "{predicate}".
Message auxiliary(Agreement agreement);

// Which form of a month's name a date pattern fills in: {month} (Russian
// "август"), {month_genitive} ("августа", Kazakh "тамыздың"),
// {month_locative} ("августе").
enum class MonthForm { Nominative, Genitive, Locative };
Message month_name(int month, MonthForm form);  // month 1–12

// A sentence of a court, with or without a term: "{term} of imprisonment",
// "imprisonment"; the kinds of <event sentence="…">. Nothing for a kind
// briefc does not word (the term alone is then "{term}", from
// sentence_term_only).
std::optional<Message> sentence_kind(std::string_view kind, bool with_term);

// The words of a built-in status ("imprisoned", "under a travel ban"), which
// the status phrase follows with "since …". Nothing for released and deceased
// (worded as the events) or a status briefc does not know.
std::optional<Message> status_words(std::string_view status);

// The code a provision belongs to, with its articles: "Article {articles} of
// the Criminal Code" / "Articles {articles} of the Criminal Code" (plural by
// the number of articles). The code of <provision code="…">; an unknown code
// gives the codeless "Article {articles}".
Message provisions_of_code(std::string_view code);

// A date as it is written rough, in the three places a date goes: alone
// ("late August 2020"), after "in" ("in late August 2020") and after "since".
enum class DateUse { Bare, In, Since };
enum class RoughDate { Early, Mid, Late, Spring, Summer, Autumn, Winter, Around };
Message rough_date(RoughDate which, DateUse use);

namespace msg {

inline constexpr std::string_view shape = "sentence shape";

// How generated sentences are put together.
inline constexpr Message subject_predicate_date{shape, "{subject} {predicate} {date}", {}};
inline constexpr Message predicate_date{shape, "{predicate} {date}", {}};
inline constexpr Message status_since{shape, "{status} {since}", {}};
inline constexpr Message under_provisions{shape, "{predicate} under {provisions}", {}};
inline constexpr Message as_of{shape, "As of {date}:", {}};

// The parts of a court's sentence.
inline constexpr Message sentence_term_only{"sentence", "{term}", {}};
inline constexpr Message sentence_and_fine{"sentence", "{sentence} and a fine of {amount}", {}};
inline constexpr Message months{{}, "{n} month", "{n} months"};
inline constexpr Message days{{}, "{n} day", "{n} days"};

// One article, and an article with its part: "174" (Kazakh "174-бабы"),
// "174, part 2".
inline constexpr Message article{"article", "{article}", {}};
inline constexpr Message article_part{"article", "{article}, part {part}", {}};

// Exact dates after "on"/"since": {date} is the written date.
inline constexpr Message on_day{"date", "on {date}", {}};
inline constexpr Message since_day{"date", "since {date}", {}};
inline constexpr Message in_month{"date", "in {month} {year}", {}};
inline constexpr Message since_month{"date", "since {month} {year}", {}};
inline constexpr Message in_year{"date", "in {year}", {}};
inline constexpr Message since_year{"date", "since {year}", {}};

// An amount a source gave roughly ("~340").
inline constexpr Message about_amount{"amount", "about {n}", {}};

// Lists: the last joint, of two items and of more.
inline constexpr Message list_of_two{"list", "{list} and {last}", {}};
inline constexpr Message list_of_more{"list", "{list}, and {last}", {}};

// The history of a recommendation across editions.
inline constexpr Message first_made{"recommendation history", "first made", {}};
inline constexpr Message repeated_in{"recommendation history", "repeated in", {}};

// A developments list with nothing to list.
inline constexpr Message no_developments{{}, "The records hold no developments since the last briefing.", {}};
inline constexpr Message no_developments_in_period{{}, "The records hold no developments in the period.", {}};

}  // namespace msg

// Every message of this file, in the order of briefc.pot.
std::span<const Message> record_messages();

}  // namespace briefc::text
