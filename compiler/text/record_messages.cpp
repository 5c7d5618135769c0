#include "text/record_messages.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace briefc::text {

namespace {

constexpr std::string_view man = "man", woman = "woman", people = "people";

constexpr std::string_view agreement_context(Agreement a) {
  return a == Agreement::Feminine ? woman : a == Agreement::Plural ? people : man;
}

// The English of each event word; its three messages differ in context only.
constexpr std::array<std::string_view, 8> event_words = {
    "detained", "charged", "sentenced", "sentenced to {sentence}", "fined", "fined {amount}", "released", "died",
};

constexpr std::array<std::string_view, 12> english_months = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};
constexpr std::array<std::string_view, 3> month_contexts = {"month", "month, genitive", "month, locative"};

struct SentenceKind {
  std::string_view kind;
  Message with_term;
  Message without_term;
};
constexpr std::string_view sentence = "sentence";
constexpr std::array<SentenceKind, 7> sentence_kinds = {{
    {"imprisonment", {sentence, "{term} of imprisonment", {}}, {sentence, "imprisonment", {}}},
    {"restricted-freedom", {sentence, "{term} of restricted freedom", {}}, {sentence, "restricted freedom", {}}},
    {"administrative-detention",
     {sentence, "{term} of administrative detention", {}},
     {sentence, "administrative detention", {}}},
    {"suspended", {sentence, "a suspended sentence of {term}", {}}, {sentence, "a suspended sentence", {}}},
    // A fine's "term" is its amount.
    {"fine", {sentence, "a fine of {amount}", {}}, {sentence, "a fine", {}}},
    {"psychiatric",
     {sentence, "compulsory psychiatric treatment", {}},
     {sentence, "compulsory psychiatric treatment", {}}},
    {"ban", {sentence, "a ban of {term}", {}}, {sentence, "a ban", {}}},
}};

struct Keyed {
  std::string_view key;
  Message message;
};
constexpr std::string_view status = "status";
constexpr std::array<Keyed, 13> statuses = {{
    {"detained", {status, "in detention", {}}},
    {"imprisoned", {status, "imprisoned", {}}},
    {"restricted-freedom", {status, "serving a sentence of restricted freedom", {}}},
    {"in-exile", {status, "in exile", {}}},
    {"under-investigation", {status, "under investigation", {}}},
    {"at-liberty", {status, "at liberty", {}}},
    {"house-arrest", {status, "under house arrest", {}}},
    {"travel-ban", {status, "under a travel ban", {}}},
    {"on-trial", {status, "on trial", {}}},
    {"wanted", {status, "on the wanted list", {}}},
    {"convicted-in-absentia", {status, "convicted in absentia", {}}},
    {"psychiatric-detention", {status, "in forced psychiatric treatment", {}}},
    {"refused-registration", {status, "refused registration", {}}},
}};

constexpr std::string_view provisions = "provisions";
constexpr std::array<Keyed, 5> codes = {{
    {"criminal", {provisions, "Article {articles} of the Criminal Code", "Articles {articles} of the Criminal Code"}},
    {"administrative",
     {provisions, "Article {articles} of the Administrative Code", "Articles {articles} of the Administrative Code"}},
    {"civil", {provisions, "Article {articles} of the Civil Code", "Articles {articles} of the Civil Code"}},
    {"constitution",
     {provisions, "Article {articles} of the Constitution", "Articles {articles} of the Constitution"}},
    {"", {provisions, "Article {articles}", "Articles {articles}"}},
}};

// Rough dates: [which][use], use Bare, In, Since.
constexpr std::string_view date = "date";
constexpr std::array<std::array<Message, 3>, 8> rough_dates = {{
    {{{date, "early {month} {year}", {}}, {date, "in early {month} {year}", {}}, {date, "since early {month} {year}", {}}}},
    {{{date, "mid-{month} {year}", {}}, {date, "in mid-{month} {year}", {}}, {date, "since mid-{month} {year}", {}}}},
    {{{date, "late {month} {year}", {}}, {date, "in late {month} {year}", {}}, {date, "since late {month} {year}", {}}}},
    {{{date, "spring {year}", {}}, {date, "in spring {year}", {}}, {date, "since spring {year}", {}}}},
    {{{date, "summer {year}", {}}, {date, "in summer {year}", {}}, {date, "since summer {year}", {}}}},
    {{{date, "autumn {year}", {}}, {date, "in autumn {year}", {}}, {date, "since autumn {year}", {}}}},
    {{{date, "winter {year}", {}}, {date, "in winter {year}", {}}, {date, "since winter {year}", {}}}},
    // "around" needs no preposition after "in": "detained around 17 August 2020".
    {{{date, "around {date}", {}}, {date, "around {date}", {}}, {date, "since around {date}", {}}}},
}};

std::vector<Message> make_all() {
  std::vector<Message> all;
  for (const auto id : event_words)
    for (const auto context : {man, woman, people}) all.push_back({context, id, {}});
  all.push_back({man, "was {predicate}", {}});
  all.push_back({woman, "was {predicate}", {}});
  all.push_back({people, "were {predicate}", {}});
  for (const auto context : month_contexts)
    for (const auto id : english_months) all.push_back({context, id, {}});
  for (const auto& k : sentence_kinds) {
    all.push_back(k.with_term);
    if (k.without_term.id != k.with_term.id) all.push_back(k.without_term);
  }
  for (const auto& s : statuses) all.push_back(s.message);
  for (const auto& c : codes) all.push_back(c.message);
  for (const auto& row : rough_dates)
    for (const auto& m : row)
      if (std::none_of(all.begin(), all.end(), [&](const Message& seen) {
            return seen.context == m.context && seen.id == m.id;
          }))
        all.push_back(m);
  for (const Message& m :
       {msg::subject_predicate_date, msg::predicate_date, msg::status_since, msg::under_provisions, msg::as_of,
        msg::sentence_term_only, msg::sentence_and_fine, msg::months, msg::days, msg::article, msg::article_part,
        msg::on_day, msg::since_day, msg::in_month, msg::since_month, msg::in_year, msg::since_year,
        msg::about_amount, msg::list_of_two, msg::list_of_more, msg::first_made, msg::repeated_in,
        msg::no_developments, msg::no_developments_in_period})
    all.push_back(m);
  return all;
}

}  // namespace

Message event_word(EventWord word, Agreement agreement) {
  return {agreement_context(agreement), event_words[static_cast<std::size_t>(word)], {}};
}

Message auxiliary(Agreement agreement) {
  return {agreement_context(agreement), agreement == Agreement::Plural ? "were {predicate}" : "was {predicate}", {}};
}

Message month_name(int month, MonthForm form) {
  return {month_contexts[static_cast<std::size_t>(form)], english_months[static_cast<std::size_t>(month - 1)], {}};
}

std::optional<Message> sentence_kind(std::string_view kind, bool with_term) {
  for (const auto& k : sentence_kinds)
    if (k.kind == kind) return with_term ? k.with_term : k.without_term;
  return std::nullopt;
}

std::optional<Message> status_words(std::string_view value) {
  for (const auto& s : statuses)
    if (s.key == value) return s.message;
  return std::nullopt;
}

Message provisions_of_code(std::string_view code) {
  for (const auto& c : codes)
    if (c.key == code) return c.message;
  return codes.back().message;
}

Message rough_date(RoughDate which, DateUse use) {
  return rough_dates[static_cast<std::size_t>(which)][static_cast<std::size_t>(use)];
}

std::span<const Message> record_messages() {
  static const std::vector<Message> all = make_all();
  return all;
}

}  // namespace briefc::text
