// word/styles.xml and word/numbering.xml: the look of the DOCX, from the
// style's fonts, sizes and heading numbering.
#include "write/docx/docx_parts.hpp"

#include "write/text_language.hpp"
#include "write/xml_output.hpp"

#include <cmath>
#include <fmt/format.h>

namespace briefc::write::docx {

namespace {

constexpr const char* word_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

long twips(double points) { return std::lround(points * 20); }
long half_points(double points) { return std::lround(points * 2); }

// Line spacing as Word's "multiple" (240ths of a line), from the style's
// leading: the spacing the PDF has, which still grows with a larger run.
long line_multiple(const model::FontSpec& f) {
  return f.size > 0 ? std::lround(240 * f.leading / (f.size * 1.17)) : 240;
}

struct StyleBuilder {
  pugi::xml_node styles;

  pugi::xml_node add(const char* type, const char* id, const char* name, const char* based_on = nullptr,
                     const char* next = nullptr) {
    auto s = styles.append_child("w:style");
    s.append_attribute("w:type") = type;
    s.append_attribute("w:styleId") = id;
    s.append_child("w:name").append_attribute("w:val") = name;
    if (based_on) s.append_child("w:basedOn").append_attribute("w:val") = based_on;
    if (next) s.append_child("w:next").append_attribute("w:val") = next;
    s.append_child("w:qFormat");
    return s;
  }
};

void fonts(pugi::xml_node rpr, const std::string& family) {
  auto f = rpr.append_child("w:rFonts");
  for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) f.append_attribute(slot) = family.c_str();
}
void size(pugi::xml_node rpr, double points) {
  rpr.append_child("w:sz").append_attribute("w:val") = half_points(points);
  rpr.append_child("w:szCs").append_attribute("w:val") = half_points(points);
}
void spacing(pugi::xml_node ppr, double before, double after, long line) {
  auto s = ppr.append_child("w:spacing");
  s.append_attribute("w:before") = twips(before);
  s.append_attribute("w:after") = twips(after);
  s.append_attribute("w:line") = line;
  s.append_attribute("w:lineRule") = "auto";
}
void numbering(pugi::xml_node ppr, int num, int level) {
  auto n = ppr.append_child("w:numPr");
  n.append_child("w:ilvl").append_attribute("w:val") = level;
  n.append_child("w:numId").append_attribute("w:val") = num;
}
void justify(pugi::xml_node ppr, const char* how) { ppr.append_child("w:jc").append_attribute("w:val") = how; }

// A list level of numbering.xml (ECMA-376 §17.9.6): its marker and indent.
void level(pugi::xml_node abstract, int ilvl, const char* format, const std::string& text, double indent,
           double hanging, const char* heading_style = nullptr) {
  auto l = abstract.append_child("w:lvl");
  l.append_attribute("w:ilvl") = ilvl;
  l.append_child("w:start").append_attribute("w:val") = 1;
  l.append_child("w:numFmt").append_attribute("w:val") = format;
  if (heading_style) l.append_child("w:pStyle").append_attribute("w:val") = heading_style;
  if (heading_style) l.append_child("w:suff").append_attribute("w:val") = "space";
  l.append_child("w:lvlText").append_attribute("w:val") = text.c_str();
  l.append_child("w:lvlJc").append_attribute("w:val") = "left";
  auto ind = l.append_child("w:pPr").append_child("w:ind");
  if (heading_style) {
    ind.append_attribute("w:left") = 0;
    ind.append_attribute("w:firstLine") = 0;
  } else {
    ind.append_attribute("w:left") = twips(indent);
    ind.append_attribute("w:hanging") = twips(hanging);
  }
}

}  // namespace

