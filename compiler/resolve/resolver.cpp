#include "resolve/resolver.hpp"

#include "text/case_map.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace briefc::resolve {

using model::InlineKind;

std::string language_name(const std::string& tag, const std::string& document_lang) {
  std::string lang = tag.substr(0, tag.find('-'));
  bool russian = document_lang.rfind("ru", 0) == 0;
  static const std::map<std::string, std::pair<const char*, const char*>> names = {
      {"en", {"English", "английском языке"}}, {"ru", {"Russian", "русском языке"}},
      {"kk", {"Kazakh", "казахском языке"}},   {"uz", {"Uzbek", "узбекском языке"}},
      {"ky", {"Kyrgyz", "кыргызском языке"}},  {"tg", {"Tajik", "таджикском языке"}},
      {"fr", {"French", "французском языке"}}, {"de", {"German", "немецком языке"}},
      {"uk", {"Ukrainian", "украинском языке"}}};
  auto it = names.find(lang);
  if (it == names.end()) return tag;
  return russian ? it->second.second : it->second.first;
}

namespace {

// The look inherited by nested inline elements.
struct SpanStyle {
  bool bold = false;
  bool italic = false;
  bool no_hyphen = false;
  std::string uri;
  std::string anchor;
};

class Resolver {
public:
  Resolver(const model::Document& doc, const model::Corpus& corpus, const model::Style& style,
           const text::LocaleContext& locales, diag::Diagnostics& diags)
      : doc_(doc), corpus_(corpus), style_(style), locales_(locales), diags_(diags) {}

  ResolvedDocument run() {
    out_.id = doc_.id;
    out_.lang = doc_.lang;
    out_.title = doc_.title;
    out_.keywords = doc_.keywords;
    out_.date = doc_.date;
    std::vector<std::string> authors;
    for (const auto& a : doc_.authors)
      if (const auto* org = corpus_.organisation(a.ref)) authors.push_back(org->names.front().text);
    for (std::size_t i = 0; i < authors.size(); ++i) out_.author += (i ? ", " : "") + authors[i];
    out_.subject = doc_.subtitle.empty() ? doc_.title : doc_.subtitle;
    number_sections(doc_.body, "");

    Paragraph title{ParagraphKind::Title, 1, {}, {}, {}, {}, doc_.location};
    title.spans.push_back(Span{doc_.title, true, false, false, -1, {}, {}, false, false, doc_.location});
    out_.paragraphs.push_back(std::move(title));
    if (!doc_.subtitle.empty()) {
      Paragraph sub{ParagraphKind::Subtitle, 1, {}, {}, {}, {}, doc_.location};
      sub.spans.push_back(Span{doc_.subtitle, false, false, false, -1, {}, {}, false, false, doc_.location});
      out_.paragraphs.push_back(std::move(sub));
    }
    blocks(doc_.body, 0);
    return std::move(out_);
  }

private:
  // Section numbers ("1", "1.2") for cross-references and headings.
  void number_sections(const std::vector<model::Block>& list, const std::string& prefix) {
    int n = 0;
    for (const auto& b : list) {
      if (b.kind != model::BlockKind::Section) continue;
      if (!b.numbered) {
        number_sections(b.children, prefix);
        continue;
      }
      std::string number = prefix.empty() ? std::to_string(++n) : prefix + "." + std::to_string(++n);
      section_numbers_[b.id] = number;
      number_sections(b.children, number);
    }
  }

  void blocks(const std::vector<model::Block>& list, int depth) {
    for (const auto& b : list) block(b, depth);
  }

  void block(const model::Block& b, int depth) {
    using B = model::BlockKind;
    switch (b.kind) {
      case B::Paragraph: paragraph(ParagraphKind::Body, 1, b.content, b.location); break;
      case B::Quote: paragraph(ParagraphKind::Quote, 1, b.content, b.location); break;
      case B::List: list(b, 1); break;
      case B::Section: section(b, depth + 1); break;
      case B::Recommendations: recommendations(b, depth + 1); break;
      case B::CaseInclusion:
        if (const auto* c = corpus_.find_case(b.ref)) include_case(*c, b, depth + 1);
        break;
      case B::CaseQuery: case_query(b, depth + 1); break;
    }
  }


