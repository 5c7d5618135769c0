#include "pdf/pdf_syntax.hpp"

#include "pdf/to_unicode.hpp"

#include <charconv>
#include <cmath>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

namespace briefc::pdf {

// Written from the rounded integer, which is several times faster than
// formatting a double, and a page has thousands of numbers.
void append_number(std::string& out, double value, int decimals) {
  static constexpr long long scales[] = {1, 10, 100, 1000, 10000};
  long long scaled = std::llround(value * static_cast<double>(scales[decimals]));
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  long long whole = scaled / scales[decimals], fraction = scaled % scales[decimals];
  char buffer[24];
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, whole).ptr);
  if (fraction == 0) return;
  int digits = decimals;
  while (fraction % 10 == 0) fraction /= 10, --digits;  // no trailing zeros
  out += '.';
  char* end = std::to_chars(buffer, buffer + sizeof buffer, fraction).ptr;
  for (long long leading = digits - (end - buffer); leading > 0; --leading) out += '0';
  out.append(buffer, end);
}

void append_literal(std::string& out, std::string_view bytes) {
  out += '(';
  for (char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  out += ')';
}

void append_text_string(std::string& out, std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii = ascii && c >= 0x20 && c <= 0x7E;
  if (ascii) {
    append_literal(out, utf8);
    return;
  }
  out += '<';
  out += hex(utf16be(utf8, true));
  out += '>';
}

void append_reference(std::string& out, const void* object) {
  // libharu keeps the object number in the low 24 bits of obj_id.
  unsigned number = static_cast<const HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFFu;
  char buffer[16];
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, number).ptr);
  out += " 0 R ";
}

namespace {

// libharu's write hook: the entries, kept in the dictionary's `attr`, which
// libharu leaves to its owner and never frees.
HPDF_STATUS write_entries(HPDF_Dict dict, HPDF_Stream stream) {
  const auto* entries = static_cast<const std::string*>(dict->attr);
  if (!entries) return HPDF_OK;
  return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(entries->data()),
                           static_cast<HPDF_UINT>(entries->size()));
}

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

HPDF_Dict new_compressed_stream(HPDF_Doc pdf, std::string_view compressed) {
  HPDF_Dict dict = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!dict) return nullptr;
  // libharu writes /Filter only for the streams it compresses itself.
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = write_flate_filter;
  if (HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(compressed.data()),
                        static_cast<HPDF_UINT>(compressed.size())) != HPDF_OK)
    return nullptr;
  return dict;
}

HPDF_Dict new_serialized_object(HPDF_Doc pdf, const std::string* entries) {
  HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
  if (!dict || HPDF_Xref_Add(pdf->xref, dict) != HPDF_OK) return nullptr;
  dict->write_fn = write_entries;
  dict->attr = const_cast<std::string*>(entries);
  return dict;
}

}  // namespace briefc::pdf
