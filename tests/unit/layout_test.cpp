// Layout: line breaking and pagination, checked on synthetic paragraphs with a
// fixed-width test font, so every expectation can be worked out by hand.
#include "layout/block_setting.hpp"
#include "layout/break_caches.hpp"
#include "layout/document_blocks.hpp"
#include "layout/document_layout.hpp"
#include "layout/line_breaker.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <map>
#include <set>

using namespace briefc;

namespace {

// Every character is half an em wide, a space a quarter.
struct FixedMetrics : layout::FontMetrics {
  double width(const layout::FontKey&, std::string_view utf8, double size) const override {
    double w = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
      char32_t c = text::decode_at(utf8, i);
      w += (c == ' ' ? 0.25 : 0.5) * size;
    }
    return w;
  }
  bool covers(const layout::FontKey&, char32_t) const override { return true; }
};

struct Fixture {
  FixedMetrics metrics;
  text::LocaleContext locales;
  text::HyphenatorSet hyphenators;
  layout::BreakServices services{metrics, locales, hyphenators};
  layout::BreakCaches caches{metrics};
};

resolve::Span span(std::string text) {
  resolve::Span s;
  s.text = std::move(text);
  return s;
}

resolve::Span marker(int footnote) {
  resolve::Span s;
  s.text = std::to_string(footnote + 1);
  s.superscript = true;
  s.footnote = footnote;
  return s;
}

std::vector<layout::Line> set(Fixture& f, const std::vector<resolve::Span>& spans, double measure,
                              bool hyphenate = true) {
  std::vector<layout::SpanLook> looks(spans.size(), layout::SpanLook{{"Test", layout::FontFace::Regular}, 10, 0});
  layout::ParagraphSetting setting;
  setting.measure = measure;
  setting.hyphenate = hyphenate;
  return layout::break_lines(spans, looks, setting, f.services, f.caches);
}

std::string line_text(const layout::Line& line) {
  std::string out;
  for (const auto& fr : line.fragments) out += (out.empty() ? "" : "|") + fr.text;
  return out;
}

const char* lorem =
    "Media freedom and freedom of expression continue to be seriously limited in Kazakhstan. Despite positive "
    "developments such as slander being removed from the criminal code the media landscape remains extremely "
    "restricted. In recent years independent media outlets across the country have come under increasing pressure "
    "and although the year has not seen any closures of media outlets, state pressure on journalists and media "
    "organisations continues.";

}  // namespace

TEST_CASE("justified lines fill the measure exactly, and the last line is ragged") {
  Fixture f;
  // 60 characters a line; the shipped papers set 80 to 90.
  auto lines = set(f, {span(lorem)}, 300);
  REQUIRE(lines.size() > 3);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto& last = lines[i].fragments.back();
    CHECK(last.x + last.width == doctest::Approx(300).epsilon(0.001));
  }
  const auto& end = lines.back().fragments.back();
  CHECK(end.x + end.width <= 300);
}

TEST_CASE("a footnote marker never starts a line, and the line knows its footnote") {
  Fixture f;
  // Place the marker right after a word that ends exactly where a line would want to break.
  std::vector<resolve::Span> spans{span("aaaa bbbb cccc dddd eeee"), marker(0), span(" ffff gggg hhhh iiii")};
  for (double measure : {60.0, 95.0, 120.0, 125.0, 130.0}) {
    auto lines = set(f, spans, measure, false);
    bool found = false;
    for (const auto& line : lines) {
      CHECK(line.fragments.front().text != "1");
      for (int n : line.footnotes) found = found || n == 0;
    }
    CHECK(found);
  }
}

