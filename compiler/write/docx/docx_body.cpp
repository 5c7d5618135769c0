// word/document.xml and word/footnotes.xml from the resolved document.
#include "write/docx/docx_parts.hpp"

#include "text/percent_encoding.hpp"
#include "write/text_language.hpp"
#include "write/text_runs.hpp"
#include "write/xml_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace briefc::write::docx {

namespace {

constexpr const char* word_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* relationships_namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* package_relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* hyperlink_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

using resolve::ParagraphKind;

// The relationships of one part: the fixed ones, then one per distinct URL.
class Relationships {
 public:
  void add_fixed(const char* id, const char* type, const char* target) {
    auto r = root().append_child("Relationship");
    r.append_attribute("Id") = id;
    r.append_attribute("Type") = type;
    r.append_attribute("Target") = target;
  }
  // The id of the external link to `uri`, written encoded as a URI must be.
  std::string link(const std::string& uri) {
    auto [it, added] = links_.try_emplace(uri, fmt::format("rLink{}", links_.size() + 1));
    if (added) {
      auto r = root().append_child("Relationship");
      r.append_attribute("Id") = it->second.c_str();
      r.append_attribute("Type") = hyperlink_type;
      r.append_attribute("Target") = text::encode_uri(uri).c_str();
      r.append_attribute("TargetMode") = "External";
    }
    return it->second;
  }
  std::string bytes() const { return xml_bytes(doc_); }

 private:
  pugi::xml_node root() {
    auto r = doc_.child("Relationships");
    if (!r) {
      r = doc_.append_child("Relationships");
      r.append_attribute("xmlns") = package_relationships;
    }
    return r;
  }
  pugi::xml_document doc_;
  std::map<std::string, std::string> links_;
};

// A "1. " or "2.3. " span: the number the resolver put before a heading,
// which Word's heading numbering writes instead.
bool is_section_number(const std::string& s) {
  if (s.size() < 3 || s.compare(s.size() - 2, 2, ". ") != 0) return false;
  bool digit_before = false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') digit_before = true;
    else if (c == '.' && digit_before) digit_before = false;
    else return false;
  }
  return true;
}

bool is_numbered_label(const std::string& label) { return !label.empty() && label[0] >= '0' && label[0] <= '9'; }

class BodyWriter {
 public:
  BodyWriter(const resolve::ResolvedDocument& doc, const model::Style& style) : doc_(doc), style_(style) {
    for (const auto& p : doc.paragraphs)
      if (!p.anchor.empty()) anchors_.insert(p.anchor);
  }

  BodyParts write() {
    document_rels_.add_fixed("rStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
                             "styles.xml");
    document_rels_.add_fixed("rNumbering",
                             "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
                             "numbering.xml");
    document_rels_.add_fixed("rFootnotes",
                             "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
                             "footnotes.xml");
    document_rels_.add_fixed("rSettings", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
                             "settings.xml");
    document_rels_.add_fixed("rFooter", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
                             "footer1.xml");

    pugi::xml_document document;
    auto root = document.append_child("w:document");
    root.append_attribute("xmlns:w") = word_namespace;
    root.append_attribute("xmlns:r") = relationships_namespace;
    auto body = root.append_child("w:body");
    for (const auto& p : doc_.paragraphs) paragraph(body, p);
    section_properties(body);

    pugi::xml_document notes;
    auto notes_root = notes.append_child("w:footnotes");
    notes_root.append_attribute("xmlns:w") = word_namespace;
    notes_root.append_attribute("xmlns:r") = relationships_namespace;
    separator(notes_root, -1, "separator", "w:separator");
    separator(notes_root, 0, "continuationSeparator", "w:continuationSeparator");
    for (std::size_t i = 0; i < doc_.footnotes.size(); ++i) footnote(notes_root, doc_.footnotes[i], i);
    // A part with no link has no relationships file (docx_writer leaves it out).
    return {xml_bytes(document), document_rels_.bytes(), xml_bytes(notes),
            has_links_in_notes_ ? notes_rels_.bytes() : std::string(), lists_};
  }

