#include "text/quotes.hpp"

#include "text/utf8.hpp"

#include <array>

namespace briefc::text {

namespace {

constexpr QuotationMarks english{"\u201C", "\u201D", "\u2018", "\u2019"};     // “…” ‘…’
constexpr QuotationMarks guillemets{"\u00AB", "\u00BB", "\u201E", "\u201C"};  // «…» „…“
constexpr std::string_view apostrophe = "\u2019";

constexpr std::array<std::string_view, 8> guillemet_languages = {"ru", "kk", "uk", "be", "ky", "tg", "uz", "tt"};

std::string_view primary_language(std::string_view bcp47) {
  return bcp47.substr(0, bcp47.find_first_of("-_"));
}

bool is_space(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Letters and digits of any script, roughly: what an apostrophe sits between.
bool is_word(char32_t cp) {
  if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9')) return true;
  return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x206F) && cp != replacement_character;
}

// Where a quote opens rather than closes: at the start, after a space, an
// opening bracket, a dash, a slash, or right after another opening mark
// (which leaves `previous` at 0).
// The code point at byte i, leaving i as it was.
char32_t peek_at(std::string_view text, std::size_t i) { return decode_at(text, i); }

bool opens_after(char32_t previous) {
  return previous == 0 || is_space(previous) || previous == U'(' || previous == U'[' || previous == U'{' ||
         previous == U'-' || previous == U'/' || (previous >= 0x2010 && previous <= 0x2015);
}

}  // namespace

QuotationMarks quotation_marks(std::string_view bcp47) {
  const std::string_view primary = primary_language(bcp47);
  for (const std::string_view lang : guillemet_languages) {
    if (primary.size() != lang.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < lang.size(); ++i) same = same && (primary[i] | 0x20) == lang[i];
    if (same) return guillemets;
  }
  return english;
}

QuoteTypographer::QuoteTypographer(std::string_view bcp47) : marks_(quotation_marks(bcp47)) {}

void QuoteTypographer::open(std::string& out, bool single) {
  const bool inner = single || !levels_.empty();
  out += inner ? marks_.inner_open : marks_.open;
  levels_.push_back(Level{single, inner ? marks_.inner_close : marks_.close});
  previous_ = 0;  // what follows an opening mark opens too ("„" right after "«")
}

void QuoteTypographer::close(std::string& out, bool single) {
  // A double quote closes the innermost double quotation, and with it any
  // single one the author left open inside ('…tolerance." closes the ").
  auto level = levels_.end();
  while (level != levels_.begin() && (level - 1)->single != single && !single) --level;
  if (level == levels_.begin() || (level - 1)->single != single) {
    out += single ? apostrophe : marks_.close;
  } else {
    out += (level - 1)->close;
    levels_.erase(level - 1, levels_.end());
  }
  previous_ = U'"';  // anything that is not a space: a quote after a closing mark closes
}

std::string QuoteTypographer::convert(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = decode_at(text, i);
    if (cp == U'"') {
      if (opens_after(previous_))
        open(out, false);
      else
        close(out, false);
    } else if (cp == U'\'') {
      std::size_t peek = i;
      const char32_t next = i < text.size() ? decode_at(text, peek) : 0;
      const bool single_open = !levels_.empty() && levels_.back().single;
      if (is_word(previous_) && is_word(next)) {
        out += apostrophe;
        previous_ = U'\u2019';
      } else if (opens_after(previous_) && next != 0 && !is_space(next)) {
        open(out, true);
      } else if (single_open) {
        close(out, true);
      } else {
        out += apostrophe;
        previous_ = U'\u2019';
      }
    } else if (cp == U'-' && is_space(previous_) && i < text.size() && is_space(peek_at(text, i))) {
      // A hyphen spaced between words stands where a dash is meant
      // ("developments - such as slander -"): set as a spaced en dash, the
      // dash both English and Russian space. `briefc check` still tells the
      // author (text-spaced-hyphen), whose source keeps the hyphen.
      out += "\u2013";
      previous_ = U'\u2013';
    } else if (cp == static_cast<char32_t>(q_open_placeholder)) {
      open(out, false);
    } else if (cp == static_cast<char32_t>(q_close_placeholder)) {
      close(out, false);
    } else {
      out.append(text.substr(start, i - start));
      previous_ = cp;
    }
  }
  return out;
}

void QuoteTypographer::pass(std::string_view text) {
  if (text.empty()) return;
  std::size_t i = text.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  std::size_t at = i;
  previous_ = decode_at(text, at);
}

}  // namespace briefc::text
