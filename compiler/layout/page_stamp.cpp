#include "layout/page_stamp.hpp"

#include <fmt/format.h>
#include <ctime>

namespace briefc::layout {

void stamp_page(Page& page, const std::string& text, const model::Style& style, const FontMetrics& metrics) {
  FontKey font{style.footer.family, FontFace::Bold};
  double size = style.footer.size;
  double width = metrics.width(font, text, size);
  double x = (style.page_width - width) / 2;
  // Halfway into the top margin, clear of the first line of text.
  double y = style.page_height - style.margin_top / 2 - size * 0.35;
  page.texts.push_back(PlacedText{x, y, font, size, text, 0, TextRole::Furniture});
}

std::string internal_stamp_text(long long timestamp) {
  std::time_t t = static_cast<std::time_t>(timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  return fmt::format("CONFIDENTIAL — internal use only · {:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1,
                     utc.tm_mday);
}

}  // namespace briefc::layout