TEST_CASE("a URL breaks where the Chicago Manual puts it, never leaving - or . at a line's end") {
  Fixture f;
  const std::string address =
      "https://www.iphronline.org/wp-content/uploads/2020/10/Covid-19-CA-regional-report-final.pdf";
  resolve::Span url = span(address);
  url.url = true;
  url.no_hyphen = true;
  for (double measure : {110.0, 150.0, 190.0}) {
    CAPTURE(measure);
    auto lines = set(f, {span("See (in English):"), span(" "), url}, measure);
    REQUIRE(lines.size() >= 3);
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK_FALSE(lines[i].hyphenated);
      std::string t = line_text(lines[i]);
      joined += t;
      if (i + 1 == lines.size() || !lines[i].continues) continue;
      // after "//" or ":", before . - _ ? # % ~ /, before or after = and &
      const char last = t.back(), next = line_text(lines[i + 1]).front();
      CHECK(last != '-');
      CHECK(last != '.');
      const bool after = t.size() >= 2 && (t.substr(t.size() - 2) == "//" || last == ':' || last == '=' || last == '&');
      const bool before = std::string(".-_?#%~/=&").find(next) != std::string::npos;
      CHECK((after || before));
    }
    CHECK(joined.find(address) != std::string::npos);
  }
}

TEST_CASE("hyphenation: never a capitalised English word, never a fragment under three letters") {
  Fixture f;
  // Narrow enough that only hyphens could fill the lines well.
  std::string text;
  for (int i = 0; i < 6; ++i) text += "Kazakhstan Belgium underlying government ";
  auto lines = set(f, {span(text)}, 95);
  bool any = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i].hyphenated) continue;
    any = true;
    const std::string end = lines[i].fragments.back().text;
    const std::string next = lines[i + 1].fragments.front().text;
    CAPTURE(end);
    CAPTURE(next);
    const std::size_t word = end.find_last_of(' ') == std::string::npos ? 0 : end.find_last_of(' ') + 1;
    CHECK(std::isupper(static_cast<unsigned char>(end[word])) == 0);
    CHECK(end.size() - word >= 4);  // three letters and the hyphen
    const std::size_t fragment = std::min(next.find_first_of(" ,."), next.size());
    CHECK(fragment >= 3);
  }
  CHECK(any);
}

TEST_CASE("names are never hyphenated, and no more than two hyphenated lines follow each other") {
  Fixture f;
  std::string words;
  for (int i = 0; i < 40; ++i) words += "internationalisation characteristically ";
  auto lines = set(f, {span(words)}, 130);
  int run = 0;
  for (const auto& line : lines) {
    run = line.hyphenated ? run + 1 : 0;
    CHECK(run <= 2);
  }
  resolve::Span name = span("Kenzhebekovich Abishevskiy");
  name.no_hyphen = true;
  auto named = set(f, {span("the poet "), name, span(" was sentenced")}, 70);
  for (const auto& line : named) CHECK_FALSE(line.hyphenated);
}

namespace {

resolve::ResolvedDocument document_with(int paragraphs, int notes_per_paragraph) {
  resolve::ResolvedDocument doc;
  doc.lang = "en";
  int note = 0;
  for (int p = 0; p < paragraphs; ++p) {
    resolve::Paragraph para;
    para.kind = p % 7 == 0 ? resolve::ParagraphKind::Heading : resolve::ParagraphKind::Body;
    if (para.kind == resolve::ParagraphKind::Heading) {
      para.spans.push_back(span("Heading number " + std::to_string(p)));
      para.outline_title = "Heading";
    } else {
      for (int n = 0; n < notes_per_paragraph; ++n) {
        para.spans.push_back(span(std::string(lorem).substr(0, 160)));
        para.spans.push_back(marker(note));
        resolve::Footnote fn;
        fn.number = note + 1;
        fn.spans.push_back(span(std::string(lorem).substr(0, static_cast<std::size_t>(60 + (note * 37) % 300))));
        doc.footnotes.push_back(fn);
        ++note;
      }
      para.spans.push_back(span(" " + std::string(lorem)));
    }
    doc.paragraphs.push_back(para);
  }
  return doc;
}

// Which page each footnote marker and each footnote entry landed on, read
// back from the placed text (markers are the small raised numbers in the body,
// entries the labels at the left margin below the rule).
struct Placement {
  std::map<int, std::size_t> marker_page, entry_page;
};

}  // namespace

