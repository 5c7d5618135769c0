#include "model/inline.hpp"

namespace briefc::model {

namespace {
void collect(const InlineContent& content, std::string& out) {
  for (const auto& node : content) {
    if (node.kind == InlineKind::Text) out += node.text;
    else if (node.kind != InlineKind::Cite && node.kind != InlineKind::Note) collect(node.children, out);
  }
}
}  // namespace

std::string plain_text(const InlineContent& content) {
  std::string out;
  collect(content, out);
  return out;
}

}  // namespace briefc::model
