// Footnotes against their sources: what a hand-written note says about the
// source it cites must be what the source record says. "See (in Russian):"
// before an English article, or "Vlast article from 9 October 2024" before
// an article the record dates 8 October, mislead the reader exactly where
// the paper promises precision.
//
// A language wording ("(in Russian)", "(на английском языке)") covers the
// citations after it up to the next words of the note ("…(in Russian): A, B,
// and monitoring from …: C" covers A and B). A date covers the citation
// right after it, when nothing but punctuation (or "года") stands between.
#include "check/notes.hpp"

#include "text/case_map.hpp"

#include "check/prose_facts.hpp"
#include "check/prose_units.hpp"

#include <array>
#include <fmt/format.h>
#include <algorithm>
#include <optional>

namespace briefc::check {

namespace {

struct Wording {
  std::string_view text;  // as searched, lower-case
  std::string_view lang;  // ISO 639-1
};

constexpr std::array<Wording, 6> wordings = {{{"in russian", "ru"},
                                              {"in english", "en"},
                                              {"in kazakh", "kk"},
                                              {"на русском", "ru"},
                                              {"на английском", "en"},
                                              {"на казахском", "kk"}}};

bool has_letters(std::string_view s) {
  for (unsigned char c : s)
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    else if (c >= 0xC0) return true;
  return false;
}

std::string_view language_name(std::string_view lang) {
  if (lang == "ru") return "Russian";
  if (lang == "en") return "English";
  if (lang == "kk") return "Kazakh";
  return lang;
}

bool agrees(const DateFact& stated, const model::Date& recorded) {
  model::Date s;
  s.year = stated.year;
  s.month = stated.month;
  s.day = stated.day;
  s.precision = stated.day ? model::DatePrecision::Day : stated.month ? model::DatePrecision::Month
                                                                      : model::DatePrecision::Year;
  return s.first_day_key() <= recorded.last_day_key() && recorded.first_day_key() <= s.last_day_key();
}

// Only punctuation, spaces and "года"/"г." after the date: it labels what follows.
bool only_label_tail(std::string_view tail) {
  std::string rest = text::lower_latin_cyrillic(tail);
  for (std::string_view word : {"года", "г."})
    if (auto at = rest.find(word); at != std::string::npos) rest.erase(at, word.size());
  for (unsigned char c : rest)
    if (!(c == ' ' || c == ':' || c == ',' || c == '.' || c == '-' || c == 0xC2 || c == 0xA0)) return false;
  return true;
}

// What may stand between a quoted title and its citation: label punctuation
// and a date ("“Title”, 9 October 2024:", "«Заголовок» от 9 октября 2024 г.:").
bool title_tail(std::string_view tail) {
  static constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                                "nov", "dec", "янв", "фев", "мар", "апр", "ма", "июн", "июл",
                                                "авг", "сен", "окт", "ноя", "дек"};
  std::string rest = text::lower_latin_cyrillic(tail);
  std::size_t i = 0;
  while (i < rest.size()) {
    auto c = static_cast<unsigned char>(rest[i]);
    if (c == ' ' || c == ':' || c == ',' || c == '.' || c == '-' || c == '(' || c == ')' || (c >= '0' && c <= '9')) {
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < rest.size() && static_cast<unsigned char>(rest[i + 1]) == 0xA0) {
      i += 2;
      continue;
    }
    std::size_t end = rest.find_first_of(" :,.()", i);
    if (end == std::string::npos) end = rest.size();
    std::string_view word = std::string_view(rest).substr(i, end - i);
    bool known = word == "от" || word == "года" || word == "г" || word == "of" || word == "on";
    for (auto m : months) known = known || word.starts_with(m);
    if (!known) return false;
    i = end;
  }
  return true;
}

diag::SourceLocation at(const model::Inline& text, std::size_t offset, const diag::SourceManager* sources) {
  ProseUnit unit;
  unit.pieces.push_back({0, &text});
  return unit.locate(offset, sources);
}

void report_language(Reporter& out, const diag::SourceManager* sources, const model::Inline& text, std::size_t offset,
                     const Wording& w, const model::Source& s) {
  if (!out.enabled("note-language-mismatch")) return;
  auto& d = out.report("note-language-mismatch", at(text, offset, sources),
                       fmt::format("the note says '{}' before source '{}', which is in {} ('{}')",
                                   std::string_view(text.text).substr(offset, w.text.size()), s.id,
                                   language_name(s.lang.substr(0, 2)), s.lang),
                       "correct the wording of the note, or the source's lang if the wording is right");
  d.notes.push_back({s.location, fmt::format("'{}' is recorded here", s.id)});
}

void report_date(Reporter& out, const diag::SourceManager* sources, const model::Inline& text, const DateFact& date,
                 const model::Source& s) {
  if (!out.enabled("note-date-mismatch")) return;
  auto& d = out.report("note-date-mismatch", at(text, date.span.begin, sources),
                       fmt::format("the note dates source '{}' '{}', but its record dates it {}", s.id,
                                   std::string_view(text.text).substr(date.span.begin, date.span.end - date.span.begin),
                                   s.date->iso()),
                       "correct the date in the note, or the source's date if the note is right");
  d.notes.push_back({s.location, fmt::format("'{}' is recorded here", s.id)});
}

bool cites_anything(const std::vector<model::Inline>& children) {
  for (const auto& c : children)
    if (c.kind == model::InlineKind::Cite || cites_anything(c.children)) return true;
  return false;
}

// Whether `name` stands in `text` at `at` as whole words.
bool whole_words_at(std::string_view text, std::size_t at, std::size_t size) {
  auto letter = [](unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80 || (c >= '0' && c <= '9'); };
  bool starts = at == 0 || !letter(static_cast<unsigned char>(text[at - 1]));
  bool ends = at + size >= text.size() || !letter(static_cast<unsigned char>(text[at + size]));
  return starts && ends;
}

// Platforms many publishers post on: "he wrote on Facebook" names no source.
bool platform(std::string_view publisher) {
  for (std::string_view p : {"Facebook", "YouTube", "Instagram", "Telegram", "Twitter", "X", "VK", "VKontakte",
                             "TikTok", "WhatsApp", "LinkedIn", "Google"})
    if (publisher == p) return true;
  return false;
}

}  // namespace