TEST_CASE("every footnote starts on the page of its marker") {
  Fixture f;
  auto doc = document_with(60, 3);
  model::Style style;
  style.body.family = style.heading.family = style.title.family = style.note.family = style.footer.family = "Test";
  diag::Diagnostics diags;
  auto out = layout::lay_out(doc, style, f.services, diags);
  REQUIRE(out.pages.size() > 5);
  Placement where;
  for (std::size_t p = 0; p < out.pages.size(); ++p) {
    double rule_y = -1;
    for (const auto& r : out.pages[p].rules) rule_y = r.y1;
    for (const auto& t : out.pages[p].texts) {
      bool number = !t.text.empty() && t.text.find_first_not_of("0123456789") == std::string::npos;
      if (!number) continue;
      int n = std::stoi(t.text);
      if (t.size < style.body.size * 0.7 && t.y > rule_y) where.marker_page[n] = p;        // raised marker
      else if (t.y < rule_y && t.x == doctest::Approx(style.margin_inner)) where.entry_page[n] = p;  // note label
    }
  }
  REQUIRE(where.marker_page.size() == doc.footnotes.size());
  for (const auto& marker_at : where.marker_page) {
    const int n = marker_at.first;  // not a structured binding: clang 14 cannot capture one (CAPTURE)
    CAPTURE(n);
    REQUIRE(where.entry_page.count(n));
    CHECK(where.entry_page[n] == marker_at.second);
  }
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("no page starts or ends with a single line of a paragraph, and headings stay with their text") {
  Fixture f;
  auto doc = document_with(80, 1);
  model::Style style;
  style.body.family = style.heading.family = style.title.family = style.note.family = style.footer.family = "Test";
  diag::Diagnostics diags;
  auto out = layout::lay_out(doc, style, f.services, diags);
  REQUIRE(out.pages.size() > 5);
  // Body lines are the 10.5pt texts above the footnote rule; group them by baseline.
  for (std::size_t p = 0; p + 1 < out.pages.size(); ++p) {
    double rule_y = -1;
    for (const auto& r : out.pages[p].rules) rule_y = r.y1;
    std::set<double> baselines;
    double heading_y = -1;
    for (const auto& t : out.pages[p].texts) {
      if (t.y <= rule_y || t.size < style.body.size * 0.9) continue;
      baselines.insert(t.y);
      if (t.text.rfind("Heading", 0) == 0) heading_y = std::min(heading_y < 0 ? 1e9 : heading_y, t.y);
    }
    REQUIRE(!baselines.empty());
    // A heading is never the last body line of a page.
    if (heading_y > 0) CHECK(heading_y > *baselines.begin());
  }
  CHECK(diags.warning_count() == 0);
}

namespace {

// A paragraph whose one footnote says `note`, laid out in the test font.
layout::LaidOutDocument with_long_note(Fixture& f, const std::string& note, diag::Diagnostics& diags) {
  resolve::ResolvedDocument doc;
  doc.lang = "en";
  resolve::Paragraph p;
  p.spans = {span("A paragraph with a very long note."), marker(0), span(" " + std::string(lorem))};
  doc.paragraphs.push_back(p);
  resolve::Footnote fn;
  fn.number = 1;
  fn.spans.push_back(span(note));
  doc.footnotes.push_back(fn);
  model::Style style;
  style.body.family = style.heading.family = style.title.family = style.note.family = style.footer.family = "Test";
  return layout::lay_out(doc, style, f.services, diags);
}

}  // namespace

TEST_CASE("a note too long for its page continues on the next, marked, with a warning naming it") {
  Fixture f;
  std::string longer;
  for (int i = 0; i < 40; ++i) longer += std::string(lorem) + " ";
  diag::Diagnostics diags;
  auto out = with_long_note(f, longer, diags);
  REQUIRE(out.pages.size() >= 2);
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].message == "footnote 1 is too long for its page and continues on the next");
  bool continued = false;
  for (const auto& t : out.pages[1].texts) continued = continued || t.text == "1 (cont.)";
  CHECK(continued);
}

