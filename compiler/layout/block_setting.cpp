#include "layout/block_setting.hpp"

namespace briefc::layout {

namespace {
constexpr double upper_case_tracking = 0.06;  // em: an all-capitals heading
}  // namespace

BlockSetting block_setting(const resolve::Paragraph& p, const model::Style& style) {
  using K = resolve::ParagraphKind;
  BlockSetting s;
  s.font = style.body;
  const double body = style.body.size;
  switch (p.kind) {
    case K::Title:
      s.font = style.title;
      s.bold = true;
      s.justify = s.hyphenate = false;
      s.space_after = 10;
      s.keep_with_next = true;
      break;
    case K::Subtitle:
      s.font = style.heading;
      // the subtitle; a title block's line (organisations, period, date) at
      // the body's size, set close to the next (document_layout)
      s.font.size = p.level >= 2 ? body : body + 2;
      s.font.leading = s.font.size * 1.3;
      s.justify = s.hyphenate = false;
      s.space_after = 14;
      s.keep_with_next = true;
      break;
    case K::Heading:
      s.font = style.heading;
      if (p.level >= 2) {
        s.font.size = style.heading.size - 1.5 * (p.level - 1);
        s.font.leading = s.font.size * 1.3;
      }
      s.bold = true;
      s.justify = s.hyphenate = false;
      s.space_before = p.level == 1 ? 16 : 11;
      s.space_after = p.level == 1 ? 6 : 4;
      s.keep_with_next = true;
      if (p.level >= 1 && p.level <= 3 && style.level_case[p.level - 1] == model::TextCase::Upper)
        s.tracking = upper_case_tracking;
      break;
    case K::ProfileHeading:
      s.font = style.heading;
      s.font.size = body + 0.5;
      s.font.leading = s.font.size * 1.3;
      s.bold = true;
      s.justify = s.hyphenate = false;
      s.space_before = 10;
      s.space_after = 3;
      s.keep_with_next = true;
      break;
    case K::Body:
      s.space_after = body * 0.55;
      break;
    case K::ListItem:
    case K::RecommendationItem:
      s.indent = 16.0 * p.level;
      s.space_after = body * 0.35;
      break;
    case K::Quote:
      s.indent = 24;
      s.right_indent = 24;
      s.italic = true;
      s.space_before = 2;
      s.space_after = body * 0.55;
      break;
    case K::RecommendationLead:
      s.space_before = 2;
      s.space_after = body * 0.35;
      s.keep_with_next = true;
      break;
  }
  return s;
}

}  // namespace briefc::layout
