#include "pdf/structure_tree.hpp"

#include "pdf/pdf_syntax.hpp"

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

// A footnote marker is a Link inside a Reference, a footnote's number a Link
// inside a Lbl: their text is the link's.
const char* StructureTree::tag(int block, layout::TextPart part) const {
  switch (part) {
    case layout::TextPart::Label: return "Lbl";
    case layout::TextPart::Reference:
    case layout::TextPart::LinkedLabel:
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

// The Link element of `span` of `block` (span -1: of the block's label);
// for a footnote marker, inside its Reference.
int StructureTree::span_node(int block, int span, layout::TextPart part) {
  auto [it, added] = spans_.try_emplace({block, span}, -1);
  if (added) {
    int parent = span < 0                                ? label_node(block)
                 : part == layout::TextPart::Reference ? add_node("Reference", content_node(block))
                                                       : content_node(block);
    it->second = add_node("Link", parent);
  }
  return it->second;
}

void StructureTree::add_page(HPDF_Page page, std::vector<MarkedSequence> marked) {
  std::size_t index = pages_.size();
  pages_.push_back(page);
  std::vector<int> parents;
  parents.reserve(marked.size());
  for (std::size_t mcid = 0; mcid < marked.size(); ++mcid) {
    const auto& m = marked[mcid];
    int node = m.part == layout::TextPart::Label         ? label_node(m.block)
               : m.part == layout::TextPart::Content     ? content_node(m.block)
               : m.part == layout::TextPart::LinkedLabel ? span_node(m.block, -1, m.part)
                                                         : span_node(m.block, m.span, m.part);
    nodes_[static_cast<std::size_t>(node)].kids.push_back(
        Kid{-1, static_cast<std::int32_t>(index), static_cast<std::int32_t>(mcid), -1});
    parents.push_back(node);
  }
  page_parents_.push_back(std::move(parents));
}

void StructureTree::add_link(HPDF_Annotation annotation, std::size_t page, int block, int span) {
  int node = block >= 0 ? span_node(block, span, layout::TextPart::Link) : 0;
  nodes_[static_cast<std::size_t>(node)].kids.push_back(
      Kid{-1, static_cast<std::int32_t>(page), -1, static_cast<std::int32_t>(annotations_.size())});
  annotations_.emplace_back(annotation, node);
}

// Each element is serialized by briefc (pdf/pdf_syntax.hpp says why).
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
  entries_.assign(nodes_.size() + 1, std::string());  // never resized again: the dictionaries point into it
  HPDF_Dict root = new_serialized_object(pdf, &entries_.back());
  if (!root) return false;
  for (std::size_t i = 0; i < nodes_.size(); ++i)
    if (!(nodes_[i].dict = new_serialized_object(pdf, &entries_[i]))) return false;

  int notes = 0;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const Node& n = nodes_[i];
    std::string& out = entries_[i];
    out += "/Type /StructElem /S /";
    out += n.type;
    out += "\n/P ";
    append_reference(out, n.parent >= 0 ? static_cast<void*>(nodes_[static_cast<std::size_t>(n.parent)].dict) : root);
    // PDF/UA (7.9) wants every Note to carry an ID unique in the document.
    if (std::string_view(n.type) == "Note") out += fmt::format("/ID (note-{}) ", ++notes);
    // The element's page is that of its first marked content; marked content
    // on another page names its page itself.
    HPDF_Page own_page = nullptr;
    for (const auto& k : n.kids)
      if (k.node < 0 && k.annotation < 0) {
        own_page = pages_[static_cast<std::size_t>(k.page)];
        break;
      }
    if (own_page) {
      out += "/Pg ";
      append_reference(out, own_page);
    }
    out += "\n/K [ ";
    for (const auto& k : n.kids) {
      if (k.node >= 0) {
        append_reference(out, nodes_[static_cast<std::size_t>(k.node)].dict);
      } else if (k.annotation >= 0) {
        out += "<< /Type /OBJR /Obj ";
        append_reference(out, annotations_[static_cast<std::size_t>(k.annotation)].first);
        out += "/Pg ";
        append_reference(out, pages_[static_cast<std::size_t>(k.page)]);
        out += ">> ";
      } else if (pages_[static_cast<std::size_t>(k.page)] == own_page) {
        out += std::to_string(k.mcid);
        out += ' ';
      } else {
        out += "<< /Type /MCR /Pg ";
        append_reference(out, pages_[static_cast<std::size_t>(k.page)]);
        out += "/MCID ";
        out += std::to_string(k.mcid);
        out += " >> ";
      }
    }
    for (int note : n.notes_after) append_reference(out, nodes_[static_cast<std::size_t>(note)].dict);
    out += "]\n";
  }

  // The root, with its ParentTree: one entry per page (key = its
  // /StructParents), then one per annotation, in increasing key order as a
  // number tree's /Nums must be.
  std::string& out = entries_.back();
  out += "/Type /StructTreeRoot\n/K ";
  append_reference(out, nodes_[0].dict);
  out += "\n/ParentTree << /Nums [\n";
  int key = 0;
  for (std::size_t p = 0; p < pages_.size(); ++p, ++key) {
    HPDF_Dict_AddNumber(pages_[p], "StructParents", key);
    out += std::to_string(key);
    out += " [ ";
    for (int node : page_parents_[p]) append_reference(out, nodes_[static_cast<std::size_t>(node)].dict);
    out += "]\n";
  }
  for (const auto& [annotation, node] : annotations_) {
    out += std::to_string(key);  // the annotation's /StructParent (next_link_key)
    out += ' ';
    append_reference(out, nodes_[static_cast<std::size_t>(node)].dict);
    out += '\n';
    ++key;
  }
  out += fmt::format("] >>\n/ParentTreeNextKey {}\n", key);

  HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark_info);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  // What the save still needs is in entries_; a long paper's tree is
  // several MB that would otherwise stay through the save.
  std::deque<Node>().swap(nodes_);
  std::vector<std::vector<int>>().swap(page_parents_);
  std::vector<std::pair<HPDF_Annotation, int>>().swap(annotations_);
  std::map<std::pair<int, int>, int>().swap(spans_);
  return HPDF_GetError(pdf) == HPDF_OK;
}

}  // namespace briefc::pdf
