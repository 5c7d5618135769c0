#include "pdf/font_embedding.hpp"

#include "fonts/font_subset.hpp"
#include "pdf/flate.hpp"
#include "pdf/pdf_syntax.hpp"
#include "pdf/to_unicode.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>

namespace briefc::pdf {

namespace {

// A PDF name (PDF 32000-1, 7.3.5): delimiters, '#' and bytes outside
// printable ASCII written as #XX.
void append_name(std::string& out, std::string_view name) {
  out += '/';
  for (unsigned char c : name) {
    if (c < 0x21 || c > 0x7E || std::string_view("()<>[]{}/%#").find(static_cast<char>(c)) != std::string_view::npos)
      out += fmt::format("#{:02X}", c);
    else
      out += static_cast<char>(c);
  }
}

void append_int(std::string& out, long long value) {
  out += std::to_string(value);
  out += ' ';
}

// "32 [250 333 408] 65 [722]": the widths of runs of consecutive codes
// (`widths`: code and width, sorted by code).
std::string width_array(const std::vector<std::pair<char32_t, int>>& widths) {
  std::string out;
  char32_t next = 0;
  bool open = false;
  for (auto [code, width] : widths) {
    if (!open || code != next) {
      if (open) out += "] ";
      out += std::to_string(code);
      out += " [";
      open = true;
    } else {
      out += ' ';
    }
    out += std::to_string(width);
    next = code + 1;
  }
  if (open) out += ']';
  return out;
}

}  // namespace

bool make_font_program(HPDF_Doc pdf, const fonts::TrueTypeFont& font, const std::vector<char32_t>& codes,
                       const std::vector<GlyphCode>& glyph_codes, FontProgram& out, std::string& error) {
  std::vector<std::uint16_t> extra;
  for (const auto& g : glyph_codes) extra.push_back(g.glyph);
  fonts::FontSubset subset;
  if (!fonts::subset_font(font, codes, subset, error, extra)) return false;
  const std::string& bytes = subset.file;
  // libharu reads the subset's name and metrics, as it did when it embedded
  // the font itself, so the names and numbers are those it wrote.
  HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, static_cast<HPDF_UINT>(bytes.size()));
  if (!stream) {
    error = "libharu could not hold the subset";
    return false;
  }
  HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
  HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, stream, HPDF_TRUE);  // takes the stream
  if (!def) {
    error = "libharu could not read the subset";
    return false;
  }
  out.postscript_name = def->base_font;
  out.ascent = def->ascent;
  out.descent = def->descent;
  out.bbox = {static_cast<int>(def->font_bbox.left), static_cast<int>(def->font_bbox.bottom),
              static_cast<int>(def->font_bbox.right), static_cast<int>(def->font_bbox.top)};
  out.missing_width = def->missing_width;
  HPDF_FontDef_Free(def);

  out.facts = fonts::font_facts(font);
  out.font_file = flate_compress(bytes);
  out.font_file_length = bytes.size();
  // Character codes are Unicode values (and a ligature's a C0 control), so
  // the CIDToGIDMap only needs to reach the highest code drawn. Advances are
  // the full font's: the subset keeps them unchanged.
  std::vector<std::pair<char32_t, std::uint16_t>> glyph_of_code = subset.glyphs;
  std::vector<std::pair<char32_t, int>> widths;
  for (auto [c, glyph] : subset.glyphs) widths.emplace_back(c, font.advance_per_mille(font.glyph(c)));
  std::vector<std::pair<std::uint16_t, std::string>> shown;
  for (std::size_t i = 0; i < glyph_codes.size(); ++i) {
    glyph_of_code.emplace_back(glyph_codes[i].code, subset.extra_glyphs[i]);
    widths.emplace_back(glyph_codes[i].code, font.advance_per_mille(glyph_codes[i].glyph));
    shown.emplace_back(glyph_codes[i].code, glyph_codes[i].shown);
  }
  std::sort(glyph_of_code.begin(), glyph_of_code.end());
  std::sort(widths.begin(), widths.end());
  char32_t highest = glyph_of_code.empty() ? 0 : glyph_of_code.back().first;
  std::string cid_map(2 * (highest + 1), '\0');
  for (auto [c, glyph] : glyph_of_code) {
    cid_map[2 * c] = static_cast<char>(glyph >> 8);
    cid_map[2 * c + 1] = static_cast<char>(glyph & 0xFF);
  }
  out.cid_to_gid = flate_compress(cid_map);
  out.to_unicode = flate_compress(to_unicode_cmap(codes, shown));
  out.widths = width_array(widths);
  return true;
}

HPDF_Dict add_font_objects(HPDF_Doc pdf, const FontProgram& program, const std::string& tag,
                           std::deque<std::string>& entries) {
  HPDF_Dict font_file = new_compressed_stream(pdf, program.font_file);
  HPDF_Dict cid_map = new_compressed_stream(pdf, program.cid_to_gid);
  HPDF_Dict to_unicode = new_compressed_stream(pdf, program.to_unicode);
  if (!font_file || !cid_map || !to_unicode) return nullptr;
  if (HPDF_Dict_AddNumber(font_file, "Length1", static_cast<HPDF_INT32>(program.font_file_length)) != HPDF_OK)
    return nullptr;
  std::string name = tag + "+" + program.postscript_name;

  std::string& d = entries.emplace_back("/Type /FontDescriptor /FontName ");
  append_name(d, name);
  d += " /Flags ";
  append_int(d, program.facts.flags);
  d += "/FontBBox [";
  for (int v : program.bbox) append_int(d, v);
  d += "] /ItalicAngle ";
  append_number(d, program.facts.italic_angle, 4);
  d += " /Ascent ";
  append_int(d, program.ascent);
  d += "/Descent ";
  append_int(d, program.descent);
  d += "/CapHeight ";
  append_int(d, program.facts.cap_height);
  d += "/StemV ";
  append_int(d, program.facts.stem_v);
  d += "/XHeight ";
  append_int(d, program.facts.x_height);
  d += "/FontFile2 ";
  append_reference(d, font_file);
  HPDF_Dict descriptor = new_serialized_object(pdf, &d);
  if (!descriptor) return nullptr;

  std::string& c = entries.emplace_back("/Type /Font /Subtype /CIDFontType2 /BaseFont ");
  append_name(c, name);
  c += " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ";
  append_reference(c, descriptor);
  c += "/DW ";
  append_int(c, program.missing_width);
  c += "/W [";
  c += program.widths;
  c += "] /CIDToGIDMap ";
  append_reference(c, cid_map);
  HPDF_Dict cid_font = new_serialized_object(pdf, &c);
  if (!cid_font) return nullptr;

  std::string& t = entries.emplace_back("/Type /Font /Subtype /Type0 /BaseFont ");
  append_name(t, name);
  t += " /Encoding /Identity-H /DescendantFonts [";
  append_reference(t, cid_font);
  t += "] /ToUnicode ";
  append_reference(t, to_unicode);
  return new_serialized_object(pdf, &t);
}

}  // namespace briefc::pdf