const std::unordered_map<std::string_view, std::vector<std::string_view>>& NoteChecker::publishers() {
  if (!publishers_) {
    publishers_.emplace();
    for (const auto& s : ctx_.corpus.sources) {
      if (s.publisher.size() < 4 || platform(s.publisher) || s.confidentiality.confidential) continue;
      std::string_view name = s.publisher;
      auto& names = (*publishers_)[name.substr(0, name.find(' '))];
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  return *publishers_;
}

std::optional<std::pair<std::string_view, std::size_t>> NoteChecker::publisher_named(std::string_view text) {
  // Each word of the text, looked up as the first word of a publisher.
  const auto& by_first_word = publishers();
  std::optional<std::pair<std::string_view, std::size_t>> last;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find_first_of(" (\n\t", at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);  // "Vlast.kz", "Azattyq," …
    while (!word.empty() && std::string_view(",.;:)").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    if (!word.empty())
      if (auto it = by_first_word.find(word); it != by_first_word.end())
        for (auto p : it->second)
          if (text.substr(at).starts_with(p) && whole_words_at(text, at, p.size())) last = {p, at};
    at = end + 1;
  }
  return last;
}

namespace {

// The last quotation in `text` ("…", “…”, «…»): its words without the marks,
// where they start, and where the text goes on after the closing mark.
struct Quotation {
  std::string_view words;
  std::size_t begin = 0, after = 0;
};

std::optional<Quotation> last_quotation(std::string_view text) {
  struct Marks {
    std::string_view open, close;
  };
  static constexpr Marks marks[] = {{"\u201C", "\u201D"}, {"\u00AB", "\u00BB"}, {"\"", "\""}};
  std::optional<Quotation> best;
  for (const auto& m : marks) {
    auto close = text.rfind(m.close);
    if (close == std::string_view::npos || close == 0) continue;
    auto open = text.rfind(m.open, close - 1);
    if (open == std::string_view::npos) continue;
    std::size_t begin = open + m.open.size();
    if (close <= begin) continue;
    if (!best || begin > best->begin) best = Quotation{text.substr(begin, close - begin), begin, close + m.close.size()};
  }
  return best;
}

// Titles compared as a reader would: case, spaces and the end's punctuation aside.
std::string title_key(std::string_view title) {
  std::string key;
  for (char c : title) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
  }
  while (!key.empty() && (key.back() == ' ' || key.back() == '.' || key.back() == ',')) key.pop_back();
  return text::lower_latin_cyrillic(key);
}

}  // namespace

void NoteChecker::introduction(const model::Inline& text, const model::Source& source) {
  std::string_view words = text.text;
  if (out_.enabled("note-source-mismatch")) {
    // A title: a quotation that only a label's punctuation or date separates
    // from the citation ("Vlast.kz, “Title”, 9 October 2024: [cite]").
    auto quoted = last_quotation(words);
    if (quoted && has_letters(quoted->words) && title_tail(words.substr(quoted->after))) {
      auto [first, added] = introduced_.try_emplace(source.id, Introduced{std::string(quoted->words), {}});
      auto here = at(text, quoted->begin, ctx_.sources);
      if (added) {
        first->second.where = here;
      } else if (title_key(first->second.title) != title_key(quoted->words)) {
        auto& d = out_.report("note-source-mismatch", here,
                              fmt::format("the note introduces source '{}' as '{}', but an earlier note as '{}'",
                                          source.id, quoted->words, first->second.title),
                              "one source, one title: correct the note that is wrong, or cite the other source");
        d.notes.push_back({first->second.where, "the earlier note introduces it here"});
      }
    }
  }
}

// A footnote that points the reader to a source by hand, a URL typed into
// it or a publisher named ("Radio Azattyq, 12 May 2020"), without a <cite>:
// the source is in no record, so no rule checks it, no bibliography lists
// it, and a dead link is found by no one.
void NoteChecker::uncited(const model::Inline& n) {
  if (!out_.enabled("note-uncited-source") || cites_anything(n.children)) return;
  const model::Inline* found = nullptr;
  std::size_t offset = 0;
  std::string what;
  model::for_each_inline(n.children, [&](const model::Inline& child) {
    if (found || child.kind != model::InlineKind::Text) return;
    std::string_view text = child.text;
    for (std::string_view scheme : {"https://", "http://", "www."})
      if (auto at = text.find(scheme); at != std::string_view::npos && (!found || at < offset)) {
        found = &child, offset = at;
        auto end = text.find_first_of(" \n\t)", at);
        what = fmt::format("shows the address '{}'", text.substr(at, end == std::string_view::npos ? end : end - at));
      }
    if (found) return;
    if (auto named = publisher_named(text)) {
      found = &child, offset = named->second;
      what = fmt::format("names '{}', the publisher of sources of the project,", named->first);
    }
  });
  if (!found) return;
  out_.report("note-uncited-source", at(*found, offset, ctx_.sources),
              fmt::format("the note {} but cites no source record", what),
              "record the source (briefc import sources reads a Zotero export) and cite it with <cite src=\"…\"/>");
}

void NoteChecker::note(const model::Inline& n) {
  uncited(n);
  if (!out_.enabled("note-language-mismatch") && !out_.enabled("note-date-mismatch") &&
      !out_.enabled("note-source-mismatch"))
    return;
  const model::Inline* wording_node = nullptr;
  std::size_t wording_offset = 0;
  const Wording* wording = nullptr;
  const model::Inline* date_node = nullptr;
  DateFact date;
  bool dated = false;
  const model::Inline* previous_text = nullptr;  // the text right before the child, if it is text
  for (const auto& child : n.children) {
    if (child.kind == model::InlineKind::Cite && previous_text && !child.ids.empty())
      if (const auto* s = ctx_.corpus.source(child.ids.front())) introduction(*previous_text, *s);
    previous_text = child.kind == model::InlineKind::Text ? &child : nullptr;
    if (child.kind == model::InlineKind::Text) {
      date_node = nullptr;
      dated = false;
      if (!has_letters(child.text)) continue;
      std::string lower = text::lower_latin_cyrillic(child.text);
      wording = nullptr;
      // Only the parenthesised wording a citation carries ("(in Russian)"),
      // a whole word: "in Kazakhstan" and "posted in Russian and Kazakh" are prose.
      for (const auto& w : wordings)
        for (auto at = lower.find(w.text); at != std::string::npos; at = lower.find(w.text, at + 1)) {
          std::size_t end = at + w.text.size();
          bool parenthesised = at > 0 && lower[at - 1] == '(';
          bool whole = end >= lower.size() || !has_letters(lower.substr(end, 1));
          if (parenthesised && whole && (!wording || at > wording_offset))
            wording = &w, wording_offset = at, wording_node = &child;
        }
      // The last date of the text, if only a label's punctuation follows it.
      if (child.text.find_first_of("0123456789") == std::string::npos) continue;
      for (const auto& s : facts_.read(child.text, guess_language(child.text)))
        for (const auto& d : s.dates)
          if (d.year != 0 && only_label_tail(std::string_view(child.text).substr(d.span.end)))
            date = d, dated = true, date_node = &child;
      continue;
    }
    if (child.kind != model::InlineKind::Cite) {
      // Marked-up words (<org>, <person>, <b>) end what a wording covers.
      if (has_letters(model::plain_text(child.children))) wording = nullptr;
      dated = false;
      continue;
    }
    for (std::size_t i = 0; i < child.ids.size(); ++i) {
      const auto* s = ctx_.corpus.source(child.ids[i]);
      if (!s) continue;
      if (wording && !s->lang.empty() && !model::same_language(s->lang, std::string(wording->lang)))
        report_language(out_, ctx_.sources, *wording_node, wording_offset, *wording, *s);
      if (dated && i == 0 && s->date && !agrees(date, *s->date)) report_date(out_, ctx_.sources, *date_node, date, *s);
    }
    dated = false;
  }
}

}  // namespace briefc::check
