#include "resolve/resolver.hpp"

#include "resolve/case_selection.hpp"
#include "resolve/generated_lists.hpp"
#include "resolve/names.hpp"
#include "resolve/title_block.hpp"
#include "resolve/wording.hpp"
#include "text/case_map.hpp"
#include "text/placeholders.hpp"
#include "text/quotes.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace briefc::resolve {

using model::InlineKind;

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
           const text::LocaleContext& locales, diag::Diagnostics& diags, Readership readership,
           const EditionHistory& history, const DocumentWording& wording)
      : doc_(doc), corpus_(corpus), style_(style), locales_(locales), diags_(diags),
        policy_(corpus, readership, diags), history_(history), wording_(wording) {}

  ResolvedDocument run() {
    out_.id = doc_.id;
    out_.lang = doc_.lang;
    out_.title = doc_.title;
    out_.keywords = doc_.keywords;
    out_.date = doc_.date;
    if (!policy_.may_build(doc_)) return std::move(out_);
    current_ = edition_contents(doc_, corpus_, locales_, &policy_);
    check_recommendation_ids(doc_, diags_);
    std::vector<std::string> authors;
    for (const auto& a : doc_.authors)
      if (auto name = display_name(a.ref, a.location); !name.empty()) authors.push_back(name);
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
    const Phrasing phrasing{locales_, corpus_, doc_.lang, style_.ordinal_days};
    for (auto& line : title_block_lines(doc_, style_, authors, wording_, phrasing))
      out_.paragraphs.push_back(std::move(line));
    blocks(doc_.body, 0);
    if (style_.numbered_paragraphs) number_paragraphs();
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
        if (const auto* c = corpus_.find_case(b.ref); c && policy_.may_include(*c, b.location))
          include_case(*c, b, depth + 1);
        break;
      case B::CaseQuery: case_query(b, depth + 1); break;
      case B::Developments: append(developments(generation(), b, depth + 1)); break;
      case B::RecommendationHistory: append(recommendation_history(generation(), b, depth + 1)); break;
    }
  }

  Generation generation() const { return {doc_, corpus_, style_, locales_, policy_, wording_, current_, history_}; }

  void append(std::vector<Paragraph> paragraphs) {
    for (auto& p : paragraphs) out_.paragraphs.push_back(std::move(p));
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
    // Without heading="…" or lead="…", the standard wording of the document's language.
    const std::string heading = b.standard_heading ? wording_.message(text::msg::recommendations, b.location)
                                                   : b.heading_text;
    const std::string lead = b.standard_lead ? wording_.message(text::msg::authorities_should, b.location) : b.lead;
    if (!heading.empty()) {
      Paragraph h{ParagraphKind::Heading, level, {}, {}, {}, {}, b.location};
      h.spans.push_back(Span{cased(heading, level), false, false, false, -1, {}, {}, false, true, b.location});
      h.outline_title = heading;
      out_.paragraphs.push_back(std::move(h));
    }
    if (!lead.empty()) {
      Paragraph p{ParagraphKind::RecommendationLead, 1, {}, {}, {}, {}, b.location};
      p.spans.push_back(Span{lead, false, false, false, -1, {}, {}, false, false, b.location});
      out_.paragraphs.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < b.recommendations.size(); ++i) {
      const auto& use = b.recommendations[i];
      const auto* tmpl = corpus_.recommendation(use.ref);
      if (!tmpl) continue;  // reported by the reference check
      std::vector<std::pair<std::string, std::string>> values;
      for (const auto& arg : use.args) {
        std::string value = arg.text;
        if (!arg.ref.empty()) {
          std::vector<std::string> names;  // "Alma Orazova and Bolat Sadykov"
          for (const auto& id : arg.ids())
            if (auto name = display_name(id, arg.location); !name.empty()) names.push_back(name);
          value = join_list(locales_, names, doc_.lang);
        } else if (value.empty() || value == " ") {
          diags_.error(arg.location, fmt::format("argument '{}' has no value", arg.name),
                       "write the value as the element's text, or ref=\"person-id\"");
        }
        values.emplace_back(arg.name, trimmed(value));
      }
      auto content = fill_template(*tmpl, tmpl->text_for(doc_.audience, doc_.lang), values, use.location, diags_);
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

  // A person's or organisation's name as this build prints it: "" when it is
  // withheld (the policy has reported why).
  std::string display_name(const std::string& id, diag::SourceLocation where) const {
    auto shown = policy_.name(id, where);
    if (shown.kind != Printed::Kind::AsWritten) return shown.wording;
    if (const auto* p = corpus_.person(id)) return person_name(*p);
    if (const auto* o = corpus_.organisation(id)) return organisation_name(*o);
    if (const auto* g = corpus_.group(id)) return g->description(doc_.lang);
    return {};
  }

  // An organisation's name in the document's script, like person_name.
  std::string organisation_name(const model::Organisation& o) const {
    if (doc_.lang.rfind("ru", 0) == 0 || doc_.lang.rfind("kk", 0) == 0)
      for (const auto& n : o.names)
        if (n.script == model::Script::Cyrillic) return n.text;
    return o.names.front().text;
  }

  const model::Narrative* choose_narrative(const model::Case& c, const std::string& id, diag::SourceLocation where) {
    if (c.narratives.empty()) {
      auto& d = diags_.error(where, fmt::format("case '{}' has no <narrative> to print", c.id));
      d.notes.push_back({c.location, "the case is defined here"});
      return nullptr;
    }
    if (id.empty()) {
      bool none_in_language = false;
      if (const auto* n = policy_.default_narrative(c, doc_.lang, where, none_in_language)) return n;
      if (!none_in_language) return nullptr;  // the policy has said why
    }
    // The narrative written in the document's language, else one without lang="…".
    const auto* in_language = model::narrative_for(c, id, doc_.lang);
    if (in_language) return policy_.may_print(c, *in_language, where) ? in_language : nullptr;
    const auto other = std::find_if(c.narratives.begin(), c.narratives.end(),
                                    [&](const model::Narrative& n) { return id.empty() || n.id == id; });
    if (other != c.narratives.end()) {
      auto& d = diags_.error(where, fmt::format("case '{}' has no narrative{} in the document's language '{}'", c.id,
                                                id.empty() ? "" : " '" + id + "'", doc_.lang),
                             fmt::format("add <narrative{} lang=\"{}\"> to the case, or one without lang", 
                                         id.empty() ? "" : " id=\"" + id + "\"", doc_.lang));
      d.notes.push_back({other->location, fmt::format("this narrative is in '{}'", other->lang)});
      return nullptr;
    }
    auto& d = diags_.error(where, fmt::format("case '{}' has no narrative '{}'", c.id, id));
    d.notes.push_back({c.location, "the case is defined here"});
    return nullptr;
  }

  // With summary="true" a case may lack the narrative: its summary stands alone.
  void include_case(const model::Case& c, const model::Block& b, int level) {
    bool narrative_optional = b.summary && std::none_of(c.narratives.begin(), c.narratives.end(), [&](const auto& n) {
                                return b.narrative.empty() || n.id == b.narrative;
                              });
    const auto* narrative = narrative_optional ? nullptr : choose_narrative(c, b.narrative, b.location);
    if (!narrative && !narrative_optional) return;
    if (b.form == "profile") {
      Paragraph h{ParagraphKind::ProfileHeading, level, {}, {}, c.id, {}, b.location};
      std::vector<std::string> names;
      for (const auto& subject : c.subjects)
        if (auto name = display_name(subject, b.location); !name.empty()) names.push_back(name);
      // A heading begins with a capital, as a group's description may not ("a graphic designer…").
      std::string name = capitalised(locales_, join_list(locales_, names, doc_.lang), doc_.lang);
      h.spans.push_back(Span{name, true, false, false, -1, {}, {}, false, true, b.location});
      h.outline_title = name;
      out_.paragraphs.push_back(std::move(h));
      if (narrative) paragraph(ParagraphKind::Body, 1, narrative->content, narrative->location);
    } else if (!narrative) {
      // the summary below is all there is to print
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

  void case_query(const model::Block& b, int level) {
    auto chosen = select_cases(b, corpus_, doc_.period, locales_, doc_.lang, &policy_);
    if (chosen.empty())
      diags_.warning(b.location, "this case query selects no case", "check its themes, status and the period");
    if (b.form == "names") {
      if (!chosen.empty()) out_.paragraphs.push_back(names_paragraph(generation(), b, chosen));
      return;
    }
    for (const auto* c : chosen) {
      include_case(*c, b, level);
      if (b.summary)
        if (auto summary = case_summary(generation(), *c, b.location, b.form != "profile"))
          out_.paragraphs.push_back(std::move(*summary));
    }
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

  // "1. ", "2. " before every body paragraph, in print order: the number is
  // part of the text (it wraps with it, and every edition prints it), and
  // `number` says so to the editions that number paragraphs themselves.
  void number_paragraphs() {
    int n = 0;
    for (auto& p : out_.paragraphs) {
      if (p.kind != ParagraphKind::Body) continue;
      p.number = ++n;
      SpanStyle st;
      st.no_hyphen = true;
      p.spans.insert(p.spans.begin(), make_span(std::to_string(n) + ". ", st, p.location));
    }
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
    if (const auto* wording = policy_.citation_wording(src)) {
      out.push_back(make_span(*wording, st, where));
    } else if (!src.url.empty()) {
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
    if (const auto* wording = policy_.citation_wording(src)) {  // "Source: monitoring by KIBHR"
      out.push_back(make_span(*wording, {}, where));
      return;
    }
    const std::string& pattern = wording_.citation_pattern(src.lang);
    std::string literal;
    auto flush = [&] {
      if (!literal.empty()) out.push_back(make_span(literal, {}, where));
      literal.clear();
    };
    // The style reader has refused malformed patterns; what is left is well formed.
    for (const auto& piece : text::parse_pattern(pattern).pieces) {
      if (!piece.placeholder) literal += piece.text;
      else if (piece.text == "url") {
        flush();
        source_spans(src, {}, out, where);
      } else if (piece.text == "language") literal += wording_.language_name(src.lang);
      else if (piece.text == "title") literal += src.title;
      else if (piece.text == "publisher") literal += src.publisher;
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
    // Two markers side by side would read as one number ("67"): a raised
    // comma between them, as Chicago (14.26) has it ("6,7"). It is no marker
    // itself (footnote -1), so it links nowhere and no line breaks before it.
    if (!s.text.empty() && !out.empty() && out.back().superscript && out.back().footnote >= 0 &&
        !out.back().text.empty()) {
      Span comma;
      comma.text = ",";
      comma.superscript = true;
      comma.location = where;
      out.push_back(std::move(comma));
    }
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
        case InlineKind::Org:
          if (n.kind == InlineKind::Person) inner.no_hyphen = true;
          if (auto shown = policy_.name(n.target, n.location); shown.kind != Printed::Kind::AsWritten) {
            if (!shown.wording.empty()) out.push_back(make_span(shown.wording, inner, n.location));
            break;
          }
          inline_content(n.children, inner, out, in_note);
          break;
        case InlineKind::Confidential:
          if (auto shown = policy_.field(n); shown.kind != Printed::Kind::AsWritten) {
            if (!shown.wording.empty()) out.push_back(make_span(shown.wording, inner, n.location));
            break;
          }
          inline_content(n.children, inner, out, in_note);
          break;
        case InlineKind::Law:
        case InlineKind::LeakOk: inline_content(n.children, inner, out, in_note); break;
        case InlineKind::Quote:
          // Stand-ins, replaced by the language's marks with the author's own
          // quotes once the document is complete (finish_wording), so nesting
          // counts both.
          out.push_back(make_span(std::string(1, text::q_open_placeholder), st, n.location));
          inline_content(n.children, inner, out, in_note);
          out.push_back(make_span(std::string(1, text::q_close_placeholder), st, n.location));
          break;
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
    if (!policy_.may_link_to(n.target, n.location)) return;
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
      if (const auto* s = corpus_.source(id); s && policy_.citation(*s, n.location).kind != Printed::Kind::Nothing)
        sources.push_back(s);
    if (sources.empty()) return;  // the unknown id is reported by the reference check
    if (in_note) {
      for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i) out.push_back(make_span(", ", st, n.location));
        source_spans(*sources[i], st, out, n.location);
      }
      return;
    }
    // The same sources as the footnote right before it: "Ibid.", if the style says so.
    std::vector<std::string> cited;
    for (const auto* s : sources) cited.push_back(s->id);
    const bool ibid = !wording_.ibid().empty() && cited == previous_citation_ &&
                      previous_citation_footnote_ + 1 == static_cast<int>(out_.footnotes.size());
    int f = new_footnote(n.location, false);
    std::vector<Span> note_spans;
    if (ibid) note_spans.push_back(make_span(wording_.ibid(), {}, n.location));
    for (std::size_t i = 0; i < sources.size() && !ibid; ++i) {
      if (i) note_spans.push_back(make_span(", ", {}, n.location));
      if (i == 0) pattern_spans(*sources[i], note_spans, n.location);
      else source_spans(*sources[i], {}, note_spans, n.location);
    }
    out_.footnotes[f].spans = std::move(note_spans);
    previous_citation_ = std::move(cited);
    previous_citation_footnote_ = f;
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
  ConfidentialityPolicy policy_;
  const EditionHistory& history_;
  const DocumentWording& wording_;  // the words that are not the author's, in the document's language
  std::vector<std::string> previous_citation_;  // the sources of the last citation footnote, for "Ibid."
  int previous_citation_footnote_ = -2;         // and its index
  EditionContents current_;  // this document, summed up as a later edition will see it
  std::map<std::string, std::string> section_numbers_;
  ResolvedDocument out_;
};

}  // namespace

ResolvedDocument resolve_document(const model::Document& document, const model::Corpus& corpus,
                                  const model::Style& style, const text::LocaleContext& locales,
                                  diag::Diagnostics& diags, Readership readership,
                                  const EditionHistory& history) {
  const DocumentWording wording(document, style, locales, diags);
  ResolvedDocument resolved = Resolver(document, corpus, style, locales, diags, readership, history, wording).run();
  finish_wording(resolved, wording);
  return resolved;
}

}  // namespace briefc::resolve