  std::string cased(const std::string& s, int level) {
    int i = std::clamp(level, 1, 3) - 1;
    if (style_.level_case[i] == model::TextCase::Upper) return text::to_upper(locales_, s, doc_.lang);
    return s;
  }

  void section(const model::Block& b, int level) {
    Paragraph p{ParagraphKind::Heading, level, {}, {}, b.id, {}, b.location};
    SpanStyle st;
    st.no_hyphen = true;
    inline_content(b.heading, st, p.spans, false);
    trim(p.spans);
    for (auto& s : p.spans) s.text = cased(s.text, level);
    // The number is part of the heading's text, so it wraps with it.
    if (style_.numbered_headings && b.numbered && section_numbers_.count(b.id))
      p.spans.insert(p.spans.begin(), make_span(section_numbers_[b.id] + ". ", st, b.location));
    p.outline_title = plain(p.spans);
    out_.paragraphs.push_back(std::move(p));
    blocks(b.children, level);
  }

  void list(const model::Block& b, int level) {
    int n = 0;
    for (const auto& item : b.items) {
      Paragraph p{ParagraphKind::ListItem, level, {}, {}, {}, {}, item.location};
      p.label = b.numbered ? std::to_string(++n) + "." : (level == 1 ? "•" : "–");
      inline_content(item.content, {}, p.spans, false);
      trim(p.spans);
      out_.paragraphs.push_back(std::move(p));
      for (const auto& sub : item.sublists) list(sub, level + 1);
    }
  }

  void recommendations(const model::Block& b, int level) {
    if (!b.heading_text.empty()) {
      Paragraph h{ParagraphKind::Heading, level, {}, {}, {}, {}, b.location};
      h.spans.push_back(Span{cased(b.heading_text, level), false, false, false, -1, {}, {}, false, true, b.location});
      h.outline_title = b.heading_text;
      out_.paragraphs.push_back(std::move(h));
    }
    if (!b.lead.empty()) {
      Paragraph lead{ParagraphKind::RecommendationLead, 1, {}, {}, {}, {}, b.location};
      lead.spans.push_back(Span{b.lead, false, false, false, -1, {}, {}, false, false, b.location});
      out_.paragraphs.push_back(std::move(lead));
    }
    for (std::size_t i = 0; i < b.recommendations.size(); ++i) {
      const auto& use = b.recommendations[i];
      const auto* tmpl = corpus_.recommendation(use.ref);
      if (!tmpl) continue;  // reported by the reference check
      std::vector<std::pair<std::string, std::string>> values;
      for (const auto& arg : use.args) {
        std::string value = arg.text;
        if (!arg.ref.empty()) {
          if (const auto* person = corpus_.person(arg.ref)) value = person_name(*person);
          else if (const auto* org = corpus_.organisation(arg.ref)) value = org->names.front().text;
        } else if (value.empty() || value == " ") {
          diags_.error(arg.location, fmt::format("argument '{}' has no value", arg.name),
                       "write the value as the element's text, or ref=\"person-id\"");
        }
        values.emplace_back(arg.name, trimmed(value));
      }
      auto content = fill_template(*tmpl, tmpl->text_for(doc_.audience), values, use.location, diags_);
      Paragraph p{ParagraphKind::RecommendationItem, 1, {}, {}, {}, {}, use.location};
      p.label = "•";
      SpanStyle st;
      st.italic = style_.recommendations_italic;
      inline_content(content, st, p.spans, false);
      trim(p.spans);
      // The style's list punctuation: ";" between items, "." after the last.
      const std::string& end = i + 1 == b.recommendations.size() ? style_.last_end : style_.item_end;
      std::string plain_text = plain(p.spans);
      if (!plain_text.empty() && !end.empty() && plain_text.back() != end.back())
        p.spans.push_back(make_span(end, st, use.location));
      out_.paragraphs.push_back(std::move(p));
    }
  }