std::string styles_part(const model::Style& st, const std::string& lang) {
  pugi::xml_document doc;
  auto root = doc.append_child("w:styles");
  root.append_attribute("xmlns:w") = word_namespace;

  auto defaults = root.append_child("w:docDefaults");
  auto default_run = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  fonts(default_run, st.body.family);
  // Kerning from the font's tables, as the PDF has it, for text of 1 pt
  // and up (Word's own default is none).
  default_run.append_child("w:kern").append_attribute("w:val") = 2;
  size(default_run, st.body.size);
  auto language = default_run.append_child("w:lang");
  language.append_attribute("w:val") = regional_tag(lang).c_str();
  language.append_attribute("w:eastAsia") = "zh-CN";
  language.append_attribute("w:bidi") = "ar-SA";
  auto default_paragraph = defaults.append_child("w:pPrDefault").append_child("w:pPr");
  spacing(default_paragraph, 0, 0, 240);

  StyleBuilder b{root};
  const double body_gap = st.body.leading * 0.5;  // the space between paragraphs the PDF leaves

  auto normal = b.add("paragraph", "Normal", "Normal");
  normal.append_attribute("w:default") = 1;
  auto normal_p = normal.append_child("w:pPr");
  normal_p.append_child("w:widowControl");
  spacing(normal_p, 0, body_gap, line_multiple(st.body));
  justify(normal_p, "both");

  auto paragraph_font = b.add("character", "DefaultParagraphFont", "Default Paragraph Font");
  paragraph_font.append_attribute("w:default") = 1;
  paragraph_font.remove_child("w:qFormat");
  paragraph_font.append_child("w:uiPriority").append_attribute("w:val") = 1;
  paragraph_font.append_child("w:semiHidden");

  auto title = b.add("paragraph", "Title", "Title", "Normal", "Normal");
  auto title_p = title.append_child("w:pPr");
  title_p.append_child("w:keepNext");
  spacing(title_p, 0, st.title.leading * 0.5, line_multiple(st.title));
  justify(title_p, "left");
  auto title_r = title.append_child("w:rPr");
  fonts(title_r, st.title.family);
  title_r.append_child("w:b");
  size(title_r, st.title.size);

  auto subtitle = b.add("paragraph", "Subtitle", "Subtitle", "Normal", "Normal");
  auto subtitle_p = subtitle.append_child("w:pPr");
  spacing(subtitle_p, 0, st.body.leading * 1.5, line_multiple(st.heading));
  justify(subtitle_p, "left");
  auto subtitle_r = subtitle.append_child("w:rPr");
  fonts(subtitle_r, st.heading.family);
  subtitle_r.append_child("w:color").append_attribute("w:val") = "404040";
  size(subtitle_r, st.body.size + 1.5);

  const double heading_sizes[3] = {st.heading.size, std::max(st.body.size + 0.5, st.heading.size - 1.5),
                                   st.body.size + 0.5};
  for (int l = 1; l <= 3; ++l) {
    std::string id = fmt::format("Heading{}", l), name = fmt::format("heading {}", l);
    auto h = b.add("paragraph", id.c_str(), name.c_str(), "Normal", "Normal");
    auto hp = h.append_child("w:pPr");
    hp.append_child("w:keepNext");
    hp.append_child("w:keepLines");
    if (st.numbered_headings) numbering(hp, heading_numbering, l - 1);
    spacing(hp, st.heading.leading * (l == 1 ? 1.0 : 0.75), st.heading.leading * 0.4, line_multiple(st.heading));
    justify(hp, "left");
    hp.append_child("w:outlineLvl").append_attribute("w:val") = l - 1;
    auto hr = h.append_child("w:rPr");
    fonts(hr, st.heading.family);
    hr.append_child("w:b");
    if (l == 3) hr.append_child("w:i");
    size(hr, heading_sizes[l - 1]);
  }

  auto note = b.add("paragraph", "FootnoteText", "footnote text", "Normal");
  auto note_p = note.append_child("w:pPr");
  spacing(note_p, 0, st.note.leading * 0.2, line_multiple(st.note));
  auto note_r = note.append_child("w:rPr");
  fonts(note_r, st.note.family);
  size(note_r, st.note.size);

  auto marker = b.add("character", "FootnoteReference", "footnote reference");
  marker.append_child("w:rPr").append_child("w:vertAlign").append_attribute("w:val") = "superscript";

  auto link = b.add("character", "Hyperlink", "Hyperlink");
  auto link_r = link.append_child("w:rPr");
  link_r.append_child("w:color").append_attribute("w:val") = "1F4E79";
  link_r.append_child("w:u").append_attribute("w:val") = "single";

  // Lists: bullets through numbering 2, numbers through a list's own w:num
  // (the paragraph names it; the style's is the default).
  const char* bullet_names[3] = {"List Bullet", "List Bullet 2", "List Bullet 3"};
  const char* number_names[3] = {"List Number", "List Number 2", "List Number 3"};
  for (int l = 1; l <= 3; ++l) {
    for (bool numbered : {false, true}) {
      std::string id = fmt::format("{}{}", numbered ? "ListNumber" : "ListBullet", l == 1 ? "" : std::to_string(l));
      auto s = b.add("paragraph", id.c_str(), numbered ? number_names[l - 1] : bullet_names[l - 1], "Normal");
      auto sp = s.append_child("w:pPr");
      numbering(sp, numbered ? first_list_numbering : bullet_numbering, l - 1);
      spacing(sp, 0, st.body.leading * 0.25, line_multiple(st.body));
    }
  }

  // A body paragraph numbered "1." at the margin, its text indented after it
  // (<paragraphs numbering="decimal">).
  auto numbered = b.add("paragraph", "NumberedParagraph", "Numbered Paragraph", "Normal", "NumberedParagraph");
  numbering(numbered.append_child("w:pPr"), paragraph_numbering, 0);

  auto quote = b.add("paragraph", "Quote", "Quote", "Normal", "Normal");
  auto quote_p = quote.append_child("w:pPr");
  auto quote_ind = quote_p.append_child("w:ind");
  quote_ind.append_attribute("w:left") = twips(28);
  quote_ind.append_attribute("w:right") = twips(28);
  quote.append_child("w:rPr").append_child("w:i");

  auto lead = b.add("paragraph", "RecommendationLead", "Recommendation Lead", "Normal", "Recommendation");
  lead.append_child("w:pPr").append_child("w:keepNext");
  auto rec = b.add("paragraph", "Recommendation", "Recommendation", "ListBullet", "Recommendation");
  spacing(rec.append_child("w:pPr"), 0, st.body.leading * 0.35, line_multiple(st.body));

  auto footer = b.add("paragraph", "Footer", "footer", "Normal");
  auto footer_p = footer.append_child("w:pPr");
  spacing(footer_p, 0, 0, 240);
  justify(footer_p, "center");
  auto footer_r = footer.append_child("w:rPr");
  fonts(footer_r, st.footer.family);
  size(footer_r, st.footer.size);

  return xml_bytes(doc);
}

