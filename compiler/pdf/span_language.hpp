// The language of a word in another language than the document's, for the
// /Lang of its marked content (PDF/UA 7.2; Matterhorn 11-001), as far as its
// script tells: the records do not mark the language of a span, but a word
// in Cyrillic in a document in a Latin-script language is Russian, or
// Kazakh when it has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і). A screen
// reader then reads a Russian source title in an English footnote with a
// Russian voice. Nothing is inferred for Latin words in a Russian or Kazakh
// document: they are names, acronyms and URLs far more often than English.
#pragma once

#include <string_view>

namespace briefc::pdf {

enum class WordLanguage {
  Neutral,   // no letters (numbers, punctuation): takes its neighbours' language
  Document,  // the document's language
  Russian,   // Cyrillic without a Kazakh letter
  Kazakh,    // Cyrillic with a letter only Kazakh uses
};

WordLanguage word_language(std::string_view utf8, std::string_view document_lang);

// "ru" and "kk"; empty for Neutral and Document.
std::string_view language_tag(WordLanguage language);

}  // namespace briefc::pdf