  std::string person_name(const model::Person& p) const {
    if (doc_.lang.rfind("ru", 0) == 0 || doc_.lang.rfind("kk", 0) == 0)
      if (const auto* cyr = p.in_script(model::Script::Cyrillic)) return cyr->full();
    return p.latin().full();
  }

  const model::Narrative* choose_narrative(const model::Case& c, const std::string& id, diag::SourceLocation where) {
    if (c.narratives.empty()) {
      auto& d = diags_.error(where, fmt::format("case '{}' has no <narrative> to print", c.id));
      d.notes.push_back({c.location, "the case is defined here"});
      return nullptr;
    }
    if (id.empty()) return &c.narratives.front();
    for (const auto& n : c.narratives)
      if (n.id == id) return &n;
    auto& d = diags_.error(where, fmt::format("case '{}' has no narrative '{}'", c.id, id));
    d.notes.push_back({c.location, "the case is defined here"});
    return nullptr;
  }

  void include_case(const model::Case& c, const model::Block& b, int level) {
    const auto* narrative = choose_narrative(c, b.narrative, b.location);
    if (!narrative) return;
    if (b.form == "profile") {
      Paragraph h{ParagraphKind::ProfileHeading, level, {}, {}, c.id, {}, b.location};
      std::string name;
      if (!c.subjects.empty()) {
        if (const auto* p = corpus_.person(c.subjects.front())) name = person_name(*p);
        else if (const auto* o = corpus_.organisation(c.subjects.front())) name = o->names.front().text;
      }
      h.spans.push_back(Span{name, true, false, false, -1, {}, {}, false, true, b.location});
      h.outline_title = name;
      out_.paragraphs.push_back(std::move(h));
      paragraph(ParagraphKind::Body, 1, narrative->content, narrative->location);
    } else if (b.form == "item") {
      Paragraph p{ParagraphKind::ListItem, 1, {}, "•", c.id, {}, narrative->location};
      inline_content(narrative->content, {}, p.spans, false);
      trim(p.spans);
      out_.paragraphs.push_back(std::move(p));
    } else {
      paragraph(ParagraphKind::Body, 1, narrative->content, narrative->location);
      out_.paragraphs.back().anchor = c.id;
    }
  }

  std::string status_at(const model::Case& c, int day_key) const {
    std::string status;
    for (const auto& s : c.statuses)
      if (s.since.first_day_key() <= day_key) status = s.value;
    return status;
  }

