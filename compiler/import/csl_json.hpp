// CSL-JSON, the export of Zotero, Mendeley and most reference managers
// (citationstyles.org, csl-data.json): an array of items.
//
//   id                     → key
//   URL                    → url
//   title                  → title
//   container-title, publisher (the first present) → publisher
//   issued.date-parts or issued.raw → date
//   language               → lang (language_tag)
//   type                   → kind: article-newspaper, article-magazine,
//                            webpage, post-weblog, broadcast → media; post →
//                            social-media; report → ngo-report; legislation,
//                            legal_case, regulation → legal-text; everything
//                            else → other
#pragma once

#include "import/imported_source.hpp"

#include <string_view>

namespace briefc::import {

ImportResult read_csl_json(std::string_view text);

}  // namespace briefc::import
