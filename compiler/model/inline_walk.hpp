// Walks over inline content: every node of a paragraph, heading, list item,
// narrative or template text, in document order, each once. The checker's
// rules and the leak check ask their questions of the same walk.
#pragma once

#include "model/document.hpp"
#include "model/inline.hpp"

#include <vector>

namespace briefc::model {

// `visit(node)` for every inline node of `content`, children after their parent.
template <class Visit>
void for_each_inline(const InlineContent& content, Visit&& visit) {
  for (const auto& n : content) {
    visit(n);
    for_each_inline(n.children, visit);
  }
}

// The same over every block: content, heading, list items and their
// sublists, nested blocks.
template <class Visit>
void for_each_block_inline(const std::vector<Block>& blocks, Visit&& visit) {
  for (const auto& b : blocks) {
    for_each_inline(b.content, visit);
    for_each_inline(b.heading, visit);
    for (const auto& item : b.items) {
      for_each_inline(item.content, visit);
      for_each_block_inline(item.sublists, visit);
    }
    for (const auto& use : b.recommendations)
      for (const auto& arg : use.args) for_each_inline(arg.mentions, visit);  // <person> inside <arg>
    for_each_block_inline(b.children, visit);
  }
}

}  // namespace briefc::model
