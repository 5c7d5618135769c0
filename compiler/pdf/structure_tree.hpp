// The structure tree of a tagged PDF (PDF 32000-1, 14.7; ISO 14289-1,
// PDF/UA): the document's blocks as standard structure elements in reading
// order, each pointing at the marked-content sequences that draw it.
//
//   Document
//     H1 (the title), H2-H6 (headings), P, BlockQuote
//     L > LI > Lbl, LBody (lists and recommendations; a deeper list inside
//                          the LBody of the item before it)
//     Note > Lbl, text    (a footnote, inside the block holding its marker)
//     Reference           (a footnote marker), Link (text and an OBJR for
//                          each of its link annotations), inside their block
//
// Pages are drawn one by one (their marked-content sequences recorded as
// they go); the tree, the ParentTree (page → MCID → element, annotation →
// element) and the catalog entries are written by finish(). libharu has no
// tagging API: each element is a libharu object whose entries briefc
// serializes itself. The tree must outlive the save.
#pragma once

#include "layout/pages.hpp"
#include "pdf/page_content.hpp"

#include <hpdf.h>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace briefc::pdf {

class StructureTree {
public:
  explicit StructureTree(std::vector<layout::Block> blocks);

  // The structure type of the element that holds `part` of `block`; also
  // the tag of its marked-content sequences.
  const char* tag(int block, layout::TextPart part) const;

  // The marked-content sequences of the next page, in MCID order.
  void add_page(HPDF_Page page, std::vector<MarkedSequence> marked);

  // The /StructParent the next link annotation must carry (its key in the
  // ParentTree); add_link then gives it that key.
  int next_link_key() const { return static_cast<int>(pages_.size() + annotations_.size()); }

  // A link annotation on page `page` (an index in add_page order) on the
  // text of `span` of `block`; call after every add_page.
  void add_link(HPDF_Annotation annotation, std::size_t page, int block, int span);

  // Writes the tree into `pdf`: the elements, /StructTreeRoot with its
  // ParentTree, /StructParents on pages. Then lets go of all but the
  // serialized entries, which must live until the save. Returns false if
  // libharu failed (its error handler has the details).
  bool finish(HPDF_Doc pdf);

private:
  // 16 bytes: a long paper has tens of thousands.
  struct Kid {
    std::int32_t node = -1;        // a child element, or
    std::int32_t page = 0;         // a marked-content sequence (page, mcid), or
    std::int32_t mcid = -1;
    std::int32_t annotation = -1;  // an annotation (on `page`): index in annotations_
  };
  struct Node {
    const char* type;
    int parent;  // -1 for the Document element
    std::vector<Kid> kids;
    std::vector<int> notes_after;  // note elements read after this element's own content
    HPDF_Dict dict = nullptr;
  };

  int add_node(const char* type, int parent);
  int content_node(int block);
  int label_node(int block);
  int span_node(int block, int span, layout::TextPart part);
  void build_blocks();

  std::vector<layout::Block> blocks_;
  std::deque<Node> nodes_;  // grows without copying what it holds
  std::vector<int> block_node_;    // by block: its element (LI for a list item)
  std::vector<int> content_;       // by block: where its text goes (LBody for a list item), -1 until needed
  std::vector<int> label_;         // by block: its Lbl, -1 until needed
  std::map<std::pair<int, int>, int> spans_;  // (block, span) → Reference or Link element
  std::vector<HPDF_Page> pages_;
  std::vector<std::vector<int>> page_parents_;  // by page, by MCID: the element
  std::vector<std::pair<HPDF_Annotation, int>> annotations_;  // with their element
  std::vector<std::string> entries_;  // each element's serialized entries, then the root's (see finish)
};

}  // namespace briefc::pdf
