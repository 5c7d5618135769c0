#include "leak/printed_text.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

namespace briefc::leak {

namespace {

// Pieces closer than this (in points) touch: layout places adjacent runs of one
// word at exactly the previous run's end, and a space is far wider.
constexpr double touching = 0.2;
// How much of the flow on each side of a line-end hyphen is read again with
// the word joined: a run of six words of a narrative that holds the joined
// word has at most five on either side of it, and a name fewer.
constexpr std::size_t join_words = 5;

bool is_space(char c) { return c == ' '; }

// The start of the `count`th space-separated word before `at`.
std::size_t words_back(const std::string& s, std::size_t at, std::size_t count) {
  std::size_t i = at;
  for (std::size_t seen = 0; i > 0; --i)
    if (is_space(s[i - 1]) && ++seen > count) break;
  return i;
}

// The end of the `count`th space-separated word from `at`.
std::size_t words_on(const std::string& s, std::size_t at, std::size_t count) {
  std::size_t i = at;
  for (std::size_t seen = 0; i < s.size(); ++i)
    if (is_space(s[i]) && ++seen >= count) break;
  return i;
}

// A text of one place (not a flow over pages).
PrintedText at(std::string where, std::string text, bool address = false) {
  PrintedText t;
  t.where = std::move(where);
  t.text = std::move(text);
  t.address = address;
  return t;
}

}  // namespace

std::string PrintedText::place(std::size_t begin, std::size_t end) const {
  if (pages.empty()) return where;
  auto page_at = [&](std::size_t offset) {
    std::size_t page = pages.front().second;
    for (const auto& [start, index] : pages)
      if (start <= offset) page = index;
    return page;
  };
  std::size_t first = page_at(begin), last = page_at(end > begin ? end - 1 : begin);
  return first == last ? fmt::format("page {}", first + 1) : fmt::format("pages {}–{}", first + 1, last + 1);
}

void PrintedTextCollector::append(Flow& flow, std::size_t page, const layout::PlacedText& t) {
  auto& text = flow.text.text;
  if (flow.text.pages.empty() || flow.text.pages.back().second != page) flow.text.pages.push_back({text.size(), page});
  bool joined_hyphen = false;
  if (!text.empty()) {
    bool same_line = flow.previous && std::abs(t.y - flow.previous_y) < 0.01 && flow.previous_page == page;
    bool touches = same_line && std::abs(t.x - flow.previous_end) < touching;
    if (!touches) {
      joined_hyphen = !same_line && flow.previous_hyphen;
      text += ' ';
    }
  }
  std::size_t start = text.size();
  text += t.text;
  // "…Aigul Nurla- nova was…" is read once more as "…Aigul Nurlanova was…"
  // (in finish, when the text after the join is there too).
  if (joined_hyphen) flow.joins.push_back({start - 2, start});
  flow.previous = &t;
  flow.previous_y = t.y;
  flow.previous_page = page;
  flow.previous_end = t.x + (t.width >= 0 ? t.width : metrics_.width(t.font, t.text, t.size));
  flow.previous_hyphen = !t.text.empty() && t.text.back() == '-';
}

void PrintedTextCollector::add_page(std::size_t index, const layout::Page& page) {
  std::string furniture;
  for (const auto& t : page.texts) {
    switch (t.role) {
      case layout::TextRole::Body:
        append(body_, index, t);
        break;
      case layout::TextRole::Note:
        append(notes_, index, t);
        break;
      case layout::TextRole::Furniture:
        furniture += (furniture.empty() ? "" : " ") + t.text;
        break;
    }
  }
  body_.previous = notes_.previous = nullptr;  // the page's pieces are about to go
  if (!furniture.empty()) furniture_.push_back(at(fmt::format("page {}", index + 1), std::move(furniture)));
  for (const auto& link : page.links) {
    if (link.uri.empty()) continue;
    std::string where = fmt::format("a link on page {}", index + 1);
    // As pdf/ writes it (percent-encoded) it is read back from the file. A
    // URI linked again (a source cited twice) is read once, where it is first.
    if (!link_uris_.insert(link.uri).second) continue;
    links_.push_back(at(where, link.uri, true));
  }
}

std::vector<PrintedText> PrintedTextCollector::finish(const std::vector<layout::OutlineEntry>& outline,
                                                      const pdf::DocumentInfo& info, const std::string& file_name) {
  std::vector<PrintedText> out;
  body_.text.where = "the body text";
  notes_.text.where = "the footnotes";
  for (const auto* flow : {&body_, &notes_}) {
    const auto& text = flow->text.text;
    for (const auto& [hyphen, next] : flow->joins) {
      std::size_t from = words_back(text, hyphen, join_words);
      std::size_t to = words_on(text, next, join_words + 1);
      PrintedText join;
      join.text = text.substr(from, hyphen - from) + text.substr(next, to - next);
      join.where = fmt::format("{} (a word broken at a line end)", flow->text.place(hyphen, next + 1));
      joins_.push_back(std::move(join));
    }
  }
  out.push_back(std::move(body_.text));
  out.push_back(std::move(notes_.text));
  for (auto* list : {&joins_, &furniture_, &links_})
    for (auto& t : *list) out.push_back(std::move(t));
  for (const auto& entry : outline)
    out.push_back(at(fmt::format("a bookmark (to page {})", entry.page + 1), entry.title));
  out.push_back(at("the document info (Title)", info.title));
  out.push_back(at("the document info (Author)", info.author));
  out.push_back(at("the document info (Subject)", info.subject));
  out.push_back(at("the document info (Keywords)", info.keywords));
  out.push_back(at("the document info (Lang)", info.lang));
  if (!file_name.empty()) out.push_back(at("the file name", file_name, true));
  return out;
}

std::vector<PrintedText> printed_texts(const layout::LaidOutDocument& document, const layout::FontMetrics& metrics,
                                       const pdf::DocumentInfo& info, const std::string& file_name) {
  PrintedTextCollector collector(metrics);
  for (std::size_t i = 0; i < document.pages.size(); ++i) collector.add_page(i, document.pages[i]);
  return collector.finish(document.outline, info, file_name);
}

}  // namespace briefc::leak
