#include "resolve/title_block.hpp"

#include "resolve/names.hpp"
#include "text/messages.hpp"
#include "text/placeholders.hpp"

namespace briefc::resolve {

namespace {

Paragraph line(std::string text, const model::Document& document) {
  Paragraph p{ParagraphKind::Subtitle, 2, {}, {}, {}, {}, document.location};
  Span s;
  s.text = std::move(text);
  s.no_hyphen = true;
  s.location = document.location;
  p.spans.push_back(std::move(s));
  return p;
}

}  // namespace

std::vector<Paragraph> title_block_lines(const model::Document& document, const model::Style& style,
                                         const std::vector<std::string>& authors, const DocumentWording& wording,
                                         const Phrasing& phrasing) {
  std::vector<Paragraph> lines;
  if (!authors.empty() && style.print_authors) {
    // "Submitted by {organisations}", the names joined as the language joins a list.
    lines.push_back(line(text::fill_pattern(wording.message(text::msg::submitted_by, style.location),
                                            {{"organisations", join_list(phrasing.locales, authors, document.lang)}}),
                         document));
  } else if (!authors.empty() && style.title_byline) {
    lines.push_back(line(join_list(phrasing.locales, authors, document.lang), document));
  }
  if (style.title_period && document.period) {
    lines.push_back(line(text::fill_pattern(wording.message(text::msg::reporting_period, style.location),
                                            {{"from", written_date(phrasing, document.period->from)},
                                             {"to", written_date(phrasing, document.period->to)}}),
                         document));
  }
  if (style.title_date && document.date) lines.push_back(line(written_date(phrasing, *document.date), document));
  return lines;
}

}  // namespace briefc::resolve
