#include "leak/pdf_text.hpp"

#include "text/percent_encoding.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>
#include <zlib.h>
#include <climits>

namespace briefc::leak {

namespace {

// briefc's own PDFs inflate to a few MB; a stream far beyond that is not one.
constexpr std::size_t max_inflated_bytes = std::size_t{512} << 20;

bool inflate_stream(std::string_view in, std::string& out, std::size_t& consumed) {
  z_stream zs{};
  if (inflateInit(&zs) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT_MAX));
  char buffer[1 << 16];
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    status = inflate(&zs, Z_NO_FLUSH);
    if ((status != Z_OK && status != Z_STREAM_END) || out.size() > max_inflated_bytes) {
      inflateEnd(&zs);
      return false;
    }
    out.append(buffer, sizeof buffer - zs.avail_out);
  }
  consumed = zs.total_in;
  inflateEnd(&zs);
  return true;
}

// Text streams (page content, CMaps, XMP) hold no control bytes; fonts and
// glyph maps are full of them.
bool is_binary(std::string_view data) {
  std::size_t control = 0;
  for (unsigned char c : data)
    if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) ++control;
  return control * 100 > data.size();
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The "stream" keyword that starts a stream's data: after a dictionary's ">>"
// and followed by an end of line.
std::size_t find_stream(std::string_view pdf, std::size_t from) {
  for (std::size_t k = pdf.find("stream", from); k != std::string_view::npos; k = pdf.find("stream", k + 6)) {
    std::size_t before = k;
    while (before > 0 && is_space(pdf[before - 1])) --before;
    bool after_dict = before >= 2 && pdf.substr(before - 2, 2) == ">>";
    bool eol = k + 6 < pdf.size() && (pdf[k + 6] == '\n' || pdf[k + 6] == '\r');
    if (after_dict && eol) return k;
  }
  return std::string_view::npos;
}

// "12" for text holding "12 0 obj".
std::string object_number(std::string_view text) {
  std::size_t obj = text.find(" obj");
  if (obj == std::string_view::npos) return {};
  std::size_t end = obj;
  while (end > 0 && is_space(text[end - 1])) --end;
  while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;  // generation
  while (end > 0 && is_space(text[end - 1])) --end;
  std::size_t start = end;
  while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9') --start;
  return std::string(text.substr(start, end - start));
}

std::string utf16be_to_utf8(std::string_view bytes) {
  std::string out;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t unit =
        static_cast<char32_t>((static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]));
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = static_cast<char32_t>((static_cast<unsigned char>(bytes[i + 2]) << 8) |
                                           static_cast<unsigned char>(bytes[i + 3]));
      if (low >= 0xDC00 && low <= 0xDFFF) {
        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    text::append_utf8(out, unit);
  }
  return out;
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes) text::append_utf8(out, c);
  return out;
}


// A literal string "( … )" starting at `i` (the "("); advances `i` past it.
std::string literal_string(std::string_view s, std::size_t& i) {
  std::string out;
  int depth = 0;
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      char e = s[++i];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case '\r':
          if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
          break;
        case '\n':
          break;
        default:
          if (e >= '0' && e <= '7') {
            int value = e - '0';
            for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
              value = value * 8 + (s[++i] - '0');
            out += static_cast<char>(value & 0xFF);
          } else {
            out += e;  // \( \) \\ and any other escaped character
          }
      }
    } else if (c == '(') {
      ++depth;
      out += c;
    } else if (c == ')') {
      if (depth-- == 0) {
        ++i;
        return out;
      }
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// Past the literal string starting at `i` (the "("), without decoding it:
// a page shows thousands.
void skip_literal_string(std::string_view s, std::size_t& i) {
  // Most strings hold no "(" and no escape: then the first ")" ends them,
  // and memchr finds it far faster than a loop over every byte.
  std::size_t close = s.find(')', i + 1);
  if (close != std::string_view::npos) {
    std::string_view inside = s.substr(i + 1, close - i - 1);
    if (inside.find('\\') == std::string_view::npos && inside.find('(') == std::string_view::npos) {
      i = close + 1;
      return;
    }
  }
  int depth = 0;
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') {
      ++i;  // the escaped character, whatever it is
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && depth-- == 0) {
      ++i;
      return;
    }
  }
}

