#include "pdf/structure_tree.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <fmt/format.h>
#include <string_view>

namespace briefc::pdf {

namespace {

constexpr const char* heading_types[] = {"H1", "H2", "H3", "H4", "H5", "H6"};

// The title is H1, so a heading of level n is H(n+1): levels never skip.
const char* block_type(const layout::Block& b) {
  using layout::BlockKind;
  switch (b.kind) {
    case BlockKind::Title: return "H1";
    case BlockKind::Heading: return heading_types[std::clamp(b.level, 1, 5)];
    case BlockKind::ListItem: return "LI";
    case BlockKind::Quote: return "BlockQuote";
    case BlockKind::Note: return "Note";
    case BlockKind::Paragraph: break;
  }
  return "P";
}

constexpr int unattached = -2;

}  // namespace

StructureTree::StructureTree(std::vector<layout::Block> blocks)
    : blocks_(std::move(blocks)),
      block_node_(blocks_.size(), -1),
      content_(blocks_.size(), -1),
      label_(blocks_.size(), -1) {
  build_blocks();
}

int StructureTree::add_node(const char* type, int parent) {
  nodes_.push_back(Node{type, parent, {}, {}, nullptr});
  int n = static_cast<int>(nodes_.size()) - 1;
  if (parent >= 0) nodes_[static_cast<std::size_t>(parent)].kids.push_back(Kid{n});
  return n;
}

// Every block's element, in reading order; a list's items in an L, one L
// per nesting level, a deeper list inside the item before it.
void StructureTree::build_blocks() {
  int document = add_node("Document", -1);
  struct OpenList {
    int level, list, item_block;
  };
  std::vector<OpenList> lists;
  for (std::size_t b = 0; b < blocks_.size(); ++b) {
    const auto& block = blocks_[b];
    if (block.kind == layout::BlockKind::Note) {
      block_node_[b] = add_node("Note", unattached);  // placed by finish(), after the text that refers to it
      continue;
    }
    if (block.kind != layout::BlockKind::ListItem) {
      lists.clear();
      block_node_[b] = add_node(block_type(block), document);
      continue;
    }
    while (!lists.empty() && lists.back().level > block.level) lists.pop_back();
    if (lists.empty() || lists.back().level < block.level) {
      int parent = lists.empty() ? document : content_node(lists.back().item_block);
      lists.push_back({block.level, add_node("L", parent), -1});
    }
    lists.back().item_block = static_cast<int>(b);
    block_node_[b] = add_node("LI", lists.back().list);
  }
}

const char* StructureTree::tag(int block, layout::TextPart part) const {
  switch (part) {
    case layout::TextPart::Label: return "Lbl";
    case layout::TextPart::Reference: return "Reference";
    case layout::TextPart::Link: return "Link";
    case layout::TextPart::Content: break;
  }
  const auto& b = blocks_[static_cast<std::size_t>(block)];
  return b.kind == layout::BlockKind::ListItem ? "LBody" : block_type(b);
}

int StructureTree::content_node(int block) {
  auto b = static_cast<std::size_t>(block);
  if (content_[b] < 0)
    content_[b] = blocks_[b].kind == layout::BlockKind::ListItem ? add_node("LBody", block_node_[b]) : block_node_[b];
  return content_[b];
}

int StructureTree::label_node(int block) {
  auto b = static_cast<std::size_t>(block);
  if (label_[b] < 0) label_[b] = add_node("Lbl", block_node_[b]);
  return label_[b];
}

int StructureTree::span_node(int block, int span, layout::TextPart part) {
  auto [it, added] = spans_.try_emplace({block, span}, -1);
  if (added) it->second = add_node(part == layout::TextPart::Link ? "Link" : "Reference", content_node(block));
  return it->second;
}

void StructureTree::add_page(HPDF_Page page, std::vector<MarkedSequence> marked) {
  std::size_t index = pages_.size();
  pages_.push_back(page);
  std::vector<int> parents;
  parents.reserve(marked.size());
  for (std::size_t mcid = 0; mcid < marked.size(); ++mcid) {
    const auto& m = marked[mcid];
    int node = m.part == layout::TextPart::Label     ? label_node(m.block)
               : m.part == layout::TextPart::Content ? content_node(m.block)
                                                     : span_node(m.block, m.span, m.part);
    nodes_[static_cast<std::size_t>(node)].kids.push_back(Kid{-1, index, static_cast<int>(mcid), nullptr});
    parents.push_back(node);
  }
  page_parents_.push_back(std::move(parents));
}

void StructureTree::add_link(HPDF_Annotation annotation, std::size_t page, int block, int span) {
  int node = block >= 0 ? span_node(block, span, layout::TextPart::Link) : 0;
  nodes_[static_cast<std::size_t>(node)].kids.push_back(Kid{-1, page, -1, annotation});
  annotations_.emplace_back(annotation, node);
}

bool StructureTree::finish(HPDF_Doc pdf) {
  // Each note after the text of the block that refers to it; a note nothing
  // refers to at the end of the document.
  for (std::size_t b = 0; b < blocks_.size(); ++b)
    for (int note : blocks_[b].notes) {
      auto& n = nodes_[static_cast<std::size_t>(block_node_[static_cast<std::size_t>(note)])];
      if (n.parent != unattached) continue;  // referred to twice
      n.parent = content_[b] >= 0 ? content_[b] : block_node_[b];
      nodes_[static_cast<std::size_t>(n.parent)].notes_after.push_back(block_node_[static_cast<std::size_t>(note)]);
    }
  for (std::size_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].parent == unattached) {
      nodes_[i].parent = 0;
      nodes_[0].notes_after.push_back(static_cast<int>(i));
    }

