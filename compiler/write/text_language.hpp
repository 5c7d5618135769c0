// The language of a run of text, for editions that mark it per run: Word
// spell-checks each run in the language its w:lang names, and a browser picks
// hyphenation and the screen reader's voice from `lang`. A paper in English
// cites Russian sources by their Russian titles; marking those runs Russian
// spares the author a page of false spelling errors.
#pragma once

#include <string>
#include <string_view>

namespace briefc::write {

// The document's language as a tag with its region, as Word wants it:
// "en" → "en-GB", "ru" → "ru-RU", "kk" → "kk-KZ"; a tag with a region, or
// of another language, as it is.
std::string regional_tag(std::string_view document_lang);

// The language of `text` in a document in `document_lang`: by its letters.
// Kazakh letters (ә ғ қ ң ө ұ ү һ і) make it Kazakh; other Cyrillic, Russian
// unless the document is Kazakh; Latin letters alone, the document's language
// when it is written in Latin script, else English. Text with no letters
// (numbers, punctuation, a bare URL's slashes) takes the document's language.
// Returns a regional tag as regional_tag() gives.
std::string run_language(std::string_view text, std::string_view document_lang);

}  // namespace briefc::write