// A hex string "< … >" starting at `i` (the "<"); advances `i` past it.
std::string hex_string(std::string_view s, std::size_t& i) {
  std::string out;
  int high = -1;
  for (++i; i < s.size() && s[i] != '>'; ++i) {
    int v = text::hex_digit_value(s[i]);
    if (v < 0) continue;  // whitespace
    if (high < 0) {
      high = v;
    } else {
      out += static_cast<char>(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out += static_cast<char>(high * 16);  // an odd digit count ends with an implied 0
  ++i;
  return out;
}

void add_decoded(std::vector<std::string>& out, const std::string& bytes) {
  bool utf16 =
      bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF;
  std::string decoded = utf16                        ? utf16be_to_utf8(std::string_view(bytes).substr(2))
                        : text::is_valid_utf8(bytes) ? bytes
                                                     : latin1_to_utf8(bytes);
  if (decoded.find('%') != std::string::npos) out.push_back(text::percent_decode(decoded));
  out.push_back(std::move(decoded));
}

// The text nodes of an XML packet, with the five predefined entities and
// numeric character references replaced.
std::vector<std::string> xml_texts(std::string_view xml) {
  std::vector<std::string> out;
  for (std::size_t at = xml.find('>'); at != std::string_view::npos; at = xml.find('>', at + 1)) {
    std::size_t end = xml.find('<', at + 1);
    if (end == std::string_view::npos) end = xml.size();
    std::string_view raw = xml.substr(at + 1, end - at - 1);
    if (raw.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    std::string text;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      std::size_t semicolon = raw[i] == '&' ? raw.find(';', i) : std::string_view::npos;
      if (semicolon == std::string_view::npos) {
        text += raw[i];
        continue;
      }
      std::string_view name = raw.substr(i + 1, semicolon - i - 1);
      if (name == "amp") text += '&';
      else if (name == "lt") text += '<';
      else if (name == "gt") text += '>';
      else if (name == "quot") text += '"';
      else if (name == "apos") text += '\'';
      else if (name.size() > 1 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        int base = hex ? 16 : 10;
        char32_t cp = 0;
        for (char c : name.substr(hex ? 2 : 1)) {
          int digit = text::hex_digit_value(c);
          if (digit < 0 || digit >= base || cp > 0x10FFFF) {
            cp = text::replacement_character;
            break;
          }
          cp = cp * static_cast<char32_t>(base) + static_cast<char32_t>(digit);
        }
        text::append_utf8(text, cp > 0x10FFFF ? text::replacement_character : cp);
      } else {
        text.append(raw.substr(i, semicolon - i + 1));
      }
      i = semicolon;
    }
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace

std::vector<std::string> property_list_strings(std::string_view content) {
  std::vector<std::string> out;
  int depth = 0;  // of << >>: strings count only inside a dictionary
  for (std::size_t i = 0; i < content.size();) {
    char c = content[i];
    if (c == '(' && depth == 0) {
      skip_literal_string(content, i);  // shown text: glyph codes, read as laid out
    } else if (c == '(') {
      std::size_t start = i;
      skip_literal_string(content, i);
      for (auto& s : pdf_strings(content.substr(start, i - start))) out.push_back(std::move(s));
    } else if (c == '<' && i + 1 < content.size() && content[i + 1] == '<') {
      ++depth;
      i += 2;
    } else if (c == '>' && i + 1 < content.size() && content[i + 1] == '>') {
      i += 2;
      if (depth > 0) --depth;
    } else if (c == '<') {
      std::size_t start = i;
      hex_string(content, i);
      if (depth > 0)
        for (auto& s : pdf_strings(content.substr(start, i - start))) out.push_back(std::move(s));
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<std::string> pdf_strings(std::string_view s, bool utf16_hex_only) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '%') {  // a comment runs to the end of the line
      while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
    } else if (s[i] == '(') {
      add_decoded(out, literal_string(s, i));
    } else if (s[i] == '<' && i + 1 < s.size() && s[i + 1] == '<') {
      i += 2;
    } else if (s[i] == '<') {
      std::string bytes = hex_string(s, i);
      bool utf16 = bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
                   static_cast<unsigned char>(bytes[1]) == 0xFF;
      if (utf16 || !utf16_hex_only) add_decoded(out, bytes);
    } else {
      // Syntax: on to the next character that can start a string or comment.
      ++i;
      while (i < s.size() && s[i] != '(' && s[i] != '<' && s[i] != '%') ++i;
    }
  }
  return out;
}

std::vector<FileText> file_texts(std::string_view pdf, std::string& error) {
  std::vector<FileText> out;
  // The objects' strings come after the streams' (the order the check has
  // always reported them in); each piece of syntax between two streams is
  // read as it is reached, rather than copied together first: a tagged
  // paper's structure tree is most of its file.
  std::vector<FileText> objects;
  auto add_objects = [&](std::string_view outside) {
    // Split the syntax between streams at "endobj", so each piece is named.
    for (std::size_t start = 0; start < outside.size();) {
      std::size_t end = outside.find("endobj", start);
      end = end == std::string_view::npos ? outside.size() : end + 6;
      std::string_view piece = outside.substr(start, end - start);
      std::string number = object_number(piece);
      std::string where = number.empty() ? "the file's trailer" : fmt::format("object {} of the file", number);
      // The text an object holds is in its strings; the rest of its syntax is
      // numbers, coordinates and the fixed names of the PDF format (briefc
      // writes no named destination), which no value can hide in.
      for (auto& s : pdf_strings(piece)) objects.push_back({where, std::move(s), false});
      start = end;
    }
  };

  std::size_t pos = 0;
  while (pos < pdf.size()) {
    std::size_t k = find_stream(pdf, pos);
    if (k == std::string_view::npos) {
      add_objects(pdf.substr(pos));
      break;
    }
    add_objects(pdf.substr(pos, k - pos));
    std::size_t obj = pdf.rfind(" obj", k);
    std::string_view dict = obj == std::string_view::npos ? pdf.substr(pos, k - pos) : pdf.substr(obj, k - obj);
    std::size_t line = obj == std::string_view::npos ? std::string_view::npos : pdf.rfind('\n', obj);
    line = line == std::string_view::npos ? pos : line + 1;
    std::string number = object_number(pdf.substr(line, k - line));
    std::size_t data = k + 6;
    if (data < pdf.size() && pdf[data] == '\r') ++data;
    if (data < pdf.size() && pdf[data] == '\n') ++data;

    std::string content;
    std::size_t data_end = std::string_view::npos;
    // Page content, fonts and CMaps (streams without a /Type) are glyph codes,
    // numbers and binary font data; what the pages draw is checked as laid
    // out. Only typed streams (XMP metadata, object streams) are read.
    bool typed = dict.find("/Type") != std::string_view::npos;
    // Page content is read for the strings of its marked-content property
    // lists (/ActualText, /Alt, /E): text briefc writes there, not drawn as such.
    // Font programs (/Length1) are not text.
    bool content_stream = !typed && dict.find("/Length1") == std::string_view::npos;
    if ((typed || content_stream) && dict.find("/FlateDecode") != std::string_view::npos) {
      std::size_t consumed = 0;
      if (inflate_stream(pdf.substr(data), content, consumed)) {
        data_end = data + consumed;
      } else {
        error = fmt::format("cannot decompress the stream of object {}", number.empty() ? "?" : number);
        content.clear();
      }
    }
    std::size_t end_keyword = pdf.find("endstream", data_end == std::string_view::npos ? data : data_end);
    if (end_keyword == std::string_view::npos) end_keyword = pdf.size();
    if (typed && data_end == std::string_view::npos && dict.find("/FlateDecode") == std::string_view::npos)
      content.assign(pdf.substr(data, end_keyword - data));
    pos = std::min(pdf.size(), end_keyword + 9);

    if (content.empty()) continue;
    std::string where = fmt::format("the stream of object {} of the file", number.empty() ? "?" : number);
    // Page content shows two-byte glyph codes, so it looks binary; it is
    // read by its syntax instead.
    if (content_stream) {
      for (auto& s : property_list_strings(content)) out.push_back({where, std::move(s), false});
      continue;
    }
    if (is_binary(content)) continue;
    // XMP metadata is read by its text nodes, so that a title, author or
    // keywords it repeats from the document info are known as already read.
    if (dict.find("/Metadata") != std::string_view::npos) {
      std::string xmp_where = fmt::format("the XMP metadata (object {} of the file)", number.empty() ? "?" : number);
      for (auto& s : xml_texts(content)) out.push_back({xmp_where, std::move(s), false});
      continue;
    }
    for (auto& s : pdf_strings(content)) out.push_back({where, std::move(s), false});
    out.push_back({where, std::move(content), true});
  }
  for (auto& o : objects) out.push_back(std::move(o));
  return out;
}

}  // namespace briefc::leak
