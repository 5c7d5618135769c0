#include "layout/document_layout.hpp"

#include "layout/block_setting.hpp"
#include "layout/document_blocks.hpp"
#include "text/placeholders.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace briefc::layout {

namespace {

// A paragraph broken into lines, ready to be poured into pages.
struct SetParagraph {
  const resolve::Paragraph* source = nullptr;  // null for a footnote
  const std::vector<resolve::Span>* spans = nullptr;
  BlockSetting setting;
  std::vector<SpanLook> looks;
  std::vector<Line> lines;
  int block = -1;  // see document_blocks.hpp
  // For each line that ends inside a word: that whole word, as its pieces
  // on this line and the next give it (without an inserted hyphen). Empty
  // for the other lines.
  std::vector<std::string> whole_words;
};

// A paragraph that ends in a hyphen (a URL as its record has it, "…-april-")
// would be joined to the next by extractors that undo hyphenation
// (pdftotext: "april37 See more"): the actual text of its last word ends the
// line itself.
std::string ends_apart(std::string word) {
  if (!word.empty() && word.back() == '-') word += '\n';
  return word;
}

// The whole words broken across `lines` (see SetParagraph::whole_words).
std::vector<std::string> whole_words(const std::vector<Line>& lines) {
  std::vector<std::string> words(lines.size());
  for (std::size_t li = 0; li + 1 < lines.size(); ++li) {
    if (!lines[li].continues || lines[li].fragments.empty()) continue;
    std::string word = lines[li].fragments.back().text;
    if (lines[li].hyphenated && !word.empty() && word.back() == '-') word.pop_back();
    // A piece can fill a whole line (a long URL): the word goes on.
    for (std::size_t next = li + 1; next < lines.size() && !lines[next].fragments.empty(); ++next) {
      std::string piece = lines[next].fragments.front().text;
      bool goes_on = lines[next].continues && lines[next].fragments.size() == 1;
      if (goes_on && lines[next].hyphenated && !piece.empty() && piece.back() == '-') piece.pop_back();
      word += piece;
      // The paragraph's last word, ending in a hyphen (see ends_apart).
      if (!goes_on && next + 1 == lines.size() && lines[next].fragments.size() == 1) word = ends_apart(word);
      if (!goes_on) break;
    }
    words[li] = std::move(word);
  }
  return words;
}

// One line of the body, with what pagination needs to know about it.
struct Row {
  std::size_t paragraph = 0;
  std::size_t line = 0;
  double height = 0;        // leading
  double space_before = 0;  // dropped at the top of a page
  bool break_after = true;  // may a page end after this row?
  std::vector<int> footnotes;
};

// A footnote set at note width; its lines are placed at the page foot.
struct SetNote {
  SetParagraph text;
  std::string label;
  int number = 0;            // the footnote's number
  bool linked_back = false;  // its marker is printed, so its number links back to it
  double height() const { return static_cast<double>(text.lines.size()) * text.setting.font.leading; }
};

constexpr double note_gap = 2.5;       // between two notes
constexpr double rule_space = 9;       // from the last body line to the notes' rule
constexpr double marker_scale = 0.62;  // superscript markers
constexpr double marker_rise = 0.38;

class DocumentLayout {
public:
  DocumentLayout(const resolve::ResolvedDocument& doc, const model::Style& style, BreakServices& services,
                 diag::Diagnostics& diags, LineMemo* memo)
      : doc_(doc), style_(style), services_(services), caches_(services.metrics), diags_(diags), memo_(memo) {
    left_ = style.margin_inner;
    measure_ = style.page_width - style.margin_inner - style.margin_outer;
    top_ = style.page_height - style.margin_top;
    bottom_ = style.margin_bottom;
  }

