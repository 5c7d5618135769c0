#include "pdf/page_content.hpp"

#include "pdf/pdf_syntax.hpp"
#include "pdf/span_language.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>

namespace briefc::pdf {

namespace {

double rounded(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

// A two-byte character code inside a PDF literal string. Parentheses and
// backslashes are escaped, and so are CR and LF, which readers would
// otherwise normalise.
void append_code(std::string& out, std::uint16_t code) {
  for (unsigned char byte : {static_cast<unsigned char>(code >> 8), static_cast<unsigned char>(code & 0xFF)}) {
    switch (byte) {
      case '(': out += "\\("; break;
      case ')': out += "\\)"; break;
      case '\\': out += "\\\\"; break;
      case '\r': out += "\\r"; break;
      case '\n': out += "\\n"; break;
      default: out += static_cast<char>(byte);
    }
  }
}

// The glyphs of `t`: layout's, or its text shaped whole.
const std::vector<layout::ShapedGlyph>& glyphs_of(const layout::PlacedText& t, const layout::FontMetrics& metrics,
                                                  std::vector<layout::ShapedGlyph>& scratch) {
  if (!t.glyphs.empty() || t.text.empty()) return t.glyphs;
  scratch.clear();
  metrics.shape(t.font, t.text, layout::Shaping::Full, scratch);
  return scratch;
}

// `t`'s glyphs as TJ array elements: strings of codes, and after a kerned
// glyph the kerning as a number, which TJ subtracts from the position in
// thousandths of the font size (PDF 32000-1, 9.4.3). Returns their width:
// the advances and kerning, before character spacing and scaling.
double append_glyphs(std::string& out, const layout::PlacedText& t, const std::vector<layout::ShapedGlyph>& glyphs,
                     const layout::FontMetrics& metrics, const GlyphCodeFor& code_for) {
  long per_mille = 0;
  out += '(';
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    const auto& g = glyphs[i];
    const std::string_view shown = std::string_view(t.text).substr(g.begin, g.length);
    std::size_t next = 0;
    char32_t cp = text::decode_at(shown, next);
    int kern = g.kern;
    if (next == shown.size()) {
      append_code(out, static_cast<std::uint16_t>(cp > 0xFFFF ? text::replacement_character : cp));
    } else if (auto code = code_for(t.font, g, shown)) {
      append_code(out, *code);
    } else {
      // No code left for the ligature: its letters, then back to where the
      // ligature would have ended.
      for (std::size_t at = 0; at < shown.size();) {
        const std::size_t begin = at;
        cp = text::decode_at(shown, at);
        append_code(out, static_cast<std::uint16_t>(cp > 0xFFFF ? text::replacement_character : cp));
        kern -= static_cast<int>(std::lround(metrics.width(t.font, shown.substr(begin, at - begin), 1000)));
      }
      kern += g.advance;
    }
    per_mille += g.advance + g.kern;
    if (kern != 0 && i + 1 < glyphs.size()) {
      out += ')';
      out += std::to_string(-kern);
      out += '(';
    }
  }
  out += ')';
  return static_cast<double>(per_mille) * t.size / 1000.0;
}

// The horizontal scaling drawn for `t` (PDF Tz, in percent), rounded as it
// is written, so that positions are computed with what a reader applies.
double scaling_percent(const layout::PlacedText& t) { return rounded(t.horizontal_scale * 100, 3); }

// The character spacing written for `t` (Tc): the reader scales it by Tz,
// and layout's letter spacing is as drawn.
double character_spacing(const layout::PlacedText& t) {
  return t.horizontal_scale == 1 ? t.letter_spacing : t.letter_spacing * 100 / scaling_percent(t);
}

// How far the text position moves after showing `glyphs` of `t`, which are
// `width` wide: the character spacing follows every glyph, and Tz scales
// it all (PDF 32000-1, 9.4.4).
double advance(const layout::PlacedText& t, double width, std::size_t glyphs) {
  const auto count = static_cast<double>(glyphs);
  if (t.horizontal_scale != 1) return (width + rounded(character_spacing(t), 4) * count) * scaling_percent(t) / 100;
  return width + t.letter_spacing * count;
}

bool same_look(const layout::PlacedText& a, const layout::PlacedText& b) {
  return a.font == b.font && a.size == b.size && a.letter_spacing == b.letter_spacing &&
         a.horizontal_scale == b.horizontal_scale;
}

// Texts in one marked-content sequence: the same block, part and span.
bool same_mark(const layout::PlacedText& a, const layout::PlacedText& b) {
  return a.block == b.block && (a.block < 0 || (a.part == b.part && a.span == b.span));
}

}  // namespace

PageContent page_content(const layout::Page& page, const layout::FontMetrics& metrics,
                         const FontResourceName& resource_name, const GlyphCodeFor& code_for, const StructureTag& tag,
                         std::string_view document_lang) {
  std::vector<layout::ShapedGlyph> scratch;  // a text's glyphs when layout gave none
  PageContent made;
  std::string& out = made.operators;
  out.reserve(page.texts.size() * 16 + page.rules.size() * 40 + 64);
  if (!page.texts.empty()) {
    out += "BT\n";
    const layout::PlacedText* mark = nullptr;  // the text that opened the current sequence
    // The language of the words in the current sequence: Document, or the
    // one a /Span <</Lang …>> opened inside it.
    WordLanguage language = WordLanguage::Document;
    auto close_language = [&] {
      if (!language_tag(language).empty()) out += "EMC\n";
      language = WordLanguage::Document;
    };
    // Whether a word reads in `language` (a word without letters reads in
    // any; a Cyrillic word without a Kazakh letter reads in Kazakh too).
    auto reads_in = [&](const layout::PlacedText& t, WordLanguage current) {
      WordLanguage w = word_language(t.text, document_lang);
      return w == WordLanguage::Neutral || w == current ||
             (w == WordLanguage::Russian && current == WordLanguage::Kazakh);
    };
    const layout::PlacedText* look = nullptr;  // font, size and spacing in effect
    double scaling = 100;                      // Tz in effect (the page starts at 100)
    double line_x = 0, line_y = 0;            // start of the current text line (Td is relative to it)
    const auto& texts = page.texts;
    for (std::size_t i = 0; i < texts.size();) {
      const layout::PlacedText& first = texts[i];
      if (!mark || !same_mark(*mark, first)) {
        if (mark) {
          close_language();
          out += "EMC\n";
        }
        mark = &first;
        if (first.block < 0) {
          out += "/Artifact <</Type /Pagination>> BDC\n";
        } else {
          out += '/';
          out += tag(first.block, first.part);
          out += " <</MCID ";
          out += std::to_string(made.marked.size());
          out += ">> BDC\n";
          made.marked.push_back({first.block, first.part, first.span});
        }
      }
      if (first.block >= 0 && !reads_in(first, language)) {
        close_language();
        language = word_language(first.text, document_lang);
        std::string_view code = language_tag(language);
        if (!code.empty()) {
          out += "/Span <</Lang (";
          out += code;
          out += ")>> BDC\n";
        }
      }
      if (first.actual_text) {
        out += "/Span <</ActualText ";
        append_text_string(out, *first.actual_text);
        out += ">> BDC\n";
      }
      if (!look || !(look->font == first.font) || look->size != first.size) {
        out += '/';
        out += resource_name(first.font);
        out += ' ';
        append_number(out, first.size, 3);
        out += " Tf\n";
      }
      if (scaling != scaling_percent(first)) {
        scaling = scaling_percent(first);
        append_number(out, scaling, 3);
        out += " Tz\n";
      }
      if (!look || character_spacing(*look) != character_spacing(first)) {
        append_number(out, character_spacing(first), 4);
        out += " Tc\n";
      }
      look = &first;
      // Td moves relative to the last line's start: keep that start where a
      // reader will compute it from the rounded numbers, so no error adds up.
      double dx = rounded(first.x - line_x, 3), dy = rounded(first.y - line_y, 3);
      append_number(out, dx, 3);
      out += ' ';
      append_number(out, dy, 3);
      out += " Td\n[";
      line_x += dx;
      line_y += dy;
      // The words that follow on the same baseline in the same look join this
      // TJ; each gap is given in thousandths of the font size, negated, and
      // is scaled by Tz like the glyphs.
      double pen = first.x;
      std::size_t j = i;
      do {
        const layout::PlacedText& t = texts[j];
        if (j != i) append_number(out, (pen - t.x) * 1000.0 / t.size * 100 / scaling, 2);
        const auto& glyphs = glyphs_of(t, metrics, scratch);
        pen = t.x + advance(t, append_glyphs(out, t, glyphs, metrics, code_for), glyphs.size());
        ++j;
      } while (!first.actual_text && j < texts.size() && texts[j].y == first.y && same_look(texts[j], first) &&
               texts[j].x >= pen - 0.01 && same_mark(texts[j], first) && !texts[j].actual_text &&
               (first.block < 0 || reads_in(texts[j], language)));
      out += "] TJ\n";
      if (first.actual_text) out += "EMC\n";
      i = j;
    }
    if (mark) {
      close_language();
      out += "EMC\n";
    }
    out += "ET\n";
  }
  if (!page.rules.empty()) out += "/Artifact BMC\n";
  double line_width = -1;
  for (const auto& r : page.rules) {
    if (r.width != line_width) {
      append_number(out, r.width, 3);
      out += " w\n";
      line_width = r.width;
    }
    append_number(out, r.x1, 3);
    out += ' ';
    append_number(out, r.y1, 3);
    out += " m ";
    append_number(out, r.x2, 3);
    out += ' ';
    append_number(out, r.y2, 3);
    out += " l S\n";
  }
  if (!page.rules.empty()) out += "EMC\n";
  return made;
}

}  // namespace briefc::pdf
