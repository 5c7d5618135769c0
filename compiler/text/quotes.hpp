// Quotation marks in the document's language.
//
// Authors type neutral quotes, as a keyboard gives them ("…" and '…'), or mark
// a quotation with <q>. briefc prints the marks of the document's language:
//             outer   inner
//   en        “…”     ‘…’     (and every language not listed)
//   ru, kk    «…»     „…“     (also uk, be, ky, tg, uz)
// and turns a straight apostrophe into ’ ("Kazakhstan’s"), and a hyphen with
// a space on each side into a spaced en dash ("2019 – 2020").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace briefc::text {

struct QuotationMarks {
  std::string_view open;
  std::string_view close;
  std::string_view inner_open;  // a quotation inside a quotation
  std::string_view inner_close;
};

QuotationMarks quotation_marks(std::string_view bcp47);

// Stand-ins for the start and end of a <q> element inside text given to
// QuoteTypographer::convert: control characters that XML 1.0 cannot carry,
// so they never come from the input.
inline constexpr char q_open_placeholder = '\x01';
inline constexpr char q_close_placeholder = '\x02';

// Turns the neutral quotes of one paragraph (or footnote) into the marks of
// its language, and a spaced hyphen into a spaced en dash (see the top).
// Give it the paragraph's text run by run, in reading order;
// it remembers the nesting and the character before each run.
//
// A straight double quote opens a quotation when it follows the start, a
// space, an opening bracket, a dash, a slash or another opening mark, and
// closes one otherwise. A straight single quote between letters is an
// apostrophe (’); after a space or the like it opens a quotation; elsewhere it
// closes the innermost single-quoted quotation, or is an apostrophe when none
// is open ("activists' rights"). The outermost quotation gets the outer marks,
// any quotation inside another the inner ones, and single quotes always the
// inner ones: ru "он сказал "нет"" → «он сказал „нет“».
class QuoteTypographer {
 public:
  explicit QuoteTypographer(std::string_view bcp47);

  // `text` with its quotes (and <q> placeholders) replaced by marks.
  std::string convert(std::string_view text);

  // Text printed as it is (a URL, a footnote marker): only what it ends
  // with matters to the quotes that follow.
  void pass(std::string_view text);

 private:
  struct Level {
    bool single;             // opened by a straight single quote
    std::string_view close;  // the mark that ends it
  };
  void open(std::string& out, bool single);
  void close(std::string& out, bool single);

  QuotationMarks marks_;
  std::vector<Level> levels_;
  char32_t previous_ = 0;  // the last character printed; 0 at the start
};

}  // namespace briefc::text