TEST_CASE("spaces stay under 0.40 em where breaks allow; a loose line gets spaces up to 0.55 em, then 0.01 em letter spacing") {
  Fixture f;
  auto gaps_of = [](const layout::Line& line) {
    std::vector<double> gaps;
    const auto& frs = line.fragments;
    for (std::size_t k = 1; k < frs.size(); ++k) gaps.push_back(frs[k].x - (frs[k - 1].x + frs[k - 1].width));
    return gaps;
  };
  auto easy = set(f, {span(lorem)}, 400);
  for (std::size_t i = 0; i + 1 < easy.size(); ++i) {
    for (double gap : gaps_of(easy[i])) CHECK(gap <= 0.40 * 10 + 1e-6);
    CHECK(easy[i].letter_spacing == 0);
  }
  // Long unbreakable names make some lines impossible to fill with spaces alone.
  std::vector<resolve::Span> spans;
  for (int i = 0; i < 12; ++i) {
    resolve::Span name = span("Mukhamedkarimovich Zhylanbaevskaya");
    name.no_hyphen = true;
    spans.push_back(span(i ? " and then " : "Then "));
    spans.push_back(name);
  }
  spans.push_back(span(" were named."));
  auto lines = set(f, spans, 230);
  REQUIRE(lines.size() > 4);
  bool some_loose = false, some_spread = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    for (double gap : gaps_of(lines[i])) {
      CHECK(gap <= 0.55 * 10 + 1e-6);
      some_loose = some_loose || gap > 0.40 * 10;
    }
    some_spread = some_spread || lines[i].letter_spacing > 0;
    CHECK(lines[i].letter_spacing <= 0.01 * 10 + 1e-9);
    // letter spacing only where the spaces are already at their widest
    if (lines[i].letter_spacing > 0)
      for (double gap : gaps_of(lines[i])) CHECK(gap >= 0.50 * 10);
  }
  CHECK(some_loose);
  CHECK(some_spread);
}

TEST_CASE("font expansion: a line spaces alone could fill only loosely gets glyphs up to 2 % wider instead") {
  Fixture f;
  // Three ten-letter words fill 155 of 160 points with natural spaces (a
  // quarter em); the fourth does not fit, and none may be hyphenated. The
  // spaces alone would be half an em wide; with the glyphs 1.8 % wider they
  // are 0.36 em.
  std::vector<resolve::Span> spans{span("xxxxxxxxxx yyyyyyyyyy zzzzzzzzzz wwwwwwwwww")};
  std::vector<layout::SpanLook> looks(1, layout::SpanLook{{"Test", layout::FontFace::Regular}, 10, 0});
  layout::ParagraphSetting setting;
  setting.measure = 160;
  setting.hyphenate = false;
  auto gap = [](const layout::Line& line, std::size_t k) {
    return line.fragments[k].x - (line.fragments[k - 1].x + line.fragments[k - 1].width);
  };

  setting.expansion = 0;
  auto plain = layout::break_lines(spans, looks, setting, f.services, f.caches);
  REQUIRE(plain.size() == 2);
  CHECK(plain[0].expansion == 0);
  CHECK(gap(plain[0], 1) == doctest::Approx(5));  // 0.50 em: a loose line

  setting.expansion = 0.02;
  auto lines = layout::break_lines(spans, looks, setting, f.services, f.caches);
  REQUIRE(lines.size() == 2);
  const auto& first = lines[0];
  REQUIRE(first.fragments.size() == 3);
  CHECK(first.expansion > 0);
  CHECK(first.expansion <= 0.02);
  CHECK(first.letter_spacing == 0);
  for (std::size_t k = 1; k < 3; ++k) CHECK(gap(first, k) <= 0.40 * 10);
  for (const auto& fr : first.fragments) {
    CHECK(fr.scale == doctest::Approx(1 + first.expansion));
    CHECK(fr.width == doctest::Approx(50 * fr.scale));  // drawn as wide as measured
  }
  CHECK(first.fragments.back().x + first.fragments.back().width == doctest::Approx(160));
  // The last line is ragged: natural width.
  CHECK(lines[1].expansion == 0);
  CHECK(lines[1].fragments[0].scale == 1);

  // Ragged text is never expanded.
  setting.justify = false;
  for (const auto& line : layout::break_lines(spans, looks, setting, f.services, f.caches)) {
    CHECK(line.expansion == 0);
    for (const auto& fr : line.fragments) CHECK(fr.scale == 1);
  }
}

