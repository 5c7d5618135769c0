// The fixed strings briefc prints: every message the code looks up in the
// gettext catalogs (compiler/text/po/*.po), in one table.
//
// A message id is the English wording; English needs no catalog. Placeholders
// in braces ({n}, {language}, {url}, {page}) are filled by the caller after
// translation, so a translator may move them. The table is the contract with
// the catalogs: tests/unit/locale_test.cpp proves that compiler/text/po/briefc.pot
// lists exactly these messages and that every catalog translates each of them,
// so a missing translation fails a test rather than showing up in print.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace briefc::text {

struct Message {
  std::string_view context;  // msgctxt, telling apart two uses of one English word; empty for none
  std::string_view id;       // msgid: the English wording (singular form when `plural` is set)
  std::string_view plural;   // msgid_plural; empty for a message without plural forms
};

namespace msg {

// The heading a <recommendations> block gets when the document gives none.
inline constexpr Message recommendations{{}, "Recommendations", {}};
// Its lead-in line when the document gives none.
inline constexpr Message authorities_should{{}, "The authorities should:", {}};
// A citation footnote that cites the same sources as the one before it, in a
// style with <citation ibid="true">.
inline constexpr Message ibid{{}, "Ibid.", {}};
// After the number of a footnote whose rest continues on the next page.
inline constexpr Message continued{{}, "(cont.)", {}};
// The line under the title naming the organisations that submit the paper,
// in a style with <authors print="true"> (OHCHR's UPR guidelines ask for it).
inline constexpr Message submitted_by{{}, "Submitted by {organisations}", {}};
// The title block's line giving the paper's reporting period, in a style with
// <title-block period="true"> ({from}, {to}: dates as the paper writes them).
inline constexpr Message reporting_period{{}, "Reporting period: {from} \u2013 {to}", {}};
// The heading of the notes at the end of the web edition (write/html), where
// the PDF has footnotes at the foot of each page.
inline constexpr Message notes{{}, "Notes", {}};
// After a case first included in this edition of a paper, in generated lists.
inline constexpr Message new_in_edition{{}, "(new)", {}};
// Counts, with the language's plural forms ("1 страница", "5 страниц").
inline constexpr Message pages{{}, "{n} page", "{n} pages"};
inline constexpr Message years{{}, "{n} year", "{n} years"};

}  // namespace msg

// The name of a language as the citation patterns use it, after "in":
// "(in {language})" gives "(in Russian)", "(на русском языке)", "(орыс
// тілінде)", so the Russian and Kazakh catalogs translate the whole phrase
// the preposition governs. Context "in {language}", id the English name.
// Nothing for a language briefc has no name for (its tag is printed instead).
std::optional<Message> language_name_message(std::string_view bcp47);

// The amount of money in words for a currency (ISO 4217 code): "{n} tenge",
// "{n} тенге", with plural forms ("1 доллар США", "5 долларов США"). Context
// "currency". Nothing for a currency briefc does not name (KZT, RUB, USD, EUR,
// KGS, UZS are named).
std::optional<Message> currency_message(std::string_view iso_code);

// The wordings of style patterns that the catalogs translate: the citation
// patterns and footers of the shipped styles and their usual variants
// ("See (in {language}): {url}", "See: {url}", "Page {page}"). A style pattern
// is itself the message id; a pattern with no letters outside its
// placeholders ("{url}", "{page}") needs no translation.
std::span<const Message> style_wordings();

// Every message above, in the order of briefc.pot.
std::span<const Message> all_messages();

}  // namespace briefc::text