  LaidOutDocument run(const PageConsumer& on_page) {
    for (const auto& p : doc_.paragraphs) paragraphs_.push_back(set_paragraph(p));
    note_indent_ = note_indent();
    for (const auto& n : doc_.footnotes) notes_.push_back(set_note(n));
    for (std::size_t i = 0; i < paragraphs_.size(); ++i) paragraphs_[i].block = static_cast<int>(i);
    for (std::size_t i = 0; i < notes_.size(); ++i) notes_[i].text.block = note_block(doc_, static_cast<int>(i));
    build_rows();
    paginate();
    LaidOutDocument out;
    out.page_width = style_.page_width;
    out.page_height = style_.page_height;
    for (std::size_t i = 0; i < page_rows_.size(); ++i) {
      Page page = render_page(i, out.outline);
      if (on_page) on_page(i, page);
      out.pages.push_back(std::move(page));
    }
    return out;
  }

private:
  std::vector<SpanLook> looks_for(const std::vector<resolve::Span>& spans, const BlockSetting& s) const {
    std::vector<SpanLook> looks;
    for (const auto& span : spans) {
      SpanLook look;
      look.font = FontKey{s.font.family, face_for(s.bold || span.bold, s.italic != span.italic)};
      look.size = s.font.size;
      if (span.superscript) {
        look.font.face = FontFace::Regular;
        look.size = s.font.size * marker_scale;
        look.rise = s.font.size * marker_rise;
      }
      looks.push_back(look);
    }
    return looks;
  }

  // break_lines, or what it gave for the same inputs in an earlier layout.
  std::vector<Line> broken(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
                           const ParagraphSetting& ps) {
    if (!memo_) return break_lines(spans, looks, ps, services_, caches_);
    return memo_->lines(spans, looks, ps, [&]() { return break_lines(spans, looks, ps, services_, caches_); });
  }

  SetParagraph set_paragraph(const resolve::Paragraph& p) {
    SetParagraph sp;
    sp.source = &p;
    sp.spans = &p.spans;
    sp.setting = block_setting(p, style_);
    sp.looks = looks_for(p.spans, sp.setting);
    ParagraphSetting ps;
    ps.measure = measure_ - sp.setting.indent - sp.setting.right_indent;
    ps.justify = sp.setting.justify;
    ps.hyphenate = sp.setting.hyphenate;
    ps.tracking = sp.setting.tracking;
    ps.lang = doc_.lang;
    sp.lines = broken(p.spans, sp.looks, ps);
    sp.whole_words = whole_words(sp.lines);
    return sp;
  }

  SetNote set_note(const resolve::Footnote& n) {
    SetNote note;
    note.label = std::to_string(n.number);
    note.number = n.number;
    note.linked_back = !n.marker_hidden;
    BlockSetting s;
    s.font = style_.note;
    s.indent = note_indent_;
    note.text.setting = s;
    note.text.spans = &n.spans;
    note.text.looks = looks_for(n.spans, s);
    ParagraphSetting ps;
    ps.measure = measure_ - s.indent;
    ps.lang = doc_.lang;
    if (n.spans.empty()) {
      diags_.warning(n.location, fmt::format("footnote {} is empty", n.number));
    } else {
      note.text.lines = broken(n.spans, note.text.looks, ps);
    }
    if (note.text.lines.empty()) note.text.lines.push_back(Line{});
    note.text.whole_words = whole_words(note.text.lines);
    return note;
  }

  // Note text hangs at one indent for the whole document, wide enough for the
  // longest number ("93", or "1215" in a long report) and a space.
  double note_indent() const {
    std::string widest = std::to_string(std::max<std::size_t>(doc_.footnotes.size(), 99));
    std::fill(widest.begin(), widest.end(), '0');
    FontKey regular{style_.note.family, FontFace::Regular};
    return services_.metrics.width(regular, widest, style_.note.size) +
           services_.metrics.width(regular, " ", style_.note.size) * 1.5;
  }