TEST_CASE("font expansion never scales a URL or a footnote marker, and a line it cannot fill is letter-spaced last") {
  Fixture f;
  resolve::Span url = span("https://example.org/aaaa");
  url.url = true;
  std::vector<resolve::Span> spans{span("The report xxxxxxxxxx"), marker(0), span(" is at "), url,
                                   span(" with the yyyyyyyyyy and zzzz of the mission.")};
  std::vector<layout::SpanLook> looks(spans.size(), layout::SpanLook{{"Test", layout::FontFace::Regular}, 10, 0});
  layout::ParagraphSetting setting;
  setting.measure = 150;
  auto lines = layout::break_lines(spans, looks, setting, f.services, f.caches);
  // "The|report|xxxxxxxxxx|1|is|at" is loose: glyphs at their limit, 1 %
  // more as a last expansion, then 0.01 em letter spacing;
  // "https://example" ragged, at natural width; ".org/aaaa|with|the|
  // yyyyyyyyyy|and" narrowed.
  REQUIRE(lines.size() == 4);
  bool expanded = false, narrowed = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto& line = lines[i];
    CHECK(std::abs(line.expansion) <= 0.03 + 1e-12);
    // beyond 2 % only where spaces are at their widest (0.55 em)
    if (line.expansion > 0.02)
      for (std::size_t k = 1; k < line.fragments.size(); ++k) {
        const auto& a = line.fragments[k - 1];
        if (line.fragments[k].x > a.x + a.width + 0.01) CHECK(line.fragments[k].x - (a.x + a.width) >= 0.5 * 10);
      }
    expanded = expanded || line.expansion > 0;
    narrowed = narrowed || line.expansion < 0;
    // letter spacing only where the glyphs are at their last limit
    if (line.letter_spacing > 0) CHECK(line.expansion == doctest::Approx(0.03));
    for (const auto& fr : line.fragments) {
      bool fixed = spans[fr.span].url || spans[fr.span].superscript;
      CHECK(fr.scale == doctest::Approx(fixed ? 1 : 1 + line.expansion));
    }
    const auto& last = line.fragments.back();
    if (line.letter_spacing == 0 && !spans[last.span].url) CHECK(last.x + last.width == doctest::Approx(150));
  }
  CHECK(lines[0].letter_spacing > 0);
  CHECK(lines[1].expansion == 0);
  CHECK(expanded);
  CHECK(narrowed);
}

TEST_CASE("no page ends in a hyphenated word") {
  Fixture f;
  auto doc = document_with(80, 1);
  model::Style style;
  style.page_width = style.margin_inner + 200 + style.margin_outer;  // 40 characters a line: hyphens needed
  style.body.family = style.heading.family = style.title.family = style.note.family = style.footer.family = "Test";
  diag::Diagnostics diags;
  auto out = layout::lay_out(doc, style, f.services, diags);
  REQUIRE(out.pages.size() > 5);
  int hyphenated = 0;
  for (std::size_t p = 0; p < out.pages.size(); ++p) {
    double rule_y = -1;
    for (const auto& r : out.pages[p].rules) rule_y = r.y1;
    const layout::PlacedText* last = nullptr;  // the lowest body text, rightmost on its line
    for (const auto& t : out.pages[p].texts) {
      if (t.y <= rule_y || t.size < style.body.size * 0.9 || t.role != layout::TextRole::Body) continue;
      hyphenated += t.hyphen_inserted;
      if (!last || t.y < last->y || (t.y == last->y && t.x > last->x)) last = &t;
    }
    REQUIRE(last);
    CAPTURE(p);
    CHECK_FALSE(last->hyphen_inserted);
  }
  CHECK(hyphenated > 0);  // the document does hyphenate, elsewhere
}

// ------------------------------------------------------------ break caches

namespace {

// Counts what it is asked, to show what the caches spare.
struct CountingMetrics : FixedMetrics {
  mutable std::map<std::string, int> asked;
  double width(const layout::FontKey& font, std::string_view utf8, double size) const override {
    ++asked[std::string(utf8)];
    return FixedMetrics::width(font, utf8, size) * (font.face == layout::FontFace::Bold ? 1.2 : 1.0);
  }
};

}  // namespace