std::string numbering_part(int numbered_lists) {
  pugi::xml_document doc;
  auto root = doc.append_child("w:numbering");
  root.append_attribute("xmlns:w") = word_namespace;
  auto abstract = [&](int id) {
    auto a = root.append_child("w:abstractNum");
    a.append_attribute("w:abstractNumId") = id;
    a.append_child("w:multiLevelType").append_attribute("w:val") = id == 0 ? "multilevel" : "hybridMultilevel";
    return a;
  };
  // 0: headings "1.", "1.1.", "1.1.1." (the resolver's section numbers).
  auto headings = abstract(0);
  level(headings, 0, "decimal", "%1.", 0, 0, "Heading1");
  level(headings, 1, "decimal", "%1.%2.", 0, 0, "Heading2");
  level(headings, 2, "decimal", "%1.%2.%3.", 0, 0, "Heading3");
  // 1: bullets "•", "–", "◦" (the resolver's labels).
  auto bullets = abstract(1);
  const char* marks[3] = {"•", "–", "◦"};
  for (int l = 0; l < 3; ++l) level(bullets, l, "bullet", marks[l], 18.0 * (l + 1), 14);
  // 2: numbers "1.", nested "1." again, as the PDF labels them.
  auto numbers = abstract(2);
  for (int l = 0; l < 3; ++l) level(numbers, l, "decimal", fmt::format("%{}.", l + 1), 18.0 * (l + 1), 18);

  // 3: numbered paragraphs, "1." at the margin and a tab to the text.
  auto paragraphs = abstract(3);
  level(paragraphs, 0, "decimal", "%1.", 28, 28);

  auto num = [&](int id, int abstract_id, bool restart) {
    auto n = root.append_child("w:num");
    n.append_attribute("w:numId") = id;
    n.append_child("w:abstractNumId").append_attribute("w:val") = abstract_id;
    if (restart)
      for (int l = 0; l < 3; ++l) {
        auto o = n.append_child("w:lvlOverride");
        o.append_attribute("w:ilvl") = l;
        o.append_child("w:startOverride").append_attribute("w:val") = 1;
      }
  };
  num(heading_numbering, 0, false);
  num(bullet_numbering, 1, false);
  num(paragraph_numbering, 3, false);
  for (int i = 0; i < std::max(numbered_lists, 1); ++i) num(first_list_numbering + i, 2, true);
  return xml_bytes(doc);
}

}  // namespace briefc::write::docx
