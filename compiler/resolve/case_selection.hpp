// The cases a <cases> query selects, in the order it asks for.
#pragma once

#include "model/corpus.hpp"
#include "model/document.hpp"
#include "resolve/confidentiality.hpp"
#include "text/locale_context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::resolve {

// The cases of `corpus` that `query` (a CaseQuery block) selects for a
// document in `lang` covering `period` (resolve/period.hpp for the rules):
//  - themes: any of the query's themes (none given: any case);
//  - status: the case's status at the period's end is one of the query's
//    (none given: any status; a case with no status begun by then never
//    matches a status);
//  - in-period: at least one event with a day in the period.
// sort="surname" orders by the first subject's surname and given name in the
// collation of `lang` (Boost.Locale/ICU); sort="date" by the first event
// (then surname). Ties keep the records' order.
// With a `policy`, only cases it lets queries select are chosen, and a person
// whose name it withholds sorts under the wording printed instead.
std::vector<const model::Case*> select_cases(const model::Block& query, const model::Corpus& corpus,
                                             const std::optional<model::Period>& period,
                                             const text::LocaleContext& locales, const std::string& lang,
                                             const ConfidentialityPolicy* policy = nullptr);

// Orders `cases` by the surname of each one's first subject, in the collation of `lang`.
void sort_by_surname(std::vector<const model::Case*>& cases, const model::Corpus& corpus,
                     const text::LocaleContext& locales, const std::string& lang,
                     const ConfidentialityPolicy* policy = nullptr);

}  // namespace briefc::resolve