 private:
  void paragraph(pugi::xml_node body, const resolve::Paragraph& p) {
    auto w = body.append_child("w:p");
    auto ppr = w.append_child("w:pPr");
    std::size_t first_span = 0;
    switch (p.kind) {
      case ParagraphKind::Title: style(ppr, "Title"); break;
      case ParagraphKind::Subtitle: style(ppr, "Subtitle"); break;
      case ParagraphKind::Heading:
      case ParagraphKind::ProfileHeading: {
        style(ppr, fmt::format("Heading{}", std::clamp(p.level, 1, 3)));
        // Word numbers a heading when its number has as many parts as the
        // heading's level ("1.2. " at level 2), as Word's own count would; a
        // numbered section under an unnumbered one keeps its number as text.
        bool numbered = p.kind == ParagraphKind::Heading && !p.spans.empty() && is_section_number(p.spans[0].text) &&
                        std::count(p.spans[0].text.begin(), p.spans[0].text.end(), '.') == std::clamp(p.level, 1, 3);
        if (style_.numbered_headings && numbered) first_span = 1;  // Word writes the number
        else if (style_.numbered_headings) numbering(ppr, 0, 0);   // Word's numbering off
        break;
      }
      case ParagraphKind::Body:  // Normal; a numbered one is Word's list, so Word renumbers
        if (p.number > 0 && !p.spans.empty() && is_section_number(p.spans[0].text)) {
          style(ppr, "NumberedParagraph");
          first_span = 1;
        }
        break;
      case ParagraphKind::Quote: style(ppr, "Quote"); break;
      case ParagraphKind::ListItem: list_item(ppr, p); break;
      case ParagraphKind::RecommendationLead: style(ppr, "RecommendationLead"); break;
      case ParagraphKind::RecommendationItem: style(ppr, "Recommendation"); break;
    }
    if (!ppr.first_child()) w.remove_child(ppr);
    int bookmark = -1;
    if (!p.anchor.empty()) {
      bookmark = next_bookmark_++;
      auto start = w.append_child("w:bookmarkStart");
      start.append_attribute("w:id") = bookmark;
      start.append_attribute("w:name") = bookmark_name(p.anchor).c_str();
    }
    std::vector<resolve::Span> rest(p.spans.begin() + static_cast<std::ptrdiff_t>(std::min(first_span, p.spans.size())),
                                    p.spans.end());
    for (const auto& s : joined_runs(rest, doc_.lang)) span(w, s, document_rels_);
    if (bookmark >= 0) w.append_child("w:bookmarkEnd").append_attribute("w:id") = bookmark;
  }

  void list_item(pugi::xml_node ppr, const resolve::Paragraph& p) {
    int level = std::clamp(p.level, 1, 3);
    if (!is_numbered_label(p.label)) {
      style(ppr, level == 1 ? "ListBullet" : fmt::format("ListBullet{}", level));
      return;
    }
    style(ppr, level == 1 ? "ListNumber" : fmt::format("ListNumber{}", level));
    // A list that starts at 1 is a new list: its own w:num, so Word counts from 1.
    auto& current = list_at_level_[level - 1];
    if (p.label == "1." || current == 0) current = first_list_numbering + lists_++;
    numbering(ppr, current, level - 1);
  }

  static void style(pugi::xml_node ppr, const std::string& id) {
    ppr.append_child("w:pStyle").append_attribute("w:val") = id.c_str();
  }
  static void numbering(pugi::xml_node ppr, int num, int level) {
    auto n = ppr.append_child("w:numPr");
    n.append_child("w:ilvl").append_attribute("w:val") = level;
    n.append_child("w:numId").append_attribute("w:val") = num;
  }

  // One span: a footnote reference, a link (external or to a bookmark) or a run.
  void span(pugi::xml_node parent, const resolve::Span& s, Relationships& rels) {
    if (s.superscript && s.footnote >= 0) {
      auto r = parent.append_child("w:r");
      auto rpr = r.append_child("w:rPr");
      rpr.append_child("w:rStyle").append_attribute("w:val") = "FootnoteReference";
      // A note the PDF prints without a marker (marker="none") still gets
      // Word's: hidden, LibreOffice drops the note itself, and a custom mark
      // would put every later note's number off by one from the PDF's.
      r.append_child("w:footnoteReference").append_attribute("w:id") = s.footnote + 1;
      return;
    }
    if (s.text.empty()) return;
    if (!s.uri.empty()) {
      auto link = parent.append_child("w:hyperlink");
      link.append_attribute("r:id") = rels.link(s.uri).c_str();
      link.append_attribute("w:history") = "1";
      if (&rels == &notes_rels_) has_links_in_notes_ = true;
      run(link, s, "Hyperlink");
    } else if (!s.anchor.empty() && anchors_.count(s.anchor)) {
      auto link = parent.append_child("w:hyperlink");
      link.append_attribute("w:anchor") = bookmark_name(s.anchor).c_str();
      run(link, s, "Hyperlink");
    } else {
      run(parent, s, nullptr);
    }
  }

