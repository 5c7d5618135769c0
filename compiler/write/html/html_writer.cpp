#include "write/html/html_writer.hpp"

#include "text/percent_encoding.hpp"
#include "write/html/html_stylesheet.hpp"
#include "write/text_language.hpp"
#include "write/text_runs.hpp"
#include "write/xml_output.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

namespace briefc::write::html {

namespace {

using resolve::ParagraphKind;

bool is_numbered_label(const std::string& label) { return !label.empty() && label[0] >= '0' && label[0] <= '9'; }

// HTML's void elements, the only ones that may be written as <x/>.
bool is_void(const char* name) {
  for (const char* v : {"meta", "br", "link", "img", "hr", "wbr"})
    if (std::strcmp(name, v) == 0) return true;
  return false;
}

// An empty <span></span> must not become <span/>: in HTML that opens a
// span that never closes. An empty text child makes pugixml write both tags.
void close_empty_elements(pugi::xml_node node) {
  for (auto child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (!child.first_child() && !is_void(child.name())) child.append_child(pugi::node_pcdata);
    else close_empty_elements(child);
  }
}

void newline(pugi::xml_node parent) { parent.append_child(pugi::node_pcdata).set_value("\n"); }

class PageWriter {
 public:
  PageWriter(const resolve::ResolvedDocument& doc, const model::Style& style, const EditionInfo& info)
      : doc_(doc), style_(style), info_(info), page_lang_(doc.lang.empty() ? "en" : doc.lang) {
    for (const auto& p : doc.paragraphs)
      if (!p.anchor.empty()) anchors_.insert(p.anchor);
  }

  std::string write() {
    pugi::xml_document page;
    page.append_child(pugi::node_doctype).set_value("html");
    auto html = page.append_child("html");
    html.append_attribute("lang") = page_lang_.c_str();
    newline(html);
    head(html.append_child("head"));
    newline(html);
    auto body = html.append_child("body");
    newline(html);
    auto main = body.append_child("main");
    newline(main);
    if (!info_.stamp.empty()) {
      add_text_element(main, "p", info_.stamp).append_attribute("class") = "stamp";
      newline(main);
    }
    auto article = main.append_child("article");
    newline(article);
    for (const auto& p : doc_.paragraphs) paragraph(article, p);
    notes(main);
    close_empty_elements(page);
    return xml_bytes(page, false);
  }

 private:
  void head(pugi::xml_node head) {
    auto meta = [&](const char* name, const std::string& content) {
      if (content.empty()) return;
      auto m = head.append_child("meta");
      m.append_attribute("name") = name;
      m.append_attribute("content") = content.c_str();
    };
    head.append_child("meta").append_attribute("charset") = "utf-8";
    meta("viewport", "width=device-width, initial-scale=1");
    meta("color-scheme", "light dark");
    add_text_element(head, "title", info_.title);
    meta("author", info_.author);
    meta("description", info_.subject);
    meta("keywords", info_.keywords);
    meta("generator", "briefc");
    meta("dcterms.date", w3c_date(info_.timestamp).substr(0, 10));
    head.append_child("style").append_child(pugi::node_pcdata).set_value(fmt::format("\n{}", stylesheet(style_)).c_str());
  }

  // Lists are opened and closed as items come: the resolved document is a
  // flat sequence of paragraphs with a nesting level.
  struct OpenList {
    pugi::xml_node list;
    std::string kind;  // "ul", "ol", "rec"
    pugi::xml_node last_item;
  };

  void close_lists(std::size_t depth = 0) {
    while (lists_.size() > depth) lists_.pop_back();
  }

  pugi::xml_node list_item(pugi::xml_node article, const resolve::Paragraph& p) {
    bool recommendation = p.kind == ParagraphKind::RecommendationItem;
    std::string kind = recommendation ? "rec" : is_numbered_label(p.label) ? "ol" : "ul";
    std::size_t level = recommendation ? 1 : static_cast<std::size_t>(std::clamp(p.level, 1, 6));
    close_lists(level);
    if (lists_.size() == level && (lists_.back().kind != kind || (kind == "ol" && p.label == "1.")))
      close_lists(level - 1);
    while (lists_.size() < level) {
      pugi::xml_node parent = article;
      if (!lists_.empty()) {
        if (!lists_.back().last_item) lists_.back().last_item = lists_.back().list.append_child("li");
        parent = lists_.back().last_item;
      }
      auto list = parent.append_child(kind == "ol" ? "ol" : "ul");
      if (kind == "rec") list.append_attribute("class") = "recommendations";
      if (parent == article) newline(article);
      lists_.push_back({list, kind, {}});
    }
    auto& open = lists_.back();
    newline(open.list);
    auto li = open.list.append_child("li");
    if (kind == "ol") li.append_attribute("value") = std::atoi(p.label.c_str());
    open.last_item = li;
    return li;
  }