  HPDF_MMgr mmgr = pdf->mmgr;
  HPDF_Dict root = HPDF_Dict_New(mmgr);
  if (!root || HPDF_Xref_Add(pdf->xref, root) != HPDF_OK) return false;
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  for (auto& n : nodes_) {
    n.dict = HPDF_Dict_New(mmgr);
    if (!n.dict || HPDF_Xref_Add(pdf->xref, n.dict) != HPDF_OK) return false;
  }
  int notes = 0;
  for (auto& n : nodes_) {
    HPDF_Dict_AddName(n.dict, "Type", "StructElem");
    HPDF_Dict_AddName(n.dict, "S", n.type);
    // PDF/UA (7.9) wants every Note to carry an ID unique in the document.
    if (std::string_view(n.type) == "Note")
      HPDF_Dict_Add(n.dict, "ID", HPDF_String_New(mmgr, fmt::format("note-{}", ++notes).c_str(), nullptr));
    HPDF_Dict_Add(n.dict, "P", n.parent >= 0 ? nodes_[static_cast<std::size_t>(n.parent)].dict : root);
    // The element's page is that of its first marked content; marked content
    // on another page names its page itself.
    HPDF_Page own_page = nullptr;
    for (const auto& k : n.kids)
      if (k.node < 0) {
        own_page = pages_[k.page];
        break;
      }
    if (own_page) HPDF_Dict_Add(n.dict, "Pg", own_page);
    HPDF_Array kids = HPDF_Array_New(mmgr);
    HPDF_Dict_Add(n.dict, "K", kids);
    for (const auto& k : n.kids) {
      if (k.node >= 0) {
        HPDF_Array_Add(kids, nodes_[static_cast<std::size_t>(k.node)].dict);
      } else if (k.annotation) {
        HPDF_Dict objr = HPDF_Dict_New(mmgr);
        HPDF_Array_Add(kids, objr);
        HPDF_Dict_AddName(objr, "Type", "OBJR");
        HPDF_Dict_Add(objr, "Obj", k.annotation);
        HPDF_Dict_Add(objr, "Pg", pages_[k.page]);
      } else if (pages_[k.page] == own_page) {
        HPDF_Array_AddNumber(kids, k.mcid);
      } else {
        HPDF_Dict mcr = HPDF_Dict_New(mmgr);
        HPDF_Array_Add(kids, mcr);
        HPDF_Dict_AddName(mcr, "Type", "MCR");
        HPDF_Dict_Add(mcr, "Pg", pages_[k.page]);
        HPDF_Dict_AddNumber(mcr, "MCID", k.mcid);
      }
    }
    for (int note : n.notes_after) HPDF_Array_Add(kids, nodes_[static_cast<std::size_t>(note)].dict);
  }
  HPDF_Dict_Add(root, "K", nodes_[0].dict);

  // The ParentTree: one entry per page (key = its /StructParents), then one
  // per annotation, in increasing key order as a number tree's /Nums must be.
  HPDF_Dict parent_tree = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(root, "ParentTree", parent_tree);
  HPDF_Array nums = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(parent_tree, "Nums", nums);
  int key = 0;
  for (std::size_t p = 0; p < pages_.size(); ++p, ++key) {
    HPDF_Dict_AddNumber(pages_[p], "StructParents", key);
    HPDF_Array_AddNumber(nums, key);
    HPDF_Array parents = HPDF_Array_New(mmgr);
    HPDF_Array_Add(nums, parents);
    for (int node : page_parents_[p]) HPDF_Array_Add(parents, nodes_[static_cast<std::size_t>(node)].dict);
  }
  for (const auto& [annotation, node] : annotations_) {
    HPDF_Dict_AddNumber(annotation, "StructParent", key);
    HPDF_Array_AddNumber(nums, key);
    HPDF_Array_Add(nums, nodes_[static_cast<std::size_t>(node)].dict);
    ++key;
  }
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);

  HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark_info);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  return HPDF_GetError(pdf) == HPDF_OK;
}

}  // namespace briefc::pdf
