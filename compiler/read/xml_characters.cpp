#include "read/xml_characters.hpp"

#include "text/utf8.hpp"

#include <array>
#include <charconv>
#include <fmt/format.h>

namespace briefc::read {

namespace {

// XML 1.0 §2.2, Char.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

constexpr std::array predefined = {"lt", "gt", "amp", "apos", "quot"};

class CharacterCheck {
public:
  CharacterCheck(std::string_view text, diag::FileId file, diag::Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  bool run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      auto c = static_cast<unsigned char>(text_[i]);
      if (c == '<') i = after_markup(i);
      else if (c == '&') i = after_reference(i);
      else if (c < 0x20 || c == 0xEF) i = after_character(i);
      else ++i;
    }
    return ok_;
  }

private:
  void report(std::size_t at, std::string message, std::string hint) {
    diags_.error({file_, static_cast<std::uint32_t>(at)}, std::move(message), std::move(hint)).rule = "xml-invalid";
    ok_ = false;
  }

  // Checks the character at `i` (a control byte, or a lead byte that may start
  // U+FFFE / U+FFFF) and returns the offset after it.
  std::size_t after_character(std::size_t i) {
    std::size_t next = i;
    char32_t c = text::decode_at(text_, next);
    if (!is_xml_char(c))
      report(i, fmt::format("the character U+{:04X} is not allowed in XML", static_cast<std::uint32_t>(c)),
             "remove it: XML allows tab, line feed, carriage return and printable characters only");
    return next;
  }

  // Comments, CDATA sections and processing instructions hold '&' as text:
  // skip them whole, checking only their characters. Tags are scanned as text
  // (attribute values may hold references).
  std::size_t after_markup(std::size_t i) {
    std::string_view rest = text_.substr(i);
    std::string_view terminator = rest.starts_with("<!--")        ? "-->"
                                  : rest.starts_with("<![CDATA[") ? "]]>"
                                  : rest.starts_with("<?")        ? "?>"
                                                                  : "";
    if (terminator.empty()) return i + 1;
    std::size_t end = text_.find(terminator, i);
    end = end == std::string_view::npos ? text_.size() : end + terminator.size();
    for (std::size_t j = i; j < end;) {
      auto c = static_cast<unsigned char>(text_[j]);
      j = c < 0x20 || c == 0xEF ? after_character(j) : j + 1;
    }
    return end;
  }

  // A reference: &name; or &#digits; or &#xhex;.
  std::size_t after_reference(std::size_t i) {
    std::size_t semicolon = text_.find(';', i);
    // A reference is short; a '&' with no ';' soon after is a bare ampersand.
    if (semicolon == std::string_view::npos || semicolon - i > 12) {
      report(i, "a bare '&': in XML it starts an entity reference such as &amp;", "write &amp; for an ampersand");
      return i + 1;
    }
    std::string_view body = text_.substr(i + 1, semicolon - i - 1);
    if (body.starts_with('#')) {
      bool hex = body.size() > 1 && body[1] == 'x';
      std::string_view digits = body.substr(hex ? 2 : 1);
      std::uint32_t value = 0;
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
      if (digits.empty() || ec != std::errc{} || end != digits.data() + digits.size()) {
        report(i, fmt::format("malformed character reference '&{};'", body),
               "write &#NNNN; (decimal) or &#xHHHH; (hexadecimal)");
      } else if (!is_xml_char(value)) {
        report(i, fmt::format("'&{};' names U+{:04X}, a character XML does not allow", body, value),
               value >= 0xD800 && value <= 0xDFFF ? "write the character itself, or &#x followed by its code point "
                                                    "(a surrogate is half of a UTF-16 pair, not a character)"
                                                  : "remove it: XML allows tab, line feed, carriage return and "
                                                    "printable characters only");
      }
      return semicolon + 1;
    }
    for (const char* name : predefined)
      if (body == name) return semicolon + 1;
    bool is_name = !body.empty() && body.find_first_of(" \t\r\n<>&\"'") == std::string_view::npos;
    if (is_name)
      report(i, fmt::format("unknown entity '&{};'", body),
             "XML knows only &lt; &gt; &amp; &apos; &quot; and character references such as &#x2014;");
    else
      report(i, "a bare '&': in XML it starts an entity reference such as &amp;", "write &amp; for an ampersand");
    return is_name ? semicolon + 1 : i + 1;
  }

  std::string_view text_;
  diag::FileId file_;
  diag::Diagnostics& diags_;
  bool ok_ = true;
};

}  // namespace

bool check_xml_characters(std::string_view text, diag::FileId file, diag::Diagnostics& diags) {
  return CharacterCheck(text, file, diags).run();
}

}  // namespace briefc::read
