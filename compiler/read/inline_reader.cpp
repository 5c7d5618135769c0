#include "read/inline_reader.hpp"

#include "read/nesting_limits.hpp"

#include <cstring>
#include <iterator>
#include <fmt/format.h>

namespace briefc::read {

namespace {

constexpr Names inline_elements = {"b", "i", "a", "cite", "note", "person", "org", "law", "ref", "q", "span"};

// `depth`: the inline elements around `parent`'s content (0 in a paragraph).
void read_into(const ElementReader& r, const pugi::xml_node& parent, Names block_children, bool in_note, int depth,
               model::InlineContent& out);

bool named(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// HTML's names for what briefc writes otherwise: an author who knows HTML
// types them first.
std::string html_equivalent(std::string_view name) {
  if (name == "em") return "emphasis is <i>";
  if (name == "strong") return "strong emphasis is <b>";
  if (name == "br") return "a paragraph has no line breaks: start a new <p> (or a list with <item>s)";
  if (name == "u") return "underlining is not used in briefings: <i> for emphasis, <b> for names";
  if (name == "sup" || name == "sub") return "footnote numbers are made by <note> and <cite>; a style sets the rest";
  if (name == "blockquote") return "a block quotation is <quote>, beside <p>";
  if (name == "link") return "a link is <a href=\"…\">";
  return {};
}

// `depth`: this element's level, 1 for one directly in the paragraph.
model::Inline read_element(const ElementReader& r, const pugi::xml_node& n, bool in_note, int depth) {
  using K = model::InlineKind;
  model::Inline node;
  node.location = r.at(n);
  bool read_children = true;
  if (named(n, "b")) {
    node.kind = K::Bold;
    r.check_attributes(n, {});
  } else if (named(n, "i")) {
    node.kind = K::Italic;
    r.check_attributes(n, {});
  } else if (named(n, "q")) {
    node.kind = K::Quote;
    r.check_attributes(n, {});
  } else if (named(n, "a")) {
    node.kind = K::Link;
    r.check_attributes(n, {"href"}, {"href"});
    node.target = r.uri_attr(n, "href");
  } else if (named(n, "cite")) {
    node.kind = K::Cite;
    r.check_attributes(n, {"src"}, {"src"});
    node.ids = r.list_attr(n, "src");
    node.location = r.at(n, "src");
    if (node.ids.empty() && n.attribute("src"))
      r.diags().error(r.at(n, "src"), "<cite> names no source", "write src=\"source-id\"");
    read_children = false;
    for (auto c : n.children())
      if (c.type() == pugi::node_element || (c.type() == pugi::node_pcdata && collapse_whitespace(c.value()) != " " &&
                                             !collapse_whitespace(c.value()).empty()))
        r.diags().error(r.at(c), "<cite> must be empty", "the footnote text comes from the style and the source record");
  } else if (named(n, "note")) {
    node.kind = K::Note;
    r.check_attributes(n, {"marker"});
    if (n.attribute("marker")) node.marker_hidden = r.enum_attr(n, "marker", {"none", "superscript"}) == "none";
    if (in_note) r.diags().error(r.at(n), "a <note> cannot contain another <note>", "a footnote has no footnotes");
  } else if (named(n, "person") || named(n, "org")) {
    node.kind = named(n, "person") ? K::Person : K::Org;
    r.check_attributes(n, {"ref"}, {"ref"});
    node.target = n.attribute("ref").value();
    node.location = r.at(n, "ref");
  } else if (named(n, "law")) {
    node.kind = K::Law;
    r.check_attributes(n, {"ref", "offence"}, {"ref"});
    node.target = n.attribute("ref").value();
    node.offence = r.text_attr(n, "offence");
    node.location = r.at(n, "ref");
  } else if (named(n, "span") && n.attribute("leak-ok")) {
    // Text the author vouches is not a confidential value (leak/leak_check.hpp).
    node.kind = K::LeakOk;
    r.check_attributes(n, {"leak-ok"}, {"leak-ok"});
    node.reason = r.text_attr(n, "leak-ok");
    node.location = r.at(n, "leak-ok");
    if (node.reason.empty() || node.reason == " ")
      r.diags().error(r.at(n, "leak-ok"), "an exemption from the leak check needs a reason",
                      "write leak-ok=\"the mountain, not the witness\"");
  } else if (named(n, "span")) {
    // A field withheld from public builds (resolve/confidentiality.hpp).
    node.kind = K::Confidential;
    r.check_attributes(n, {"confidential", "public-as"}, {"confidential"});
    node.reason = r.text_attr(n, "confidential");
    node.public_as = r.text_attr(n, "public-as");
    if (n.attribute("confidential") && (node.reason.empty() || node.reason == " "))
      r.diags().error(r.at(n, "confidential"), "a confidentiality mark needs a reason",
                      "write confidential=\"lawyer's private number\"");
  } else if (named(n, "ref")) {
    node.kind = K::CrossRef;
    r.check_attributes(n, {"to"}, {"to"});
    node.target = n.attribute("to").value();
    node.location = r.at(n, "to");
  }
  if (read_children) read_into(r, n, {}, in_note || node.kind == K::Note, depth, node.children);
  return node;
}

void read_into(const ElementReader& r, const pugi::xml_node& parent, Names block_children, bool in_note, int depth,
               model::InlineContent& out) {
  // Room for every child at once: a narrative has dozens, and growing the
  // vector step by step moved each (large) Inline several times.
  out.reserve(out.size() + static_cast<std::size_t>(std::distance(parent.begin(), parent.end())));
  for (auto child : parent.children()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata: {
        model::Inline text;
        text.kind = model::InlineKind::Text;
        text.location = r.at(child);
        text.text = collapse_whitespace(child.value());
        if (!text.text.empty()) out.push_back(std::move(text));
        break;
      }
      case pugi::node_element: {
        bool is_block = false;
        for (const char* b : block_children) is_block = is_block || named(child, b);
        if (is_block) break;
        bool known = false;
        for (const char* e : inline_elements) known = known || named(child, e);
        if (!known) {
          std::string hint = html_equivalent(child.name());
          if (hint.empty()) hint = did_you_mean(child.name(), inline_elements, "<{}>");
          if (hint.empty())
            hint = "inline markup is <b>, <i>, <a>, <cite>, <note>, <person>, <org>, <law>, <ref>, <q> and <span>";
          r.diags().error(r.at(child), fmt::format("unknown element <{}> inside <{}>", child.name(), parent.name()),
                          hint);
          break;
        }
        if (depth + 1 > max_inline_depth) {
          r.diags().error(r.at(child),
                          fmt::format("inline markup is nested more than {} levels deep here", max_inline_depth),
                          "close the elements left open before this one; no paragraph needs such depth")
              .rule = "nesting-too-deep";
          break;
        }
        out.push_back(read_element(r, child, in_note, depth + 1));
        break;
      }
      default: break;  // comments, processing instructions
    }
  }
}

}  // namespace

model::InlineContent read_inline(const ElementReader& reader, const pugi::xml_node& parent, Names block_children) {
  model::InlineContent out;
  read_into(reader, parent, block_children, std::strcmp(parent.name(), "note") == 0, 0, out);
  return out;
}

}  // namespace briefc::read
