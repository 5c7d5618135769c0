// BibTeX and biblatex (.bib), as JabRef, Zotero and BibDesk export them:
//
//   @type{key, field = {value} | "value" | number | macro # …, … }
//
// @string macros are expanded, @comment and @preamble skipped. Values lose
// their protecting braces; the common LaTeX accents ({\"o}, \'e, \c{c}),
// "--" and "~" become the characters they print.
//
//   key                    → key
//   url, or \url{…} in howpublished → url
//   title                  → title
//   journaltitle, journal, booktitle, publisher, organization, institution
//                          (the first present) → publisher
//   date, else year and month → date
//   langid, language       → lang
//   type: article, online, www, newspaper → media; report, techreport → ngo-report;
//         legislation, legal, jurisdiction → legal-text; others → other
#pragma once

#include "import/imported_source.hpp"

#include <string_view>

namespace briefc::import {

ImportResult read_bibtex(std::string_view text);

}  // namespace briefc::import
