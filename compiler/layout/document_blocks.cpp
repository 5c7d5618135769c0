#include "layout/document_blocks.hpp"

#include <algorithm>

namespace briefc::layout {

namespace {

Block paragraph_block(const resolve::Paragraph& p) {
  using resolve::ParagraphKind;
  switch (p.kind) {
    case ParagraphKind::Title: return {BlockKind::Title, 1, {}};
    case ParagraphKind::Heading: return {BlockKind::Heading, std::max(1, p.level), {}};
    // A case profile's level is already one below the section it is in.
    case ParagraphKind::ProfileHeading: return {BlockKind::Heading, std::max(1, p.level), {}};
    case ParagraphKind::ListItem:
    case ParagraphKind::RecommendationItem: return {BlockKind::ListItem, std::max(1, p.level), {}};
    case ParagraphKind::Quote: return {BlockKind::Quote, 1, {}};
    case ParagraphKind::Subtitle:
    case ParagraphKind::Body:
    case ParagraphKind::RecommendationLead: break;
  }
  return {BlockKind::Paragraph, 1, {}};
}

}  // namespace

std::vector<Block> document_blocks(const resolve::ResolvedDocument& document) {
  std::vector<Block> blocks;
  blocks.reserve(document.paragraphs.size() + document.footnotes.size());
  for (const auto& p : document.paragraphs) {
    Block b = paragraph_block(p);
    for (const auto& span : p.spans)
      if (span.superscript && span.footnote >= 0) b.notes.push_back(note_block(document, span.footnote));
    blocks.push_back(std::move(b));
  }
  for (std::size_t i = 0; i < document.footnotes.size(); ++i) blocks.push_back({BlockKind::Note, 1, {}});
  return blocks;
}

}  // namespace briefc::layout