  void build_rows() {
    double previous_after = 0;
    for (std::size_t pi = 0; pi < paragraphs_.size(); ++pi) {
      const auto& sp = paragraphs_[pi];
      std::size_t n = sp.lines.size();
      bool keep = sp.setting.keep_with_next;
      // A paragraph that introduces a list ("… include:") stays with it.
      if (!keep && pi + 1 < paragraphs_.size() &&
          paragraphs_[pi + 1].source->kind == resolve::ParagraphKind::ListItem &&
          sp.source->kind == resolve::ParagraphKind::Body && !sp.source->spans.empty()) {
        const auto& last = sp.source->spans.back().text;
        keep = !last.empty() && last.back() == ':';
      }
      for (std::size_t li = 0; li < n; ++li) {
        Row r;
        r.paragraph = pi;
        r.line = li;
        r.height = sp.setting.font.leading;
        r.space_before = li == 0 ? std::max(previous_after, sp.setting.space_before) : 0;
        // A title block's lines stand together, its space after the last.
        if (li == 0 && pi > 0 && is_title_line(*paragraphs_[pi - 1].source) && is_title_line(*sp.source))
          r.space_before = 0;
        // A list ends with the space of a paragraph, not of an item.
        if (li == 0 && pi > 0 && is_item(*paragraphs_[pi - 1].source) && !is_item(*sp.source))
          r.space_before = std::max(r.space_before, style_.body.size * 0.55);
        bool last_line = li + 1 == n;
        if (last_line) r.break_after = !keep;
        else r.break_after = !keep && li + 1 >= 2 && n - (li + 1) >= 2;  // no orphan, no widow
        // A page never ends in a hyphenated word: the reader would turn the
        // page in the middle of it (TeX's \brokenpenalty, made absolute).
        if (sp.lines[li].hyphenated) r.break_after = false;
        r.footnotes = sp.lines[li].footnotes;
        rows_.push_back(std::move(r));
      }
      previous_after = sp.setting.space_after;
    }
  }

  static bool is_title_line(const resolve::Paragraph& p) {
    return p.kind == resolve::ParagraphKind::Subtitle && p.level >= 2;
  }

  static bool is_item(const resolve::Paragraph& p) {
    return p.kind == resolve::ParagraphKind::ListItem || p.kind == resolve::ParagraphKind::RecommendationItem;
  }

  double notes_height(const std::vector<int>& notes, double carried) const {
    double h = carried;
    for (int n : notes) h += notes_[static_cast<std::size_t>(n)].height() + note_gap;
    return h > 0 ? h + rule_space : 0;
  }