  void run(pugi::xml_node parent, const resolve::Span& s, const char* character_style) {
    auto r = parent.append_child("w:r");
    auto rpr = r.append_child("w:rPr");  // children in the schema's order (ECMA-376 §17.3.2.28)
    if (character_style) rpr.append_child("w:rStyle").append_attribute("w:val") = character_style;
    if (s.bold) rpr.append_child("w:b");
    if (s.italic) rpr.append_child("w:i");
    if (s.url) rpr.append_child("w:noProof");  // an address is not a word to spell-check
    if (s.superscript) rpr.append_child("w:vertAlign").append_attribute("w:val") = "superscript";
    rpr.append_child("w:lang").append_attribute("w:val") = run_language(s.text, doc_.lang).c_str();
    add_text_element(r, "w:t", s.text).append_attribute("xml:space") = "preserve";
  }

  void separator(pugi::xml_node notes, int id, const char* type, const char* element) {
    auto n = notes.append_child("w:footnote");
    n.append_attribute("w:type") = type;
    n.append_attribute("w:id") = id;
    auto p = n.append_child("w:p");
    auto ppr = p.append_child("w:pPr");
    auto spacing = ppr.append_child("w:spacing");
    spacing.append_attribute("w:after") = "0";
    spacing.append_attribute("w:line") = "240";
    spacing.append_attribute("w:lineRule") = "auto";
    p.append_child("w:r").append_child(element);
  }

  void footnote(pugi::xml_node notes, const resolve::Footnote& f, std::size_t index) {
    auto n = notes.append_child("w:footnote");
    n.append_attribute("w:id") = static_cast<int>(index) + 1;
    auto p = n.append_child("w:p");
    style(p.append_child("w:pPr"), "FootnoteText");
    auto mark = p.append_child("w:r");
    mark.append_child("w:rPr").append_child("w:rStyle").append_attribute("w:val") = "FootnoteReference";
    mark.append_child("w:footnoteRef");
    add_text_element(p.append_child("w:r"), "w:t", " ").append_attribute("xml:space") = "preserve";
    for (const auto& s : joined_runs(f.spans, doc_.lang)) span(p, s, notes_rels_);
  }

  void section_properties(pugi::xml_node body) {
    auto twips = [](double points) { return static_cast<long>(points * 20 + 0.5); };
    auto sect = body.append_child("w:sectPr");
    auto footer = sect.append_child("w:footerReference");
    footer.append_attribute("w:type") = "default";
    footer.append_attribute("r:id") = "rFooter";
    auto size = sect.append_child("w:pgSz");
    size.append_attribute("w:w") = twips(style_.page_width);
    size.append_attribute("w:h") = twips(style_.page_height);
    auto margins = sect.append_child("w:pgMar");
    margins.append_attribute("w:top") = twips(style_.margin_top);
    margins.append_attribute("w:right") = twips(style_.margin_outer);
    margins.append_attribute("w:bottom") = twips(style_.margin_bottom);
    margins.append_attribute("w:left") = twips(style_.margin_inner);
    margins.append_attribute("w:header") = twips(style_.margin_top / 2);
    margins.append_attribute("w:footer") = twips(style_.margin_bottom / 2);
    margins.append_attribute("w:gutter") = 0;
  }

  const resolve::ResolvedDocument& doc_;
  const model::Style& style_;
  std::set<std::string> anchors_;  // the anchors a paragraph carries: links to others would lead nowhere
  Relationships document_rels_, notes_rels_;
  bool has_links_in_notes_ = false;
  int next_bookmark_ = 0;
  int lists_ = 0;
  int list_at_level_[3] = {0, 0, 0};
};

}  // namespace

std::string bookmark_name(const std::string& anchor) {
  std::string name = "_";
  for (char c : anchor) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    name += word ? c : '_';
  }
  if (name.size() <= 40) return name;
  // Too long for Word: a prefix and a hash of the whole, still one name per anchor.
  std::uint32_t hash = 2166136261u;  // FNV-1a
  for (unsigned char c : anchor) hash = (hash ^ c) * 16777619u;
  return fmt::format("{}_{:08x}", name.substr(0, 31), hash);
}

BodyParts body_parts(const resolve::ResolvedDocument& doc, const model::Style& style) {
  return BodyWriter(doc, style).write();
}

}  // namespace briefc::write::docx
