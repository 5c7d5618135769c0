#include "check/text_rules.hpp"

#include <array>
#include <fmt/format.h>
#include <string_view>
#include <vector>

namespace briefc::check {

namespace {

struct Pair {
  std::string_view open, close;
};

// Brackets and the typographic quotation marks whose two sides differ.
// Straight quotes and apostrophes are left alone: "'" closes nothing it opened.
constexpr std::array<Pair, 5> pairs = {{{"(", ")"},
                                        {"[", "]"},
                                        {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
                                        {"\xC2\xAB", "\xC2\xBB"},          // « »
                                        {"\xE2\x80\x9E", "\xE2\x80\x9C"}}};  // „ “ (Russian inner quotes)

void unbalanced(const ProseUnit& unit, Reporter& out, const diag::SourceManager* sources) {
  const std::string& t = unit.text;
  // „…“ closes with the mark that opens English quotations: read a Russian
  // text's “ as a closing mark only when a „ is open.
  struct Open {
    std::size_t pair;
    std::size_t at;
  };
  std::vector<Open> stack;
  auto report = [&](std::size_t at, std::string_view mark, std::string_view missing) {
    auto& d = out.report("text-unbalanced", unit.locate(at, sources),
                         fmt::format("'{}' is never {} in this paragraph", mark,
                                     missing.empty() ? "opened" : fmt::format("closed by '{}'", missing)),
                         "close it where the aside or quotation ends, or remove it", unit.owner);
    (void)d;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string_view rest = std::string_view(t).substr(i);
    bool handled = false;
    // A closing mark of the innermost open pair first (“ closes „).
    if (!stack.empty() && rest.starts_with(pairs[stack.back().pair].close)) {
      i += pairs[stack.back().pair].close.size() - 1;
      stack.pop_back();
      continue;
    }
    for (std::size_t p = 0; p < pairs.size() && !handled; ++p) {
      if (rest.starts_with(pairs[p].open)) {
        stack.push_back({p, i});
        i += pairs[p].open.size() - 1;
        handled = true;
      } else if (rest.starts_with(pairs[p].close) && pairs[p].close != "\xE2\x80\x9C") {
        // A closing mark with nothing open: "1)" of a list, or a lost opening.
        bool list_label = pairs[p].close == ")" && i > 0 && std::isalnum(static_cast<unsigned char>(t[i - 1])) &&
                          (i == 1 || t[i - 2] == ' ');
        if (!list_label) report(i, pairs[p].close, {});
        i += pairs[p].close.size() - 1;
        handled = true;
      }
    }
  }
  for (const auto& o : stack) report(o.at, pairs[o.pair].open, pairs[o.pair].close);
}

bool letter_byte(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// "See: See", "the the": the same word twice, with nothing but spaces or a
// colon between. "had had" and "that that" are English.
void doubled_words(const ProseUnit& unit, Reporter& out, const diag::SourceManager* sources) {
  const std::string& t = unit.text;
  std::size_t prev_begin = 0, prev_end = 0;
  bool have_prev = false, in_run = false;
  std::size_t i = 0;
  while (i < t.size()) {
    auto c = static_cast<unsigned char>(t[i]);
    if (!(letter_byte(c) || c >= 0xC0)) {
      // Only spaces and a colon may stand between the two.
      if (!(c == ' ' || c == ':')) have_prev = in_run = false;
      ++i;
      continue;
    }
    std::size_t begin = i;
    while (i < t.size() && (letter_byte(static_cast<unsigned char>(t[i])) || static_cast<unsigned char>(t[i]) >= 0x80)) ++i;
    std::string_view word = std::string_view(t).substr(begin, i - begin);
    if (have_prev && word.size() > 1) {
      std::string_view prev = std::string_view(t).substr(prev_begin, prev_end - prev_begin);
      bool same = prev.size() == word.size();
      for (std::size_t k = 0; same && k < word.size(); ++k) {
        auto a = static_cast<unsigned char>(prev[k]), b = static_cast<unsigned char>(word[k]);
        same = a == b || (a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20));
      }
      bool idiom = word == "had" || word == "that" || word == "Had" || word == "That";
      // A run of one word ("word word word") is one finding, at its second word.
      bool run = same && in_run;
      in_run = same;
      if (same && !idiom && !run)
        out.report("text-doubled-word", unit.locate(begin, sources),
                   fmt::format("'{}' is written twice", word), "delete one of them", unit.owner);
    }
    prev_begin = begin;
    prev_end = i;
    have_prev = true;
  }
}

}  // namespace

void check_text(const ProseUnit& unit, Reporter& out, const diag::SourceManager* sources) {
  if (out.enabled("text-unbalanced")) unbalanced(unit, out, sources);
  if (out.enabled("text-doubled-word")) doubled_words(unit, out, sources);
}

}  // namespace briefc::check