  void paginate() {
    const double available = top_ - bottom_;
    std::size_t i = 0;
    std::vector<CarriedNote> carried;
    while (i < rows_.size()) {
      double carried_height = 0;
      for (const auto& c : carried) carried_height += c.height(notes_) + note_gap;
      double body = 0;
      std::vector<int> notes;
      std::size_t j = i;
      std::size_t last_legal = SIZE_MAX;
      while (j < rows_.size()) {
        const Row& r = rows_[j];
        double add = (j == i ? 0 : r.space_before) + r.height;
        auto with = notes;
        with.insert(with.end(), r.footnotes.begin(), r.footnotes.end());
        if (body + add + notes_height(with, carried_height) <= available + 0.01) {
          body += add;
          notes = std::move(with);
          if (r.break_after) last_legal = j;
          ++j;
          continue;
        }
        if (j == i) {  // not even one line fits with its notes: take it, and let the notes continue
          body += add;
          notes = std::move(with);
          ++j;
        } else if (last_legal != SIZE_MAX) {
          j = last_legal + 1;
        }
        break;
      }
      // Notes of the rows kept on this page (rows after the break go to the next).
      std::vector<int> page_notes;
      body = 0;
      for (std::size_t k = i; k < j; ++k) {
        body += (k == i ? 0 : rows_[k].space_before) + rows_[k].height;
        page_notes.insert(page_notes.end(), rows_[k].footnotes.begin(), rows_[k].footnotes.end());
      }
      PageNotes pn;
      pn.carried = std::move(carried);
      carried.clear();
      // What does not fit continues on the next page (only possible for a
      // note longer than the space a page leaves it).
      double room = available - body - rule_space;
      double used = 0;
      for (const auto& c : pn.carried) used += c.height(notes_) + note_gap;
      for (int n : page_notes) {
        const auto& note = notes_[static_cast<std::size_t>(n)];
        std::size_t fit = note.text.lines.size();
        double leading = note.text.setting.font.leading;
        if (used + note.height() > room) {
          fit = static_cast<std::size_t>(std::max(0.0, (room - used) / leading));
          if (fit == 0) fit = 1;  // a note always starts on its marker's page
          // Nor does a note leave its page in the middle of a word (see
          // Row::break_after): one line fewer stays.
          while (fit > 1 && fit < note.text.lines.size() && note.text.lines[fit - 1].hyphenated) --fit;
          if (fit < note.text.lines.size()) {
            diags_.warning(doc_.footnotes[static_cast<std::size_t>(n)].location,
                           fmt::format("footnote {} is too long for its page and continues on the next",
                                       doc_.footnotes[static_cast<std::size_t>(n)].number),
                           "shorten the note, or move part of it into the text");
            carried.push_back(CarriedNote{n, fit});
          }
        }
        pn.entries.push_back(NoteEntry{n, 0, std::min(fit, note.text.lines.size())});
        used += static_cast<double>(std::min(fit, note.text.lines.size())) * leading + note_gap;
      }
      page_rows_.push_back({i, j});
      page_notes_.push_back(std::move(pn));
      i = j;
    }
    while (!carried.empty()) {  // notes still continuing after the last body line
      PageNotes pn;
      pn.carried = std::move(carried);
      carried.clear();
      page_rows_.push_back({rows_.size(), rows_.size()});
      page_notes_.push_back(std::move(pn));
    }
  }

  struct CarriedNote {
    int note = 0;
    std::size_t first_line = 0;
    double height(const std::vector<SetNote>& all) const {
      const auto& n = all[static_cast<std::size_t>(note)];
      // +1: the "N (cont.)" line that heads the continuation
      return static_cast<double>(n.text.lines.size() - first_line + 1) * n.text.setting.font.leading;
    }
  };
  struct NoteEntry {
    int note = 0;
    std::size_t first_line = 0, end_line = 0;
  };
  struct PageNotes {
    std::vector<CarriedNote> carried;
    std::vector<NoteEntry> entries;
  };

