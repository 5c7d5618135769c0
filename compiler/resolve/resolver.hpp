// The resolve stage: document + corpus + style → ResolvedDocument.
//
// It numbers sections, turns every <cite> and <note> into a numbered footnote
// (in reading order, including the narratives of included cases), words
// citations by the style's pattern, fills recommendation templates, selects
// cases by query, and reports located errors for anything it cannot resolve
// (a template parameter without a value, a case without a narrative). What a
// public build may print of confidential records is decided by
// resolve/confidentiality.hpp. `history` holds the editions the document
// follows (resolve/editions.hpp), for "(new)" markers, developments since the
// last briefing and the recommendation history (resolve/generated_lists.hpp).
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"
#include "model/style.hpp"
#include "resolve/confidentiality.hpp"
#include "resolve/editions.hpp"
#include "resolve/resolved_document.hpp"
#include "text/locale_context.hpp"

namespace briefc::resolve {

ResolvedDocument resolve_document(const model::Document& document, const model::Corpus& corpus,
                                  const model::Style& style, const text::LocaleContext& locales,
                                  diag::Diagnostics& diags, Readership readership = Readership::Public,
                                  const EditionHistory& history = EditionHistory{});

// The language of a source as a citation names it ("Russian", "русском
// языке") is DocumentWording::language_name (resolve/wording.hpp).

// Fills {name} placeholders of a recommendation template from `values`;
// reports unknown and unused parameters and missing values.
// The result keeps the template's inline markup.
model::InlineContent fill_template(const model::RecommendationTemplate& tmpl, const model::TemplateText& text,
                                   const std::vector<std::pair<std::string, std::string>>& values,
                                   diag::SourceLocation use_location, diag::Diagnostics& diags);

}  // namespace briefc::resolve