TEST_CASE("width cache: each piece is measured once per font and size, with FontMetrics' answer") {
  CountingMetrics metrics;
  layout::WidthCache cache(metrics);
  const std::size_t body = cache.face({"Test", layout::FontFace::Regular}, 10);
  const std::size_t bold = cache.face({"Test", layout::FontFace::Bold}, 10);
  const std::size_t small = cache.face({"Test", layout::FontFace::Regular}, 6.2);
  CHECK(cache.face({"Test", layout::FontFace::Regular}, 10) == body);
  CHECK(body != bold);
  CHECK(body != small);

  for (int round = 0; round < 3; ++round) {
    CHECK(cache.width(body, "case") == metrics.FixedMetrics::width({"Test"}, "case", 10));
    CHECK(cache.width(bold, "case") == doctest::Approx(1.2 * 20));
    CHECK(cache.width(small, "case") == metrics.FixedMetrics::width({"Test"}, "case", 6.2));
  }
  CHECK(metrics.asked["case"] == 3);  // once per face
}

TEST_CASE("hyphenation cache: the hyphenator's points, found once per word") {
  text::HyphenatorSet hyphenators;
  const text::Hyphenator* english = hyphenators.for_language("en");
  REQUIRE(english != nullptr);
  layout::HyphenationCache cache;
  for (const char* word : {"government", "Hyphenation", "IPHR", "state-sponsored", "government"})
    CHECK(cache.points(*english, word) == english->points(word));
  const auto& first = cache.points(*english, "independent");
  cache.points(*english, "journalists");
  CHECK(&cache.points(*english, "independent") == &first);  // remembered, not found again
}

TEST_CASE("paragraphs broken with shared caches come out as with fresh ones") {
  Fixture shared;
  const std::vector<std::string> texts = {lorem, "Media freedom and freedom of expression.", lorem};
  for (const auto& t : texts) {
    Fixture fresh;
    auto expected = set(fresh, {span(t)}, 200);
    auto got = set(shared, {span(t)}, 200);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(line_text(got[i]) == line_text(expected[i]));
  }
}

TEST_CASE("every placed text names its block and part; a word broken across lines reads whole") {
  Fixture f;
  auto doc = document_with(30, 2);
  doc.paragraphs[1].spans.push_back(span(" "));
  resolve::Span link = span("https://www.iphronline.org/wp-content/uploads/2020/10/Covid-19-CA-regional-report-final.pdf");
  link.url = link.no_hyphen = true;
  link.uri = link.text;
  doc.paragraphs[1].spans.push_back(link);
  model::Style style;
  style.body.family = style.heading.family = style.title.family = style.note.family = style.footer.family = "Test";
  diag::Diagnostics diags;
  auto blocks = layout::document_blocks(doc);
  REQUIRE(blocks.size() == doc.paragraphs.size() + doc.footnotes.size());
  CHECK(blocks[0].kind == layout::BlockKind::Heading);
  CHECK(blocks[1].kind == layout::BlockKind::Paragraph);
  CHECK(blocks[1].notes == std::vector<int>{layout::note_block(doc, 0), layout::note_block(doc, 1)});
  CHECK(blocks.back().kind == layout::BlockKind::Note);

  auto out = layout::lay_out(doc, style, f.services, diags);
  std::string url_read, word_read;
  int wholes = 0, markers = 0, note_links = 0, url_pieces = 0;
  for (const auto& page : out.pages) {
    for (const auto& t : page.texts) {
      CAPTURE(t.text);
      if (t.role == layout::TextRole::Furniture) {
        CHECK(t.block == -1);  // an artifact
        continue;
      }
      REQUIRE(t.block >= 0);
      REQUIRE(t.block < static_cast<int>(blocks.size()));
      CHECK((t.role == layout::TextRole::Note) == (blocks[static_cast<std::size_t>(t.block)].kind == layout::BlockKind::Note));
      if (t.part == layout::TextPart::Reference) ++markers;
      std::string read = t.actual_text ? *t.actual_text : t.text;  // what copying gives
      if (t.part == layout::TextPart::Link) url_read += read, ++url_pieces;
      if (t.actual_text && !t.actual_text->empty()) {
        ++wholes;
        if (t.hyphen_inserted) CHECK(t.actual_text->find('-') == std::string::npos);
      }
    }
    for (const auto& l : page.links)
      if (l.anchor.rfind("note-marker:", 0) == 0) ++note_links;
  }
  CHECK(url_pieces >= 2);
  CHECK(url_read == link.text);  // the URL, broken over lines, is read once and whole
  CHECK(wholes > 0);
  CHECK(markers == static_cast<int>(doc.footnotes.size()));
  CHECK(note_links == static_cast<int>(doc.footnotes.size()));  // each note's number links back to its marker
}