  void place_line(Page& page, const SetParagraph& sp, std::size_t li, double x0, double baseline,
                  TextRole role = TextRole::Body) const {
    const auto& spans = *sp.spans;
    const Line& line = sp.lines[li];
    for (std::size_t fi = 0; fi < line.fragments.size(); ++fi) {
      const auto& f = line.fragments[fi];
      if (f.text.empty()) continue;  // a footnote printed without a marker
      const SpanLook& look = sp.looks[f.span];
      double x = x0 + f.x;
      PlacedText t{x, baseline + look.rise, look.font, look.size, f.text, line.letter_spacing, role, f.width};
      const auto& span = spans[f.span];
      t.block = sp.block;
      t.horizontal_scale = f.scale;
      t.hyphen_inserted = line.hyphenated && fi + 1 == line.fragments.size();
      bool link = !span.uri.empty() || !span.anchor.empty();
      bool marker = !link && span.superscript && span.footnote >= 0;
      if (link || marker) {
        t.part = link ? TextPart::Link : TextPart::Reference;
        t.span = static_cast<int>(f.span);
      }
      if (marker) {
        // The marker links to its note, and its note's number back to it.
        int number = doc_.footnotes[static_cast<std::size_t>(span.footnote)].number;
        double top = baseline + look.rise + look.size;
        page.links.push_back(LinkArea{x, baseline + look.rise - look.size * 0.25, x + f.width, top, {},
                                      note_anchor(number), sp.block, static_cast<int>(f.span)});
        page.destinations.push_back(Destination{marker_anchor(number), top + look.size});
      }
      // A word broken across lines reads as one: its first piece stands for
      // the whole word, the pieces after it for nothing.
      // (A piece that both continues a word and goes on to the next line, a
      // long URL's middle, is already in the word of the line before.)
      if (fi == 0 && li > 0 && !sp.whole_words[li - 1].empty()) t.actual_text = std::string();
      else if (fi + 1 == line.fragments.size() && !sp.whole_words[li].empty()) t.actual_text = sp.whole_words[li];
      else if (fi + 1 == line.fragments.size() && li + 1 == sp.lines.size() && f.text.back() == '-')
        t.actual_text = ends_apart(f.text);
      const auto glyphs = fragment_glyphs(line, f);
      t.glyphs.assign(glyphs.begin(), glyphs.end());
      page.texts.push_back(std::move(t));
      if (link) {
        LinkArea a{x, baseline + look.rise - look.size * 0.25, x + f.width, baseline + look.rise + look.size * 0.85,
                   span.uri, span.anchor, sp.block, static_cast<int>(f.span)};
        // Neighbouring pieces of one link on a line become one area.
        if (!page.links.empty() && page.links.back().uri == a.uri && page.links.back().anchor == a.anchor &&
            page.links.back().block == a.block && page.links.back().span == a.span &&
            std::abs(page.links.back().bottom - a.bottom) < 0.01 && a.left - page.links.back().right < look.size)
          page.links.back().right = a.right;
        else
          page.links.push_back(a);
      }
    }
  }

  static double baseline_in(double top, const model::FontSpec& f) {
    return top - (f.leading - f.size) / 2 - f.size * 0.8;
  }

  void place_note_lines(Page& page, const SetNote& note, std::size_t from,
                        std::size_t to, double& y, bool with_label) const {
    const auto& s = note.text.setting;
    for (std::size_t li = from; li < to; ++li) {
      double baseline = baseline_in(y, s.font);
      if (li == from && with_label) {
        FontKey font{s.font.family, FontFace::Regular};
        PlacedText label{left_, baseline, font, s.font.size, note.label, 0, TextRole::Note};
        label.block = note.text.block;
        label.part = note.linked_back ? TextPart::LinkedLabel : TextPart::Label;
        page.texts.push_back(std::move(label));
        page.destinations.push_back(Destination{note_anchor(note.number), y});
        if (note.linked_back) {
          double width = services_.metrics.width(font, note.label, s.font.size);
          page.links.push_back(LinkArea{left_, baseline - s.font.size * 0.25, left_ + width,
                                        baseline + s.font.size * 0.85, {}, marker_anchor(note.number),
                                        note.text.block, -1});
        }
      }
      place_line(page, note.text, li, left_ + s.indent, baseline, TextRole::Note);
      y -= s.font.leading;
    }
    y -= note_gap;
  }