  void paragraph(pugi::xml_node article, const resolve::Paragraph& p) {
    pugi::xml_node e;
    switch (p.kind) {
      case ParagraphKind::ListItem:
      case ParagraphKind::RecommendationItem: e = list_item(article, p); break;
      default: close_lists(); break;
    }
    switch (p.kind) {
      case ParagraphKind::Title: e = title_block(article).append_child("h1"); break;
      case ParagraphKind::Subtitle:
        e = title_block(article).append_child("p");
        e.append_attribute("class") = "subtitle";
        break;
      case ParagraphKind::Heading:
      case ParagraphKind::ProfileHeading:
        e = article.append_child(fmt::format("h{}", std::clamp(p.level, 1, 4) + 1).c_str());
        if (p.kind == ParagraphKind::ProfileHeading) e.append_attribute("class") = "profile";
        break;
      case ParagraphKind::Body: e = article.append_child("p"); break;
      case ParagraphKind::Quote: e = article.append_child("blockquote").append_child("p"); break;
      case ParagraphKind::RecommendationLead:
        e = article.append_child("p");
        e.append_attribute("class") = "lead";
        break;
      case ParagraphKind::ListItem:
      case ParagraphKind::RecommendationItem: break;
    }
    if (!p.anchor.empty()) {
      // A list item's anchor goes on the item; a quote's on its paragraph.
      e.append_attribute("id") = p.anchor.c_str();
    } else if (p.kind == ParagraphKind::Heading || p.kind == ParagraphKind::ProfileHeading) {
      // Every heading can be linked to, even one the author gave no id.
      std::string id;
      do id = fmt::format("section-{}", ++unnamed_headings_);
      while (anchors_.count(id));
      e.append_attribute("id") = id.c_str();
    }
    spans(e, p.spans);
    if (p.kind == ParagraphKind::Title || p.kind == ParagraphKind::Subtitle) newline(header_);
    else if (p.kind != ParagraphKind::ListItem && p.kind != ParagraphKind::RecommendationItem) newline(article);
  }

  pugi::xml_node title_block(pugi::xml_node article) {
    if (!header_) {
      header_ = article.append_child("header");
      newline(article);
    }
    return header_;
  }

  void spans(pugi::xml_node parent, const std::vector<resolve::Span>& list) {
    for (const auto& s : joined_runs(list, page_lang_)) span(parent, s);
  }

  void span(pugi::xml_node parent, const resolve::Span& s) {
    if (s.superscript && s.footnote >= 0) {
      int n = s.footnote + 1;
      bool hidden = static_cast<std::size_t>(s.footnote) < doc_.footnotes.size() &&
                    doc_.footnotes[static_cast<std::size_t>(s.footnote)].marker_hidden;
      if (hidden) {  // no marker printed; the note's back-link still needs a place to return to
        parent.append_child("span").append_attribute("id") = fmt::format("fnref-{}", n).c_str();
        return;
      }
      auto sup = parent.append_child("sup");
      sup.append_attribute("class") = "fn";
      sup.append_attribute("id") = fmt::format("fnref-{}", n).c_str();
      auto a = sup.append_child("a");
      a.append_attribute("href") = fmt::format("#fn-{}", n).c_str();
      a.append_attribute("role") = "doc-noteref";
      a.append_child(pugi::node_pcdata).set_value(s.text.c_str());
      return;
    }
    if (s.text.empty()) return;
    pugi::xml_node at = parent;
    if (!s.uri.empty()) {
      at = at.append_child("a");
      at.append_attribute("href") = text::encode_uri(s.uri).c_str();
    } else if (!s.anchor.empty() && anchors_.count(s.anchor)) {
      at = at.append_child("a");
      at.append_attribute("href") = fmt::format("#{}", s.anchor).c_str();
    }
    if (s.url) at.append_attribute("class") = "url";
    if (s.bold) at = at.append_child("b");
    if (s.italic) at = at.append_child("i");
    if (s.superscript) at = at.append_child("sup");
    std::string lang = run_language(s.text, page_lang_);
    if (lang != regional_tag(page_lang_) && !s.url) {
      if (at == parent) at = at.append_child("span");
      at.append_attribute("lang") = lang.substr(0, 2).c_str();
    }
    at.append_child(pugi::node_pcdata).set_value(s.text.c_str());
  }

  void notes(pugi::xml_node main) {
    if (doc_.footnotes.empty()) return;
    newline(main);
    auto section = main.append_child("section");
    section.append_attribute("class") = "notes";
    section.append_attribute("role") = "doc-endnotes";
    section.append_attribute("aria-labelledby") = "notes";
    newline(section);
    auto h = add_text_element(section, "h2", doc_.notes_heading);
    h.append_attribute("id") = "notes";
    newline(section);
    auto ol = section.append_child("ol");
    for (std::size_t i = 0; i < doc_.footnotes.size(); ++i) {
      const auto& f = doc_.footnotes[i];
      int n = static_cast<int>(i) + 1;
      newline(ol);
      auto li = ol.append_child("li");
      li.append_attribute("id") = fmt::format("fn-{}", n).c_str();
      li.append_attribute("value") = f.number;
      spans(li, f.spans);
      li.append_child(pugi::node_pcdata).set_value(" ");
      auto back = li.append_child("a");
      back.append_attribute("href") = fmt::format("#fnref-{}", n).c_str();
      back.append_attribute("class") = "back";
      back.append_attribute("role") = "doc-backlink";
      back.append_attribute("aria-label") = fmt::format("↑ {}", f.number).c_str();
      back.append_child(pugi::node_pcdata).set_value("↩\xEF\xB8\x8E");  // U+FE0E: the arrow as text, not an emoji
    }
    newline(ol);
    newline(section);
    newline(main);
  }

  const resolve::ResolvedDocument& doc_;
  const model::Style& style_;
  const EditionInfo& info_;
  std::string page_lang_;
  std::set<std::string> anchors_;
  std::vector<OpenList> lists_;
  int unnamed_headings_ = 0;
  pugi::xml_node header_;
};

}  // namespace

std::string html_edition(const resolve::ResolvedDocument& doc, const model::Style& style, const EditionInfo& info) {
  return PageWriter(doc, style, info).write();
}

}  // namespace briefc::write::html
