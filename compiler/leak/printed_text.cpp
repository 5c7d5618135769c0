#include "leak/printed_text.hpp"

#include <fmt/format.h>
#include <cmath>

namespace briefc::leak {

namespace {

// Pieces closer than this (in points) touch: layout places adjacent runs of one
// word at exactly the previous run's end, and a space is far wider.
constexpr double touching = 0.2;

// The page's text twice: `kept` keeps line-end hyphens as written, `joined`
// joins a hyphenated word across the line end.
struct PageText {
  std::string kept, joined;
};

PageText page_text(const layout::Page& page, const layout::FontMetrics& metrics) {
  PageText out;
  const layout::PlacedText* previous = nullptr;
  double previous_end = 0;
  for (const auto& t : page.texts) {
    if (previous) {
      bool same_line = std::abs(t.y - previous->y) < 0.01;
      bool touches = same_line && std::abs(t.x - previous_end) < touching;
      if (!touches) {
        out.kept += ' ';
        bool line_end_hyphen = !same_line && !previous->text.empty() && previous->text.back() == '-';
        if (line_end_hyphen)
          out.joined.pop_back();  // "Nurla-" + "nova"
        else
          out.joined += ' ';
      }
    }
    out.kept += t.text;
    out.joined += t.text;
    previous = &t;
    previous_end = t.x + metrics.width(t.font, t.text, t.size);
  }
  return out;
}

}  // namespace

void add_printed_page(std::vector<PrintedText>& out, std::size_t index, const layout::Page& page,
                      const layout::FontMetrics& metrics) {
  std::string where = fmt::format("page {}", index + 1);
  auto text = page_text(page, metrics);
  if (text.joined != text.kept) out.push_back({where, std::move(text.joined)});
  out.push_back({where, std::move(text.kept)});
  for (const auto& link : page.links) {
    if (link.uri.empty()) continue;
    out.push_back({fmt::format("a link on page {}", index + 1), link.uri});
    out.push_back({fmt::format("a link on page {}", index + 1), pdf::encode_uri(link.uri)});
  }
}

void add_printed_outside_pages(std::vector<PrintedText>& out, const std::vector<layout::OutlineEntry>& outline,
                               const pdf::DocumentInfo& info) {
  for (const auto& entry : outline)
    out.push_back({fmt::format("a bookmark (to page {})", entry.page + 1), entry.title});
  out.push_back({"the document info (Title)", info.title});
  out.push_back({"the document info (Author)", info.author});
  out.push_back({"the document info (Subject)", info.subject});
  out.push_back({"the document info (Keywords)", info.keywords});
  out.push_back({"the document info (Lang)", info.lang});
}

std::vector<PrintedText> printed_texts(const layout::LaidOutDocument& document, const layout::FontMetrics& metrics,
                                       const pdf::DocumentInfo& info) {
  std::vector<PrintedText> out;
  for (std::size_t i = 0; i < document.pages.size(); ++i) add_printed_page(out, i, document.pages[i], metrics);
  add_printed_outside_pages(out, document.outline, info);
  return out;
}

}  // namespace briefc::leak
