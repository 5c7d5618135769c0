// The runs an edition writes for a paragraph: the resolver's spans, with
// neighbours that look alike joined. The resolver splits text where its
// sources split (a template's placeholder, a <law> mark), so "articles 131,
// 174 and 274" arrives in five italic spans; Word and HTML readers should
// see one italic run, and an author editing the DOCX one run to retype.
#pragma once

#include "resolve/resolved_document.hpp"

#include <string_view>
#include <vector>

namespace briefc::write {

// `spans` with each run of neighbours joined that agree in everything but
// their text — look, link, kind, and the language of their letters
// (text_language.hpp) in a document in `document_lang`. Footnote markers
// are never joined.
std::vector<resolve::Span> joined_runs(const std::vector<resolve::Span>& spans, std::string_view document_lang);

}  // namespace briefc::write
