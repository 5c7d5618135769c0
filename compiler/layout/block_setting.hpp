// How each kind of paragraph is set: font, size, leading, indents, spacing and
// whether it must stay with what follows. One table for the whole document,
// derived from the style.
#pragma once

#include "layout/font_metrics.hpp"
#include "model/style.hpp"
#include "resolve/resolved_document.hpp"

namespace briefc::layout {

struct BlockSetting {
  model::FontSpec font;      // family, size, leading
  bool bold = false;
  bool italic = false;
  bool justify = true;
  bool hyphenate = true;
  double indent = 0;         // left indent of every line
  double right_indent = 0;
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
  // Extra space after each character, in em. Capitals set close read as a
  // block; typographers space a line of them by 5-10 % of the size.
  double tracking = 0;
};

BlockSetting block_setting(const resolve::Paragraph& paragraph, const model::Style& style);

}  // namespace briefc::layout
