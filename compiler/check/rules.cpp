#include "check/rules.hpp"

#include <array>

namespace briefc::check {

namespace {

using diag::Severity;

// id, severity, silenceable, needs whole project, family, summary
constexpr std::array rules = {
    // Citations (footnotes as the reader sees them)
    Rule{"citation-ibid", Severity::Warning, true, false, "citations",
         "two consecutive footnotes cite the same single source where the style wants \"Ibid.\""},
    Rule{"note-empty", Severity::Warning, true, false, "citations",
         "a <note> footnote has neither text nor a citation"},
    Rule{"note-marker-missing", Severity::Warning, true, false, "citations",
         "a footnote has no marker in the text (marker=\"none\"): the reader cannot find what it annotates"},
    // Footnotes against the sources they cite (notes.cpp)
    Rule{"note-language-mismatch", Severity::Warning, true, false, "notes",
         "a note's own wording (\"(in Russian)\") names another language than the source it cites"},
    Rule{"note-date-mismatch", Severity::Warning, true, false, "notes",
         "a note dates the source it cites (\"article from 9 October 2024\") otherwise than the source's record"},
    Rule{"note-source-mismatch", Severity::Warning, true, false, "notes",
         "a note introduces a source with another quoted title than an earlier note did"},
    Rule{"note-uncited-source", Severity::Warning, true, false, "notes",
         "a note shows a URL or names a publisher of the project's sources but cites no source record"},
    // Sources
    Rule{"citation-unknown-source", Severity::Error, false, false, "read",
         "a <cite> names a source id that no <source> record defines"},
    Rule{"source-unused", Severity::Warning, true, true, "sources",
         "a source is never cited by any document, narrative, event or provision"},
    Rule{"source-duplicate", Severity::Warning, true, false, "sources",
         "two sources have the same URL once normalised, or the same title, publisher and date"},
    Rule{"source-url-malformed", Severity::Warning, true, false, "sources",
         "a source URL is not a well-formed http(s) address (spaces, no host, Markdown escapes)"},
    Rule{"source-lang-invalid", Severity::Warning, true, false, "sources",
         "a source's language tag names no ISO 639 language"},
    Rule{"source-date-future", Severity::Warning, true, false, "sources",
         "a source is dated after the document that cites it (impossible dates are refused while reading)"},
    Rule{"source-publisher-domain", Severity::Warning, true, false, "sources",
         "a source's URL is on another publisher's site (as the project's other sources show), or not on the "
         "site its publisher is named after (\"Vlast.kz\")"},
    // Legal provisions
    Rule{"provision-offence-mismatch", Severity::Error, true, false, "provisions",
         "one code and article is named with two different offences (in the text or the catalogue)"},
    Rule{"charge-unknown-provision", Severity::Error, false, false, "read",
         "an event cites a provision id that the catalogue lacks"},
    // People and organisations
    Rule{"name-variant", Severity::Warning, true, false, "names",
         "a person or organisation is spelled in a way its record does not declare, or two records "
         "look like one person"},
    // Cases: dates and statuses
    Rule{"event-order", Severity::Warning, true, false, "chronology",
         "a case's events or statuses are not in date order"},
    Rule{"sentence-before-charge", Severity::Warning, true, false, "chronology",
         "a sentence is dated before the charge it concerns"},
    Rule{"status-contradicted", Severity::Warning, true, false, "chronology",
         "a case's status is contradicted by a later event (imprisoned after release, alive after death)"},
    Rule{"status-stale", Severity::Warning, true, false, "chronology",
         "a lasting status a paper prints was last confirmed longer ago than the style allows (<dates status-age>, "
         "24 months by default) at the end of its period"},
    Rule{"period-outside", Severity::Warning, true, false, "chronology",
         "a section about the reporting period includes a case with no event in the period"},
    // Documents
    Rule{"crossref-unknown", Severity::Error, false, false, "documents",
         "a <ref to> names a section or case that the document does not print"},
    Rule{"word-count", Severity::Warning, true, false, "documents",
         "the document is longer than its audience (or its style's <words limit>) accepts (UN treaty bodies: "
         "10,000 words from civil society; UPR: 2,815, 5,630 joint; HRC statements: 2,000)"},
    // Prose against the records (prose.cpp): facts stated in a sentence about one case
    Rule{"prose-term-mismatch", Severity::Warning, true, false, "prose",
         "the text gives a sentence term (\"seven years\", \"к семи годам\") that no sentence of the case records"},
    Rule{"prose-date-mismatch", Severity::Warning, true, false, "prose",
         "the text dates an arrest, sentence, release… to a day the case's events of that kind do not have"},
    Rule{"prose-article-mismatch", Severity::Warning, true, false, "prose",
         "the text names an article the case is not charged under, or a <law> mark's number is not its provision's"},
    Rule{"prose-date-outside-period", Severity::Warning, true, false, "prose",
         "a sentence about the reporting period (\"During the reporting period, on 3 March 2019\") gives a date "
         "outside it"},
    Rule{"prose-fine-mismatch", Severity::Warning, true, false, "prose",
         "the text gives a fine or sum in a currency the case records, but an amount it does not record"},
    Rule{"prose-status-mismatch", Severity::Warning, true, false, "prose",
         "the text says a person remains in prison, died or was released, against the case's status at the "
         "document's date"},
    Rule{"prose-translation-mismatch", Severity::Warning, true, false, "prose",
         "a narrative and its translation give a case different terms or dates (the two editions disagree)"},
    // The text itself (text_rules.cpp, run with the prose family)
    Rule{"text-unbalanced", Severity::Warning, true, false, "prose",
         "a bracket or typographic quotation mark in a paragraph is never closed, or closes nothing"},
    Rule{"text-doubled-word", Severity::Warning, true, false, "prose",
         "the same word twice in a row (\"See: See\", \"the the\")"},
    Rule{"text-spaced-hyphen", Severity::Warning, true, false, "prose",
         "a hyphen with a space on each side stands where a dash is meant (\"developments - such as slander\")"},
    Rule{"text-final-punctuation", Severity::Warning, true, false, "prose",
         "a case narrative, printed as a paragraph, ends without a full stop"},
    // Input briefc refuses while reading, so that no input can hang, crash or escape it
    Rule{"xml-invalid", Severity::Error, false, false, "read",
         "a file is not XML 1.0: a character XML forbids, an undeclared entity, a bare '&'"},
    Rule{"element-order", Severity::Error, false, false, "read",
         "child elements are not in the order the schema requires (a <case>'s <status> before its <event>s)"},
    Rule{"input-not-file", Severity::Error, false, false, "read",
         "an input, include or style is not a regular file (a FIFO, a device, a socket) or cannot be listed"},
    Rule{"include-outside-project", Severity::Error, false, false, "read",
         "a file or folder that a folder include finds is a symbolic link to a place outside the project folder"},
    Rule{"nesting-too-deep", Severity::Error, false, false, "read",
         "elements, inline markup, sections or lists nest deeper than the format allows"},
    Rule{"pattern-malformed", Severity::Error, false, false, "read",
         "a style's {placeholder} pattern has an unclosed '{' or names a placeholder it cannot use"},
    Rule{"style-page-invalid", Severity::Error, false, false, "read",
         "a style's length or size is not a finite number in range, or its margins leave no text area"},
    Rule{"pdf-limit", Severity::Error, false, false, "read",
         "a value is longer than a PDF can hold (a link of more than 65,535 bytes)"},
    // The marks themselves
    Rule{"check-ignore-invalid", Severity::Warning, false, false, "marks",
         "a check-ignore mark names an unknown rule or one that cannot be silenced, or silences nothing"},
};

}  // namespace

std::span<const Rule> all_rules() { return rules; }

const Rule* find_rule(std::string_view id) {
  for (const auto& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace briefc::check
