// Reporting periods: which dated facts of the records fall in a period, and
// what a case's status was at its end.
//
// Dates keep their precision (model/date.hpp). A date known only by month or
// year stands for every day it could mean, and the rules below say which of
// those days count:
//  - an event is in a period when any of its days is: "2020-11" is in a period
//    that ends on 10 November 2020, and in one that begins on 30 November;
//  - likewise an event is a development since an earlier edition when any of
//    its days comes after that edition's period: "2020-11" is one after a
//    period ending on 10 November 2020, but not after one ending with
//    November 2020 (better listed twice than never);
//  - a status holds from the first day its `since` can mean: a case "released"
//    since "2021-02" counts as released at the end of a period ending on
//    10 February 2021.
#pragma once

#include "model/document.hpp"
#include "model/records.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace briefc::resolve {

// A period as the inclusive range of the days it covers, as YYYYMMDD numbers
// (Date::first_day_key / last_day_key). Without a period a document covers
// every day: {0, 99991231}.
struct DaySpan {
  int first = 0;
  int last = 99991231;

  bool contains_any_day_of(const model::Date& d) const {
    return d.last_day_key() >= first && d.first_day_key() <= last;
  }
};

DaySpan day_span(const std::optional<model::Period>& period);

// Parses the command line's "--period FROM..TO" ("2024-05-01..2024-11-10",
// "2020-11..2021-12", "2021..2021"). On failure returns nothing and sets
// `error` to a sentence for the user.
std::optional<model::Period> parse_period(std::string_view text, std::string& error);

// The status of `c` on the day `day_key` (YYYYMMDD): the last of its statuses
// that has begun by then, or nullptr when none has (the case had not started).
// When statuses name subjects, this is the first subject's; code that speaks
// of each subject asks for each (below).
const model::CaseStatus* status_as_of(const model::Case& c, int day_key);
// The status `subject` had on that day: the latest begun by then of the
// statuses that concern the subject (name it, or name no one). Without
// statuses that name subjects, the case's status.
const model::CaseStatus* status_as_of(const model::Case& c, int day_key, std::string_view subject);

// Does any of `statuses` (space separated, as <cases status="…"> holds them)
// name `value`? An empty list matches everything.
bool status_matches(const std::string& statuses, const std::string& value);

}  // namespace briefc::resolve
