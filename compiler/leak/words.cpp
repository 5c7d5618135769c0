#include "leak/words.hpp"

#include "text/utf8.hpp"

#include <array>

namespace briefc::leak {

namespace {

enum class CharClass { Word, Separator, Space, Joiner };

// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15).
bool default_ignorable(char32_t cp) {
  return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 ||
         cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8) ||
         (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

// The class of each ASCII character, looked up rather than tested: the
// tokenizer runs over every byte the leak check reads.
constexpr auto ascii_classes = [] {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
    table[static_cast<std::size_t>(c)] = word ? CharClass::Word : space ? CharClass::Space : CharClass::Separator;
  }
  return table;
}();

CharClass classify(char32_t cp) {
  if (cp < 0x80) return ascii_classes[cp];
  if (default_ignorable(cp)) return CharClass::Joiner;
  if (cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return CharClass::Space;
  if (cp == 0x00AA || cp == 0x00B5 || cp == 0x00BA) return CharClass::Word;       // ª µ º are letters
  if (cp <= 0x00BF || cp == 0x00D7 || cp == 0x00F7) return CharClass::Separator;  // Latin-1 punctuation, « »
  if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::Separator;  // dashes, quotes, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return CharClass::Separator;  // CJK punctuation
  if (cp >= 0xE000 && cp <= 0xF8FF) return CharClass::Separator;  // private use
  if (cp >= 0xFE10 && cp <= 0xFE6F) return CharClass::Separator;  // presentation forms of punctuation
  if (cp >= 0xFF00 && cp <= 0xFF0F) return CharClass::Separator;  // full-width punctuation
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return CharClass::Separator;  // emoji and pictographs
  if (cp == text::replacement_character) return CharClass::Separator;
  return CharClass::Word;  // letters of every script, combining marks, digits
}

// `marks` says which of ':' '/' '@' '.' the chunk holds (bits 1, 2, 4, 8): most
// chunks are plain words and are settled without looking at them again.
bool looks_like_address(std::string_view chunk, unsigned marks) {
  if (marks & 4) return true;
  if ((marks & 3) == 3 && chunk.find("://") != std::string_view::npos) return true;
  if ((marks & 8) && chunk.size() >= 4 && (chunk.substr(0, 4) == "www." || chunk.substr(0, 4) == "WWW."))
    return true;
  return (marks & 10) == 10;
}

unsigned mark_of(char32_t cp) {
  switch (cp) {
    case ':': return 1;
    case '/': return 2;
    case '@': return 4;
    case '.': return 8;
    default: return 0;
  }
}

}  // namespace

std::vector<Word> split_words(std::string_view text, bool all_case_free) {
  std::vector<Word> words;
  words.reserve(text.size() / 6 + 1);
  std::size_t chunk_first_word = 0, chunk_begin = 0;
  unsigned marks = 0;
  bool in_word = false, in_chunk = false;
  auto end_chunk = [&](std::size_t at) {
    if (!all_case_free && chunk_first_word < words.size() && marks &&
        looks_like_address(text.substr(chunk_begin, at - chunk_begin), marks))
      for (std::size_t w = chunk_first_word; w < words.size(); ++w) words[w].case_free = true;
    chunk_first_word = words.size();
  };
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    std::size_t at = i;
    unsigned char byte = static_cast<unsigned char>(text[i]);
    CharClass c;
    if (byte < 0x80) {
      c = ascii_classes[byte];
      ++i;
      // The common case, a run of ASCII letters inside a word, in one loop.
      if (c == CharClass::Word && in_word) {
        while (i < size && static_cast<unsigned char>(text[i]) < 0x80 &&
               ascii_classes[static_cast<unsigned char>(text[i])] == CharClass::Word)
          ++i;
        words.back().end = i;
        continue;
      }
    } else {
      c = classify(text::decode_at(text, i));
    }
    if (c == CharClass::Space) {
      if (in_word) words.back().end = at;
      in_word = false;
      if (in_chunk) end_chunk(at);
      in_chunk = false;
      continue;
    }
    if (!in_chunk) {
      in_chunk = true;
      chunk_begin = at;
      marks = 0;
    }
    if (c == CharClass::Word || (c == CharClass::Joiner && in_word)) {
      if (!in_word) words.push_back({at, i, all_case_free});
      words.back().end = i;
      in_word = true;
    } else if (c == CharClass::Separator) {
      in_word = false;
      marks |= mark_of(byte);
    }
  }
  if (in_chunk) end_chunk(size);
  return words;
}

std::vector<DigitRun> digit_runs(std::string_view text, std::size_t min_digits) {
  std::vector<DigitRun> runs;
  DigitRun current;
  std::size_t last_digit_end = 0;
  auto close = [&]() {
    if (current.digits.size() >= min_digits) {
      current.end = last_digit_end;
      runs.push_back(current);
    }
    current = {};
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t at = i;
    char32_t cp = text::decode_at(text, i);
    if (cp >= '0' && cp <= '9') {
      if (current.digits.empty()) current.begin = at;
      current.digits += static_cast<char>(cp);
      last_digit_end = i;
    } else if (cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == '-' || cp == 0x2011 ||
               cp == 0x2013 || cp == '.' || cp == '(' || cp == ')' || cp == '/' || cp == '+' || cp == 0x00AD ||
               (cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF) {
      // a separator inside a number
    } else if (!current.digits.empty()) {
      close();
    }
  }
  if (!current.digits.empty()) close();
  return runs;
}

bool has_percent_escape(std::string_view text) {
  auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); };
  for (std::size_t i = text.find('%'); i != std::string_view::npos && i + 2 < text.size(); i = text.find('%', i + 1))
    if (hex(text[i + 1]) && hex(text[i + 2])) return true;
  return false;
}

}  // namespace briefc::leak
