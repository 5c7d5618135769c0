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

std::vector<PrintedText> printed_texts(const layout::LaidOutDocument& document, const layout::FontMetrics& metrics,
                                       const pdf::DocumentInfo& info) {
  std::vector<PrintedText> out;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    std::string page = fmt::format("page {}", i + 1);
    auto text = page_text(document.pages[i], metrics);
    if (text.joined != text.kept) out.push_back({page, std::move(text.joined)});
    out.push_back({page, std::move(text.kept)});
    for (const auto& link : document.pages[i].links) {
      if (link.uri.empty()) continue;
      out.push_back({fmt::format("a link on page {}", i + 1), link.uri});
      out.push_back({fmt::format("a link on page {}", i + 1), pdf::encode_uri(link.uri)});
    }
  }
  for (const auto& entry : document.outline)
    out.push_back({fmt::format("a bookmark (to page {})", entry.page + 1), entry.title});
  out.push_back({"the document info (Title)", info.title});
  out.push_back({"the document info (Author)", info.author});
  out.push_back({"the document info (Subject)", info.subject});
  out.push_back({"the document info (Keywords)", info.keywords});
  out.push_back({"the document info (Lang)", info.lang});
  return out;
}

}  // namespace briefc::leak
