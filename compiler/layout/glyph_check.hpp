// Characters the fonts cannot draw. libharu writes anything outside the Basic
// Multilingual Plane (emoji, flags) as a space, and a character missing from
// the font prints as an empty box; neither may happen silently. Each such
// character is reported as a warning at its source location and left out.
#pragma once

#include "diag/diagnostics.hpp"
#include "layout/font_metrics.hpp"
#include "model/style.hpp"
#include "resolve/resolved_document.hpp"

namespace briefc::layout {

void drop_unprintable_characters(resolve::ResolvedDocument& document, const model::Style& style,
                                 const FontMetrics& metrics, diag::Diagnostics& diags);

}  // namespace briefc::layout
