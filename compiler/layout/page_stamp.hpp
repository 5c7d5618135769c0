// The stamp of an internal build: one line of text, centred in the top
// margin of every page ("CONFIDENTIAL — internal use only · 2020-11-01"), so
// that a page printed or photographed alone still says what it is.
#pragma once

#include "layout/font_metrics.hpp"
#include "layout/pages.hpp"
#include "model/style.hpp"

#include <string>

namespace briefc::layout {

// Adds `text` to the page, in the bold face of the style's footer font.
void stamp_page(Page& page, const std::string& text, const model::Style& style, const FontMetrics& metrics);

// The stamp's wording for a build made at `timestamp` (seconds since 1970,
// UTC: SOURCE_DATE_EPOCH or the document's date, never the clock).
std::string internal_stamp_text(long long timestamp);

}  // namespace briefc::layout