TEST_CASE("an all-capitals heading is tracked, measured as it is drawn") {
  model::Style style;
  style.level_case[1] = model::TextCase::Upper;
  resolve::Paragraph heading;
  heading.kind = resolve::ParagraphKind::Heading;
  heading.level = 2;
  const auto upper = layout::block_setting(heading, style);
  CHECK(upper.tracking >= 0.05);
  CHECK(upper.tracking <= 0.10);
  heading.level = 1;  // as-is
  CHECK(layout::block_setting(heading, style).tracking == 0);

  Fixture f;
  std::vector<layout::SpanLook> looks(1, layout::SpanLook{{"Test", layout::FontFace::Bold}, 10, 0});
  layout::ParagraphSetting setting;
  setting.measure = 400;
  setting.justify = setting.hyphenate = false;
  setting.tracking = upper.tracking;
  auto lines = layout::break_lines({span("FREEDOM OF EXPRESSION")}, looks, setting, f.services, f.caches);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].letter_spacing == doctest::Approx(upper.tracking * 10));
  // 21 characters at 5 pt (a space 2.5 pt), each followed by the tracking
  const auto& last = lines[0].fragments.back();
  CHECK(last.x + last.width == doctest::Approx(19 * 5 + 2 * 2.5 + 21 * upper.tracking * 10));
}

namespace {

// A font that kerns and joins: every character half an em, a space a
// quarter; "av" and "wa" 0.1 em closer; "fi" one glyph 0.6 em wide.
struct KerningMetrics : layout::FontMetrics {
  static constexpr std::uint16_t fi_glyph = 999;
  double width(const layout::FontKey& font, std::string_view utf8, double size) const override {
    std::vector<layout::ShapedGlyph> glyphs;
    shape(font, utf8, layout::Shaping::Full, glyphs, 0);
    double per_mille = 0;
    for (const auto& g : glyphs) per_mille += g.advance + g.kern;
    return per_mille * size / 1000;
  }
  void shape(const layout::FontKey&, std::string_view utf8, layout::Shaping shaping,
             std::vector<layout::ShapedGlyph>& out, std::uint32_t offset) const override {
    std::size_t first = out.size();
    for (std::size_t i = 0; i < utf8.size();) {
      const auto at = static_cast<std::uint32_t>(i);
      if (shaping == layout::Shaping::Full && utf8.substr(i, 2) == "fi") {
        out.push_back({offset + at, fi_glyph, 2, 600, 0});
        i += 2;
        continue;
      }
      char32_t c = text::decode_at(utf8, i);
      out.push_back({offset + at, static_cast<std::uint16_t>(c), static_cast<std::uint8_t>(i - at),
                     static_cast<std::int16_t>(c == ' ' ? 250 : 500), 0});
    }
    for (std::size_t g = first; g + 1 < out.size(); ++g) {
      auto pair = std::string(utf8.substr(out[g].begin - offset, out[g].length)) +
                  std::string(utf8.substr(out[g + 1].begin - offset, out[g + 1].length));
      if (shaping != layout::Shaping::Plain && (pair == "av" || pair == "wa")) out[g].kern = -100;
    }
  }
  bool covers(const layout::FontKey&, char32_t) const override { return true; }
};

}  // namespace

