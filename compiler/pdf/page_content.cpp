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
  metrics.shape(t.font, t.text, layout::Ligatures::On, scratch);
  return scratch;
}

// `t`'s glyphs as TJ array elements: strings of codes, and after a kerned
// glyph the kerning as a number, which TJ subtracts from the position in
// thousandths of the font size (PDF 32000-1, 9.4.3). Returns how far the
// text position moves: the advances and kerning, plus the character
// spacing after every glyph (9.4.4).
double append_glyphs(std::string& out, const layout::PlacedText& t, const std::vector<layout::ShapedGlyph>& glyphs,
                     const GlyphCodeFor& code_for) {
  long per_mille = 0;
  out += '(';
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    const auto& g = glyphs[i];
    append_code(out, code_for(t.font, g, std::string_view(t.text).substr(g.begin, g.end - g.begin)));
    per_mille += g.advance + g.kern;
    if (g.kern != 0 && i + 1 < glyphs.size()) {
      out += ')';
      out += std::to_string(-g.kern);
      out += '(';
    }
  }
  out += ')';
  return static_cast<double>(per_mille) * t.size / 1000.0 + t.letter_spacing * static_cast<double>(glyphs.size());
}

bool same_look(const layout::PlacedText& a, const layout::PlacedText& b) {
  return a.font == b.font && a.size == b.size && a.letter_spacing == b.letter_spacing;
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
      if (!look || look->letter_spacing != first.letter_spacing) {
        append_number(out, first.letter_spacing, 4);
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
      // TJ; each gap is given in thousandths of the font size, negated.
      double pen = first.x;
      std::size_t j = i;
      do {
        const layout::PlacedText& t = texts[j];
        if (j != i) append_number(out, (pen - t.x) * 1000.0 / t.size, 2);
        pen = t.x + append_glyphs(out, t, glyphs_of(t, metrics, scratch), code_for);
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