  void case_query(const model::Block& b, int level) {
    int end_key = doc_.period ? doc_.period->to.last_day_key() : 99991231;
    int start_key = doc_.period ? doc_.period->from.first_day_key() : 0;
    std::vector<const model::Case*> chosen;
    for (const auto& c : corpus_.cases) {
      if (!b.themes.empty() &&
          std::none_of(b.themes.begin(), b.themes.end(), [&](const std::string& t) {
            return std::find(c.themes.begin(), c.themes.end(), t) != c.themes.end();
          }))
        continue;
      if (!b.status.empty() && status_at(c, end_key) != b.status) continue;
      if (b.in_period && std::none_of(c.events.begin(), c.events.end(), [&](const model::CaseEvent& e) {
            return e.date.last_day_key() >= start_key && e.date.first_day_key() <= end_key;
          }))
        continue;
      chosen.push_back(&c);
    }
    auto sort_key = [&](const model::Case* c) {
      if (b.sort == "date") return c->events.empty() ? std::string("9999") : c->events.front().date.iso();
      const auto* p = c->subjects.empty() ? nullptr : corpus_.person(c->subjects.front());
      return p ? p->latin().family + " " + p->latin().given : c->id;
    };
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&](const model::Case* a, const model::Case* z) { return sort_key(a) < sort_key(z); });
    if (chosen.empty())
      diags_.warning(b.location, "this case query selects no case", "check its themes, status and the period");
    for (const auto* c : chosen) include_case(*c, b, level);
  }

  void paragraph(ParagraphKind kind, int level, const model::InlineContent& content, diag::SourceLocation where) {
    Paragraph p{kind, level, {}, {}, {}, {}, where};
    inline_content(content, {}, p.spans, false);
    trim(p.spans);
    if (p.spans.empty()) {
      diags_.warning(where, "empty paragraph");
      return;
    }
    out_.paragraphs.push_back(std::move(p));
  }

  Span make_span(std::string text, const SpanStyle& st, diag::SourceLocation where) const {
    Span s;
    s.text = std::move(text);
    s.bold = st.bold;
    s.italic = st.italic;
    s.no_hyphen = st.no_hyphen;
    s.uri = st.uri;
    s.anchor = st.anchor;
    s.location = where;
    return s;
  }

  // The printed form of one cited source, inside a note or by a pattern.
  void source_spans(const model::Source& src, const SpanStyle& st, std::vector<Span>& out, diag::SourceLocation where) {
    if (!src.url.empty()) {
      Span s = make_span(src.url, st, where);
      s.uri = src.url;
      s.url = true;
      s.no_hyphen = true;
      out.push_back(std::move(s));
    } else {
      out.push_back(make_span(src.title, st, where));
    }
  }

  // Expands the style's citation pattern for one source into spans.
  void pattern_spans(const model::Source& src, std::vector<Span>& out, diag::SourceLocation where) {
    bool same = src.lang.substr(0, 2) == doc_.lang.substr(0, 2);
    const std::string& pattern =
        same && !style_.same_language_pattern.empty() ? style_.same_language_pattern : style_.citation_pattern;
    std::string literal;
    auto flush = [&] {
      if (!literal.empty()) out.push_back(make_span(literal, {}, where));
      literal.clear();
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '{') {
        auto close = pattern.find('}', i);
        std::string key = pattern.substr(i + 1, close - i - 1);
        i = close;
        if (key == "url") {
          flush();
          source_spans(src, {}, out, where);
        } else if (key == "language") literal += language_name(src.lang, doc_.lang);
        else if (key == "title") literal += src.title;
        else if (key == "publisher") literal += src.publisher;
        continue;
      }
      literal += pattern[i];
    }
    flush();
  }

  int new_footnote(diag::SourceLocation where, bool marker_hidden) {
    Footnote f;
    f.number = static_cast<int>(out_.footnotes.size()) + 1;
    f.location = where;
    f.marker_hidden = marker_hidden;
    out_.footnotes.push_back(std::move(f));
    return static_cast<int>(out_.footnotes.size()) - 1;
  }

  // A hidden marker is an empty span: nothing is printed, but layout still
  // knows which line the note belongs to.
  void marker(int footnote, std::vector<Span>& out, diag::SourceLocation where) {
    Span s;
    if (!out_.footnotes[footnote].marker_hidden) s.text = std::to_string(out_.footnotes[footnote].number);
    s.superscript = true;
    s.footnote = footnote;
    s.location = where;
    out.push_back(std::move(s));
  }

  void inline_content(const model::InlineContent& content, const SpanStyle& st, std::vector<Span>& out, bool in_note) {
    for (const auto& n : content) {
      SpanStyle inner = st;
      switch (n.kind) {
        case InlineKind::Text: out.push_back(make_span(n.text, st, n.location)); break;
        case InlineKind::Bold:
          inner.bold = true;
          inline_content(n.children, inner, out, in_note);
          break;
        case InlineKind::Italic:
          inner.italic = true;
          inline_content(n.children, inner, out, in_note);
          break;
        case InlineKind::Link: {
          inner.uri = n.target;
          std::size_t first = out.size();
          inline_content(n.children, inner, out, in_note);
          if (out.size() == first) {  // <a href="…"/> with no text prints the address
            Span s = make_span(n.target, inner, n.location);
            s.url = true;
            out.push_back(std::move(s));
          }
          break;
        }
        case InlineKind::Person:
          inner.no_hyphen = true;
          inline_content(n.children, inner, out, in_note);
          break;
        case InlineKind::Org:
        case InlineKind::Law: inline_content(n.children, inner, out, in_note); break;
        case InlineKind::Quote: {
          bool ru = doc_.lang.rfind("ru", 0) == 0 || doc_.lang.rfind("kk", 0) == 0;
          out.push_back(make_span(ru ? "«" : "“", st, n.location));
          inline_content(n.children, inner, out, in_note);
          out.push_back(make_span(ru ? "»" : "”", st, n.location));
          break;
        }
        case InlineKind::CrossRef: cross_reference(n, inner, out, in_note); break;
        case InlineKind::Cite: cite(n, st, out, in_note); break;
        case InlineKind::Note: {
          int f = new_footnote(n.location, n.marker_hidden);
          std::vector<Span> note_spans;
          inline_content(n.children, {}, note_spans, true);
          trim(note_spans);
          out_.footnotes[f].spans = std::move(note_spans);
          marker(f, out, n.location);
          break;
        }
      }
    }
  }

  void cross_reference(const model::Inline& n, SpanStyle st, std::vector<Span>& out, bool in_note) {
    st.anchor = n.target;
    if (!n.children.empty()) {
      inline_content(n.children, st, out, in_note);
      return;
    }
    auto it = section_numbers_.find(n.target);
    if (it != section_numbers_.end()) {
      out.push_back(make_span(it->second, st, n.location));
      return;
    }
    diags_.error(n.location, fmt::format("'{}' has no number to print", n.target),
                 "an empty <ref/> prints a numbered section's number; write the link text inside <ref>…</ref>");
  }

  void cite(const model::Inline& n, const SpanStyle& st, std::vector<Span>& out, bool in_note) {
    std::vector<const model::Source*> sources;
    for (const auto& id : n.ids)
      if (const auto* s = corpus_.source(id)) sources.push_back(s);
    if (sources.empty()) return;  // the unknown id is reported by the reference check
    if (in_note) {
      for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i) out.push_back(make_span(", ", st, n.location));
        source_spans(*sources[i], st, out, n.location);
      }
      return;
    }
    int f = new_footnote(n.location, false);
    std::vector<Span> note_spans;
    for (std::size_t i = 0; i < sources.size(); ++i) {
      if (i) note_spans.push_back(make_span(", ", {}, n.location));
      if (i == 0) pattern_spans(*sources[i], note_spans, n.location);
      else source_spans(*sources[i], {}, note_spans, n.location);
    }
    out_.footnotes[f].spans = std::move(note_spans);
    marker(f, out, n.location);
  }

  static std::string trimmed(std::string s) {
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
  }

  // Drops the spaces the XML indentation leaves at both ends of a paragraph.
  static void trim(std::vector<Span>& spans) {
    while (!spans.empty() && !spans.front().superscript) {
      auto& t = spans.front().text;
      t.erase(0, t.find_first_not_of(' '));
      if (!t.empty()) break;
      spans.erase(spans.begin());
    }
    while (!spans.empty() && !spans.back().superscript) {
      auto& t = spans.back().text;
      auto last = t.find_last_not_of(' ');
      t.erase(last == std::string::npos ? 0 : last + 1);
      if (!t.empty()) break;
      spans.pop_back();
    }
  }

  static std::string plain(const std::vector<Span>& spans) {
    std::string out;
    for (const auto& s : spans)
      if (!s.superscript) out += s.text;
    return out;
  }

  const model::Document& doc_;
  const model::Corpus& corpus_;
  const model::Style& style_;
  const text::LocaleContext& locales_;
  diag::Diagnostics& diags_;
  std::map<std::string, std::string> section_numbers_;
  ResolvedDocument out_;
};

}  // namespace

ResolvedDocument resolve_document(const model::Document& document, const model::Corpus& corpus,
                                  const model::Style& style, const text::LocaleContext& locales,
                                  diag::Diagnostics& diags) {
  return Resolver(document, corpus, style, locales, diags).run();
}

}  // namespace briefc::resolve