TEST_CASE("kerning and ligatures: a line's pieces are the glyphs drawn, measured as drawn, broken only between glyphs") {
  KerningMetrics metrics;
  text::LocaleContext locales;
  text::HyphenatorSet hyphenators;
  layout::BreakServices services{metrics, locales, hyphenators};
  layout::BreakCaches caches{metrics};
  std::string text;
  for (int i = 0; i < 14; ++i)
    text += "the favourable unification of waivers fifty fiscal fidelity avalanches awaited significantly ";
  text += "end.";
  // A footnote printed without a marker (an empty superscript span) right
  // after a word: its box is made before the word's.
  resolve::Span hidden = marker(0);
  hidden.text.clear();
  std::vector<resolve::Span> spans{span(text.substr(0, 200)), hidden, span(text.substr(200))};
  std::vector<layout::SpanLook> looks(spans.size(), layout::SpanLook{{"Test", layout::FontFace::Regular}, 10, 0});
  int hyphenated = 0, ligatures = 0, kerned = 0;
  for (double measure : {150.0, 190.0, 230.0}) {
    layout::ParagraphSetting setting;
    setting.measure = measure;
    auto lines = layout::break_lines(spans, looks, setting, services, caches);
    REQUIRE(lines.size() > 10);
    for (std::size_t li = 0; li < lines.size(); ++li) {
      const auto& line = lines[li];
      CAPTURE(line_text(line));
      for (const auto& fr : line.fragments) {
        // The glyphs cover the piece's text exactly, in order: no break
        // inside a ligature, no character drawn twice or not at all.
        std::uint32_t at = 0;
        double per_mille = 0;
        const auto glyphs = layout::fragment_glyphs(line, fr);
        for (const auto& g : glyphs) {
          CHECK(g.begin == at);
          at = g.end();
          per_mille += g.advance + g.kern;
          ligatures += g.glyph == KerningMetrics::fi_glyph;
          kerned += g.kern != 0;
        }
        CHECK(at == fr.text.size());
        // Measured as drawn: the glyphs at the line's expansion, and the
        // letter spacing after each but the line's last.
        const double spaced = static_cast<double>(glyphs.size()) - (&fr == &line.fragments.back() ? 1 : 0);
        CHECK(fr.width == doctest::Approx(per_mille * 10 / 1000 * fr.scale + line.letter_spacing * spaced));
        CHECK((glyphs.empty() || glyphs.back().kern == 0));  // no kerning past a piece's end
      }
      if (line.hyphenated) {
        ++hyphenated;
        CHECK(line.fragments.back().text.back() == '-');
      }
      // A justified line still ends at the measure.
      if (li + 1 < lines.size() && line.letter_spacing == 0)
        CHECK(line.fragments.back().x + line.fragments.back().width == doctest::Approx(measure));
    }
  }
  CHECK(ligatures > 0);
  CHECK(kerned > 0);
  CHECK(hyphenated > 0);
}

TEST_CASE("a note continued on the next page does not leave its page on a hyphenated word") {
  Fixture f;
  int split = 0;
  for (int shift = 0; shift < 24; ++shift) {
    // Long words only, in no repeating order: total fit has to hyphenate
    // many lines, and the page's last note line varies with `shift`.
    const char* words[] = {"internationalisation", "disproportionately", "responsibilities", "characteristically",
                           "misrepresentations", "incomprehensibility", "administratively"};
    std::string longer = "Note:";
    auto seed = static_cast<unsigned>(shift) + 1;
    for (int i = 0; i < 1000; ++i) {
      seed = seed * 1103515245u + 12345u;
      longer += std::string(" ") + words[(seed >> 16) % 7];
    }
    diag::Diagnostics diags;
    auto out = with_long_note(f, longer, diags);
    REQUIRE(out.pages.size() >= 2);
    const layout::PlacedText* last = nullptr;  // the note's last piece on the first page
    for (const auto& t : out.pages[0].texts)
      if (t.role == layout::TextRole::Note) last = &t;
    REQUIRE(last);
    CAPTURE(shift);
    CAPTURE(last->text);
    CHECK_FALSE(last->hyphen_inserted);
    ++split;
  }
  CHECK(split == 24);
}