  Page render_page(std::size_t index, std::vector<OutlineEntry>& outline) const {
    Page page;
    auto [first, end] = page_rows_[index];
    double y = top_;
    for (std::size_t k = first; k < end; ++k) {
      const Row& r = rows_[k];
      const SetParagraph& sp = paragraphs_[r.paragraph];
      if (k != first) y -= r.space_before;
      double baseline = baseline_in(y, sp.setting.font);
      if (r.line == 0) {
        const auto* p = sp.source;
        if (!p->anchor.empty()) page.destinations.push_back(Destination{p->anchor, y + sp.setting.space_before / 2});
        if (!p->outline_title.empty())
          outline.push_back(OutlineEntry{p->kind == resolve::ParagraphKind::ProfileHeading ? p->level + 1 : p->level,
                                         p->outline_title, index, y + 4});
        if (!p->label.empty()) {
          // The label ends a fixed distance before the text, a word space a
          // little wider than usual, whatever its own width ("•", "12.").
          auto font = FontKey{sp.setting.font.family, face_for(sp.setting.bold, false)};
          double label_width = services_.metrics.width(font, p->label, sp.setting.font.size);
          double label_x = left_ + sp.setting.indent - label_width - sp.setting.font.size * 0.36;
          PlacedText label{label_x, baseline, font, sp.setting.font.size, p->label};
          label.block = sp.block;
          // A heading's number is part of the heading; a list item's bullet is its label.
          if (!(p->kind == resolve::ParagraphKind::Heading || p->kind == resolve::ParagraphKind::Title ||
                p->kind == resolve::ParagraphKind::ProfileHeading))
            label.part = TextPart::Label;
          page.texts.push_back(std::move(label));
        }
      }
      double x0 = left_ + sp.setting.indent;
      place_line(page, sp, r.line, x0, baseline);
      y -= r.height;
    }

    // Footnotes, from the foot of the page upwards.
    const auto& pn = page_notes_[index];
    double total = 0;
    for (const auto& c : pn.carried) total += c.height(notes_) + note_gap;
    for (const auto& e : pn.entries)
      total += static_cast<double>(e.end_line - e.first_line) * notes_[static_cast<std::size_t>(e.note)].text.setting.font.leading + note_gap;
    if (total > 0) {
      double ny = bottom_ + total;
      page.rules.push_back(PlacedRule{left_, ny + rule_space / 2, left_ + measure_ * 0.3, ny + rule_space / 2, 0.5});
      for (const auto& c : pn.carried) {
        // The rest of a note that began on the previous page: its number again,
        // marked as continued, so the reader knows where it comes from.
        const auto& note = notes_[static_cast<std::size_t>(c.note)];
        const auto& f = note.text.setting.font;
        page.texts.push_back(PlacedText{left_, baseline_in(ny, f), FontKey{f.family, FontFace::Italic}, f.size * 0.85,
                                        note.label + " " + doc_.continued, 0, TextRole::Furniture});
        ny -= f.leading;
        place_note_lines(page, note, c.first_line, note.text.lines.size(), ny, false);
      }
      for (const auto& e : pn.entries) {
        const auto& note = notes_[static_cast<std::size_t>(e.note)];
        place_note_lines(page, note, e.first_line, e.end_line, ny,
                         true);
      }
    }

    // Running footer: the page number.
    std::string footer = doc_.footer.empty() ? style_.footer_text : doc_.footer;  // in the document's language
    footer = text::fill_pattern(footer, {{"page", std::to_string(index + 1)}, {"pages", std::to_string(page_rows_.size())}});
    FontKey ff{style_.footer.family, FontFace::Regular};
    double fw = services_.metrics.width(ff, footer, style_.footer.size);
    page.texts.push_back(
        PlacedText{left_ + (measure_ - fw) / 2, bottom_ - style_.footer.leading * 2.2, ff, style_.footer.size, footer,
                   0, TextRole::Furniture});
    return page;
  }

  const resolve::ResolvedDocument& doc_;
  const model::Style& style_;
  BreakServices& services_;
  BreakCaches caches_;
  diag::Diagnostics& diags_;
  LineMemo* memo_;
  double left_ = 0, measure_ = 0, top_ = 0, bottom_ = 0;
  double note_indent_ = 0;
  std::vector<SetParagraph> paragraphs_;
  std::vector<SetNote> notes_;
  std::vector<Row> rows_;
  std::vector<std::pair<std::size_t, std::size_t>> page_rows_;
  std::vector<PageNotes> page_notes_;
};

}  // namespace

LaidOutDocument lay_out(const resolve::ResolvedDocument& document, const model::Style& style,
                        BreakServices& services, diag::Diagnostics& diags, const PageConsumer& on_page,
                        LineMemo* memo) {
  return DocumentLayout(document, style, services, diags, memo).run(on_page);
}

}  // namespace briefc::layout
