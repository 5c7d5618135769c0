#include "check/prose_facts.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <unordered_map>

namespace briefc::check {

namespace {

enum class Tok { Word, Number, Punct };

struct Token {
  Tok kind = Tok::Punct;
  std::size_t begin = 0, end = 0;
  std::string_view lower;  // the token lower-cased (a view into the lowered copy)
  double value = 0;        // Number: its value ("84 832" → 84832, "1.5" → 1.5)
  bool integer = true;     // Number: written without a decimal part or grouping
  bool capital = false;    // Word: starts with an upper-case letter
  std::uint32_t flags = 0; // Word: what it can mean here (WordFlag), set for the sentences read
  std::uint32_t events = 0;  // Word: the event types it names (EventBit)
  std::int8_t unit = 0;    // Word: a term's unit: 12 a year, 1 a month, -1 a day
  bool classified = false; // Word: flags, events, unit and month are set (classify ran once)
  std::int8_t month = 0;   // Word: 1-12 for a month's name
};

// What a word can mean to the reader, found once per word by one look-up
// (the lists below were scanned word by word: most of the prose rules' time).
enum WordFlag : std::uint32_t {
  WfPronoun = 1u << 0,     // "he", "она": the sentence speaks of a person
  WfNegation = 1u << 1,    // "not", "не" before a status word
  WfHedge = 1u << 2,       // "up to", "nearly", "до": a number that is not the term
  WfBan = 1u << 3,         // "ban", "запрет…": a ban's length, not a sentence's
  WfKind = 1u << 4,        // "prison", "лишения": the term is a sentence's
  WfSentenced = 1u << 5,   // "sentenced to", "приговорён к"
  WfFine = 1u << 6,        // "fined", "штраф": the sentence speaks of a fine
  WfNoFine = 1u << 7,      // "punishable", "demanded": a sum that is no fine of the case
  WfArticle = 1u << 8,     // "article", "статья"
  WfListJoin = 1u << 9,    // "and", "или" between article numbers
  WfNotTerm = 1u << 10,    // "old", "ago", "спустя" after a span of time
  WfYearBefore = 1u << 11, // "in", "since", "в" before a year
  WfYearAfter = 1u << 12,  // "года", "г" after a year
  WfStatus = 1u << 13,     // the first word of a status phrase ("remains", "was", "отбывает")
  WfCompound = 1u << 14,   // "семилетний": number and unit in one word
  WfHunger = 1u << 15,     // "hunger" (strike)
  WfAbbreviation = 1u << 16,  // "No.", "ст.": a full stop that ends no sentence
  WfTrigger = 1u << 17,    // a unit of a term or a status word: the sentence may state a fact
};

// Byte classes of UTF-8 text, for a tokenizer that reads each byte once:
// the prose rules read every narrative of a corpus of thousands of cases.
// Letters are ASCII, Latin-1 and Latin Extended-A/B (lead bytes C3-C9) and
// Cyrillic (D0-D3); U+00A0 and U+202F are spaces; anything else is a mark.
// 1: an ASCII letter; 2: the lead byte of a two-byte letter; 0: anything else.
constexpr std::array<std::uint8_t, 256> letter_bytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = t[static_cast<std::size_t>(c - 32)] = 1;
  for (int c = 0xC3; c <= 0xD3; ++c) t[static_cast<std::size_t>(c)] = 2;
  return t;
}();

std::size_t letter_length(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (letter_bytes[c] == 1) return 1;
  if (c >= 0xC3 && c <= 0xD3 && i + 1 < text.size()) {
    if (c == 0xC3 && (static_cast<unsigned char>(text[i + 1]) == 0x97 || static_cast<unsigned char>(text[i + 1]) == 0xB7))
      return 0;  // × ÷
    return 2;
  }
  return 0;
}

std::size_t space_length(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0xAF)
    return 3;
  return 0;
}

bool capital_at(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c >= 'A' && c <= 'Z') return true;
  if (i + 1 >= text.size()) return false;
  auto d = static_cast<unsigned char>(text[i + 1]);
  return (c == 0xD0 && d >= 0x80 && d <= 0xAF) || (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97);
}

// Reads `text` one token at a time.
class Tokenizer {
public:
  // `lower` holds a copy of `text`; the tokenizer lower-cases each word in
  // it as it reads the word, so every byte is looked at once.
  Tokenizer(std::string_view text, std::string& lower) : text_(text), lower_(lower) {}

  bool next(Token& t) {
    while (i_ < text_.size())
      if (std::size_t n = space_length(text_, i_)) i_ += n;
      else break;
    if (i_ >= text_.size()) return false;
    t = Token{};
    t.begin = i_;
    char c = text_[i_];
    if (c >= '0' && c <= '9') {
      number(t);
    } else if (letter_length(text_, i_) != 0) {
      t.kind = Tok::Word;
      t.capital = capital_at(text_, i_);
      // Raw pointers: a char written through a std::string& may alias
      // anything, and the compiler reloaded every pointer for every letter.
      const char* in = text_.data();
      char* out = lower_.data();
      const std::size_t size = text_.size();
      std::size_t i = i_;
      for (;;) {
        // ASCII letters in a tight loop (c | 0x20 lower-cases A-Z and keeps
        // a-z); a two-byte letter through letter_length.
        while (i < size && letter_bytes[static_cast<unsigned char>(in[i])] == 1) {
          out[i] = static_cast<char>(in[i] | 0x20);
          ++i;
        }
        i_ = i;
        if (i_ >= size || letter_bytes[static_cast<unsigned char>(in[i_])] != 2) break;
        std::size_t m = letter_length(text_, i_);
        if (m == 0) break;
        lower_cyrillic(i_);
        i_ += m;
        i = i_;
      }
    } else {
      t.kind = Tok::Punct;
      auto b = static_cast<unsigned char>(c);
      i_ += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      if (i_ > text_.size()) i_ = text_.size();
    }
    t.end = i_;
    t.lower = std::string_view(lower_).substr(t.begin, t.end - t.begin);
    return true;
  }

private:
  // А-Я and Ё… at `i` (two bytes) to their lower case, of the same length.
  void lower_cyrillic(std::size_t i) {
    auto c = static_cast<unsigned char>(text_[i]);
    if (c != 0xD0) return;
    auto d = static_cast<unsigned char>(text_[i + 1]);
    if (d >= 0x90 && d <= 0x9F) lower_[i + 1] = static_cast<char>(d + 0x20);  // А-П → а-п
    else if (d >= 0xA0 && d <= 0xAF) lower_[i] = static_cast<char>(0xD1), lower_[i + 1] = static_cast<char>(d - 0x20);
    else if (d >= 0x80 && d <= 0x8F) lower_[i] = static_cast<char>(0xD1), lower_[i + 1] = static_cast<char>(d + 0x10);
  }

  bool digit_at(std::size_t k) const { return k < text_.size() && text_[k] >= '0' && text_[k] <= '9'; }

  void number(Token& t) {
    t.kind = Tok::Number;
    double v = 0;
    std::size_t j = i_;
    while (digit_at(j)) v = v * 10 + (text_[j++] - '0');
    // Groups of three after a no-break space (U+00A0, U+202F) or a comma: "84 832", "18,000".
    for (;;) {
      std::size_t k = j, sep = 0;
      if (k < text_.size() && text_[k] == ',') sep = 1;
      else if (k < text_.size() && text_[k] != ' ') sep = space_length(text_, k);
      if (sep == 0) break;
      k += sep;
      if (digit_at(k) && digit_at(k + 1) && digit_at(k + 2) && !digit_at(k + 3)) {
        v = v * 1000 + (text_[k] - '0') * 100 + (text_[k + 1] - '0') * 10 + (text_[k + 2] - '0');
        j = k + 3;
        t.integer = false;
      } else {
        break;
      }
    }
    // A decimal part: "1.5", "1,5".
    if (j + 1 < text_.size() && (text_[j] == '.' || text_[j] == ',') && digit_at(j + 1) && t.integer) {
      double scale = 0.1;
      ++j;
      while (digit_at(j)) v += (text_[j++] - '0') * scale, scale /= 10;
      t.integer = false;
    }
    // No fact in prose has a figure beyond a trillion: a longer run of digits
    // (an id, a phone number, garbage) is read as no number at all, so that no
    // reading below converts an out-of-range double to an integer.
    if (!(v <= kLargestNumber)) v = 0, t.integer = false;
    t.value = v;
    i_ = j;
  }

  static constexpr double kLargestNumber = 1e12;

  std::string_view text_;
  std::string& lower_;
  std::size_t i_ = 0;
};

// ---- word lists ----

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool starts(std::string_view w, std::string_view prefix) { return w.substr(0, prefix.size()) == prefix; }

std::string currency_code(std::string_view w) {
  if (in(w, {"kzt", "tenge", "тенге"})) return "KZT";
  if (in(w, {"eur", "euro", "euros", "евро"})) return "EUR";
  if (in(w, {"usd", "dollars"})) return "USD";
  if (in(w, {"rub", "roubles", "rubles"})) return "RUB";
  return {};
}

double scale_word(std::string_view w) {
  if (in(w, {"thousand", "тыс", "тысяч", "тысячи"})) return 1e3;
  if (in(w, {"million", "millions", "млн", "миллион", "миллиона", "миллионов"})) return 1e6;
  if (in(w, {"billion", "млрд", "миллиард", "миллиарда", "миллиардов"})) return 1e9;
  return 0;
}

struct WordInfo {
  std::uint32_t flags = 0;
  std::uint32_t events = 0;
  std::int8_t unit = 0;
  std::int8_t month = 0;
};

// An open-addressing table keyed by a cheap hash of a word's length and
// first, second and last bytes: one probe, one comparison for most words.
// (std::unordered_map hashed every byte of every word, and showed in profiles.)
class WordTable {
public:
  WordInfo& operator[](std::string_view w) {
    for (std::size_t i = slot(w);; i = (i + 1) % slots_.size()) {
      if (slots_[i].word.empty()) slots_[i].word = w;
      if (slots_[i].word == w) return slots_[i].info;
    }
  }
  const WordInfo* find(std::string_view w) const {
    for (std::size_t i = slot(w);; i = (i + 1) % slots_.size()) {
      if (slots_[i].word.empty()) return nullptr;
      if (slots_[i].word == w) return &slots_[i].info;
    }
  }

private:
  static std::size_t slot(std::string_view w) {
    auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(w[i])); };
    return (w.size() * 131 + byte(0) * 31 + byte(w.size() - 1) * 7 + byte(w.size() / 2) * 17) % 2048;
  }
  struct Slot {
    std::string_view word;
    WordInfo info;
  };
  std::vector<Slot> slots_ = std::vector<Slot>(2048);
};

WordTable make_word_table() {
  WordTable t;
  auto add = [&](std::initializer_list<std::string_view> words, std::uint32_t flag) {
    for (auto w : words) t[w].flags |= flag;
  };
  add({"he", "she", "him", "her", "his", "он", "она", "его", "её", "ее", "ей", "ему", "ним", "ней"}, WfPronoun);
  add({"not", "never", "no", "longer", "yet", "if", "whether", "не", "ни"}, WfNegation);
  add({"up", "nearly", "almost", "around", "about", "approximately", "over", "than", "least", "between", "first",
       "last", "past", "next", "every", "served", "after", "within", "до", "около", "почти", "более", "менее", "свыше",
       "от", "отбыв", "первые", "последние", "через", "спустя"},
      WfHedge);
  add({"ban", "banned", "banning", "prohibition"}, WfBan);
  add({"prison", "imprisonment", "jail", "sentence", "restriction", "restricted", "detention", "colony", "suspended",
       "probation", "custody", "behind", "срок", "срока", "условно"},
      WfKind);
  add({"sentenced", "sentence"}, WfSentenced);
  add({"fined", "fine", "fines", "pay"}, WfFine);
  add({"punishable", "demanded", "demand", "penalty", "penalties"}, WfNoFine);
  add({"article", "articles", "статья", "статьи", "статье", "статьей", "статьёй", "статью", "статьям", "статей", "ст"},
      WfArticle);
  add({"and", "or", "и", "или"}, WfListJoin);
  add({"old", "ago", "later", "earlier", "спустя", "назад"}, WfNotTerm);
  add({"in", "since", "of", "by", "from", "until", "during", "summer", "spring", "autumn", "winter", "early", "late",
       "mid", "в", "с", "по", "до", "летом", "весной", "осенью", "зимой"},
      WfYearBefore);
  add({"года", "году", "год", "г"}, WfYearAfter);
  add({"remains", "remain", "still", "is", "are", "died", "was", "were", "been", "находится", "остаётся", "остается",
       "содержится", "отбывает", "отбывают", "скончался", "скончалась", "умер", "умерла", "погиб", "погибла",
       "освобождён", "освобожден", "освобождена", "освобождены", "освободили"},
      WfStatus);
  add({"hunger"}, WfHunger);
  add({"no", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "e", "i", "g", "jr", "г", "гг", "т", "ст", "им", "ул", "д",
       "см", "др", "пр"},
      WfAbbreviation);
  // Whether a sentence can state a fact at all: every fact needs a figure
  // (dates, articles, sums, "5 years"), a unit of a term ("seven years") or
  // a status word. Most sentences have none and are not read further.
  add({"year", "years", "month", "months", "day", "days", "remains", "remain", "serving", "died", "released", "freed",
       "held", "imprisoned", "jailed", "behind", "год", "года", "году", "годам", "годами", "годах", "лет", "месяц",
       "месяца", "месяцам", "месяцев", "месяцами", "день", "дня", "дней", "дням", "суток", "сутки", "суткам",
       "заключении", "стражей", "содержится", "отбывает", "отбывают", "скончался", "скончалась", "умер", "умерла",
       "погиб", "погибла", "освобождён", "освобожден", "освобождена", "освобождены", "освободили"},
      WfTrigger);
  for (auto w : {"year", "years", "год", "года", "году", "годам", "годами", "годах", "лет"}) t[w].unit = 12;
  for (auto w : {"month", "months", "месяц", "месяца", "месяцам", "месяцев", "месяцами"}) t[w].unit = 1;
  for (auto w : {"day", "days", "день", "дня", "дней", "дням", "суток", "сутки", "суткам"}) t[w].unit = -1;
  static constexpr std::array<std::string_view, 12> english = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  for (std::size_t m = 0; m < english.size(); ++m) t[english[m]].month = static_cast<std::int8_t>(m + 1);
  static constexpr std::array<std::string_view, 36> russian = {
      "январь",  "января",  "январе",  "февраль", "февраля", "феврале", "март",     "марта",    "марте",
      "апрель",  "апреля",  "апреле",  "май",     "мая",     "мае",     "июнь",     "июня",     "июне",
      "июль",    "июля",    "июле",    "август",  "августа", "августе", "сентябрь", "сентября", "сентябре",
      "октябрь", "октября", "октябре", "ноябрь",  "ноября",  "ноябре",  "декабрь",  "декабря",  "декабре"};
  for (std::size_t m = 0; m < russian.size(); ++m) t[russian[m]].month = static_cast<std::int8_t>(m / 3 + 1);
  static constexpr std::array<std::pair<std::string_view, std::uint32_t>, 69> events = {{
      {"arrested", EvDetention}, {"detained", EvDetention}, {"apprehended", EvDetention},
      {"imprisoned", EvDetention | EvSentence}, {"jailed", EvDetention | EvSentence},
      {"charged", EvCharge}, {"indicted", EvCharge},
      {"sentenced", EvSentence}, {"convicted", EvSentence},
      {"released", EvRelease}, {"freed", EvRelease}, {"paroled", EvRelease},
      {"died", EvDeath}, {"killed", EvDeath},
      {"searched", EvSearch}, {"fined", EvFine | EvSentence},
      {"interrogated", EvInterrogation}, {"questioned", EvInterrogation}, {"summoned", EvInterrogation},
      {"upheld", EvAppeal}, {"overturned", EvAppeal}, {"sued", EvLawsuit},
      {"attacked", EvAttack}, {"assaulted", EvAttack},
      {"задержан", EvDetention}, {"задержана", EvDetention}, {"задержаны", EvDetention}, {"задержали", EvDetention},
      {"арестован", EvDetention}, {"арестована", EvDetention}, {"арестованы", EvDetention},
      {"арестовали", EvDetention},
      {"приговорён", EvSentence}, {"приговорен", EvSentence}, {"приговорена", EvSentence},
      {"приговорены", EvSentence}, {"приговорили", EvSentence}, {"осуждён", EvSentence}, {"осужден", EvSentence},
      {"осуждена", EvSentence}, {"осуждены", EvSentence},
      {"освобождён", EvRelease}, {"освобожден", EvRelease}, {"освобождена", EvRelease}, {"освобождены", EvRelease},
      {"освободили", EvRelease},
      {"скончался", EvDeath}, {"скончалась", EvDeath}, {"умер", EvDeath}, {"умерла", EvDeath}, {"погиб", EvDeath},
      {"погибла", EvDeath},
      {"оштрафован", EvFine | EvSentence}, {"оштрафована", EvFine | EvSentence}, {"оштрафовали", EvFine | EvSentence},
      {"обвинён", EvCharge}, {"обвинен", EvCharge}, {"обвинена", EvCharge}, {"обвинены", EvCharge},
      {"обвинили", EvCharge},
      {"голодовку", EvHungerStrike}, {"голодовки", EvHungerStrike}, {"голодовкой", EvHungerStrike},
      {"обыскали", EvSearch}, {"допрошен", EvInterrogation}, {"допрошена", EvInterrogation},
      {"summons", 0}, {"strike", 0}, {"strikes", 0},
  }};
  for (auto [w, bits] : events)
    if (bits) t[w].events |= bits;
  return t;
}

// A word's meaning: the table, then the Russian stems no table can list.
WordInfo classify(std::string_view w) {
  static const WordTable table = make_word_table();
  WordInfo info;
  if (w.empty()) return info;
  if (const auto* found = table.find(w)) info = *found;
  if (!w.empty() && static_cast<unsigned char>(w.front()) >= 0xD0) {
    if (starts(w, "лишени") || starts(w, "ограничени") || starts(w, "заключени") || starts(w, "арест") ||
        starts(w, "колони") || starts(w, "тюрьм"))
      info.flags |= WfKind;
    if (starts(w, "приговор")) info.flags |= WfSentenced;
    if (starts(w, "оштраф") || starts(w, "штраф")) info.flags |= WfFine;
    if (starts(w, "наказыва") || starts(w, "требова")) info.flags |= WfNoFine;
    if (starts(w, "запрет")) info.flags |= WfBan;
    if (w.find("летн") != std::string_view::npos || w.find("месячн") != std::string_view::npos)
      info.flags |= WfCompound | WfTrigger;
  }
  return info;
}

bool opening_mark(std::string_view s) {
  return s == "\"" || s == "(" || s == "\xE2\x80\x9C" /* “ */ || s == "\xC2\xAB" /* « */ || s == "\xE2\x80\x9E";
}

class SentenceReader {
public:
  SentenceReader(std::vector<Token>& toks, std::size_t b, std::size_t e, ProseLanguage lang,
                 text::NumberWords& numbers, SentenceFacts& out)
      : t_(toks), b_(b), e_(e), lang_(lang), numbers_(numbers), out_(out) {
    for (std::size_t i = b; i < e; ++i)
      if (toks[i].kind == Tok::Word && !toks[i].classified) learn(toks[i]);
  }

  // Sets what `t` can mean (its WordInfo) on the token.
  static void learn(Token& t) {
    auto info = classify(t.lower);
    t.flags = info.flags;
    t.events = info.events;
    t.unit = info.unit;
    t.month = info.month;
    t.classified = true;
  }

  void run() {
    bool no_fine = false;
    for (std::size_t i = b_; i < e_; ++i) {
      const auto& tok = t_[i];
      if (tok.kind != Tok::Word) continue;
      if (tok.flags & WfPronoun) out_.personal_pronoun = true;
      if (tok.flags & WfFine) out_.speaks_of_fines = true;
      // A sentence that weighs a penalty in general ("punishable by",
      // "demanded") states no fine of a case.
      if (tok.flags & WfNoFine) no_fine = true;
      if (tok.events) {
        out_.event_words.push_back({tok.events, {tok.begin, tok.end}});
      } else if ((tok.flags & WfHunger) && (is_word(i + 1, "strike") || is_word(i + 1, "strikes"))) {
        out_.event_words.push_back({EvHungerStrike, {tok.begin, t_[i + 1].end}});
      }
    }
    if (no_fine) out_.speaks_of_fines = false;
    terms();
    dates();
    articles();
    if (out_.speaks_of_fines) amounts();
    statuses();
  }

private:
  bool is_word(std::size_t i, std::string_view w) const { return i < e_ && t_[i].kind == Tok::Word && t_[i].lower == w; }
  bool is_punct(std::size_t i, std::string_view p) const {
    return i < e_ && t_[i].kind == Tok::Punct && t_[i].lower == p;
  }
  bool adjacent(std::size_t i, std::size_t j) const { return t_[i].end == t_[j].begin; }

  std::optional<double> number_at(std::size_t i) {
    if (i < b_ || i >= e_) return std::nullopt;
    const auto& tok = t_[i];
    if (tok.kind == Tok::Number) return tok.value;
    if (tok.kind != Tok::Word || tok.lower.size() < 3) return std::nullopt;
    if (tok.lower == "полутора" || tok.lower == "полтора") return 1.5;
    auto lang = lang_ == ProseLanguage::English ? text::NumberLanguage::English : text::NumberLanguage::Russian;
    if (auto v = numbers_.value(tok.lower, lang)) return *v;
    return std::nullopt;
  }

  bool hedged(std::size_t first) const {
    for (std::size_t k = first; k > b_ && first - k < 3; --k)
      if (t_[k - 1].kind == Tok::Word && (t_[k - 1].flags & WfHedge)) return true;
    return false;
  }

  void terms() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Word) continue;
      int unit = t_[i].unit;
      std::size_t number_index = 0;
      std::optional<double> n;
      std::size_t unit_end = i;  // the last token of the term
      if (unit != 0) {
        std::size_t j = i;
        if (j >= b_ + 2 && is_punct(j - 1, "-") && adjacent(j - 2, j - 1) && adjacent(j - 1, j)) j -= 1;  // "seven-year"
        if (j == b_) continue;
        number_index = j - 1;
        n = number_at(number_index);
      } else if (lang_ == ProseLanguage::Russian && (t_[i].flags & WfCompound)) {
        // "семилетний срок": one word for number and unit.
        n = number_at(i);
        if (!n) continue;
        unit = t_[i].lower.find("месячн") != std::string_view::npos ? 1 : 12;
        number_index = i;
      }
      if (!n || *n <= 0) continue;
      // "в апреле 2025 года": a year, not a term of 2025 years.
      if (t_[number_index].kind == Tok::Number && *n >= 1900) continue;
      // "four eight years": two numbers for one term. Written in words, it is
      // a slip of the text whatever the records say; in figures ("2 15 days")
      // it may be a list, and is left alone.
      if (number_index > b_ && number_at(number_index - 1)) {
        if (t_[number_index].kind == Tok::Word && t_[number_index - 1].kind == Tok::Word)
          out_.double_terms.push_back({t_[number_index - 1].begin, t_[unit_end].end});
        continue;
      }
      if (hedged(number_index)) continue;
      // "-old", "ago", "later": an age or a span of time, not a term.
      if (unit_end + 1 < e_ && t_[unit_end + 1].kind == Tok::Word && (t_[unit_end + 1].flags & WfNotTerm)) continue;
      if (unit_end + 2 < e_ && is_punct(unit_end + 1, "-") && is_word(unit_end + 2, "old")) continue;
      bool kind = false, ban = false;
      for (std::size_t k = unit_end + 1; k < e_ && k <= unit_end + 5; ++k) {
        if (t_[k].kind == Tok::Punct && in(t_[k].lower, {",", ";", ".", "(", ")"})) break;
        if (t_[k].kind != Tok::Word) continue;
        if (t_[k].flags & WfBan) ban = true;
        if (t_[k].flags & WfKind) kind = true;
      }
      // "sentenced to seven years", "приговорён к семи годам"
      for (std::size_t k = number_index; k > b_ && number_index - k < 3; --k) {
        if (t_[k - 1].kind == Tok::Word && (t_[k - 1].flags & WfSentenced)) kind = true;
      }
      if (!kind || ban) continue;
      TermFact f;
      if (unit == -1) f.days = static_cast<int>(*n);
      else f.months = static_cast<int>(*n * unit + 0.5);
      if (unit == -1 && *n != static_cast<int>(*n)) continue;
      f.span = {t_[number_index].begin, t_[unit_end].end};
      out_.terms.push_back(f);
    }
  }

  std::optional<int> year_at(std::size_t i) const {
    if (i >= e_ || t_[i].kind != Tok::Number || !t_[i].integer) return std::nullopt;
    // The range first, then the conversion: a number may be far beyond an int.
    if (t_[i].end - t_[i].begin != 4 || !(t_[i].value >= 1900 && t_[i].value <= 2100)) return std::nullopt;
    return static_cast<int>(t_[i].value);
  }

  int month_at(std::size_t i) const {
    if (i >= e_ || t_[i].kind != Tok::Word) return 0;
    return t_[i].month;
  }

  void dates() {
    std::size_t used_until = b_;  // tokens before this are part of a date already read
    for (std::size_t i = b_; i < e_; ++i) {
      if (i < used_until) continue;
      const auto& tok = t_[i];
      // DAY MONTH [YEAR]
      if (tok.kind == Tok::Number && tok.integer && tok.value >= 1 && tok.value <= 31 && month_at(i + 1)) {
        DateFact d{0, month_at(i + 1), static_cast<int>(tok.value), {tok.begin, t_[i + 1].end}};
        used_until = i + 2;
        if (auto y = year_at(i + 2)) {
          d.year = *y;
          d.span.end = t_[i + 2].end;
          used_until = i + 3;
        }
        out_.dates.push_back(d);
        continue;
      }
      // MONTH YEAR ("April 2020", "в апреле 2025 года"); "may" only before a year.
      if (int m = month_at(i)) {
        if (auto y = year_at(i + 1)) {
          out_.dates.push_back({*y, m, 0, {tok.begin, t_[i + 1].end}});
          used_until = i + 2;
        }
        continue;
      }
      // YEAR, after "in", "since"… or before "года".
      if (auto y = year_at(i)) {
        bool before = i > b_ && t_[i - 1].kind == Tok::Word && (t_[i - 1].flags & WfYearBefore);
        bool after = i + 1 < e_ && t_[i + 1].kind == Tok::Word && (t_[i + 1].flags & WfYearAfter);
        if (before || after) out_.dates.push_back({*y, 0, 0, {tok.begin, tok.end}});
      }
    }
  }

  void articles() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Word) continue;
      if (!(t_[i].flags & WfArticle)) continue;
      std::size_t k = i + 1;
      if (is_punct(k, ".")) ++k;  // "ст. 174"
      while (k < e_ && t_[k].kind == Tok::Number && t_[k].integer) {
        std::string number(t_[k].lower);
        std::size_t last = k;
        // "489-1", "73-3"
        while (last + 2 < e_ && is_punct(last + 1, "-") && adjacent(last, last + 1) && adjacent(last + 1, last + 2) &&
               t_[last + 2].kind == Tok::Number) {
          number += "-" + std::string(t_[last + 2].lower);
          last += 2;
        }
        out_.articles.push_back({number, {t_[k].begin, t_[last].end}});
        k = last + 1;
        // A list: "articles 419 and 274", "статьи 174, 274 и 400"
        if (k < e_ && ((t_[k].kind == Tok::Punct && t_[k].lower == ",") ||
                       (t_[k].kind == Tok::Word && (t_[k].flags & WfListJoin))))
          ++k;
        else
          break;
      }
    }
  }

  void amounts() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Number) continue;
      double v = t_[i].value;
      std::size_t k = i + 1;
      if (k < e_ && t_[k].kind == Tok::Word)
        if (double s = scale_word(t_[k].lower); s > 0) v *= s, ++k;
      if (k >= e_ || t_[k].kind != Tok::Word) continue;
      std::string code = currency_code(t_[k].lower);
      if (code.empty()) continue;
      if (!(v > 0 && v < 1e15)) continue;  // no figure (see number()), or beyond any fine
      if (hedged(i)) continue;
      out_.amounts.push_back({static_cast<long long>(v + 0.5), code, {t_[i].begin, t_[k].end}});
    }
  }

  bool negated(std::size_t i) const {
    for (std::size_t k = i; k > b_ && i - k < 3; --k)
      if (t_[k - 1].kind == Tok::Word && (t_[k - 1].flags & WfNegation)) return true;
    return false;
  }

  void status(StatusClaim claim, std::size_t first, std::size_t last) {
    if (negated(first)) return;
    out_.statuses.push_back({claim, {t_[first].begin, t_[last].end}});
  }

  void statuses() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Word || !(t_[i].flags & WfStatus)) continue;
      auto w = t_[i].lower;
      auto next = [&](std::size_t k) -> std::string_view { return k < e_ ? t_[k].lower : std::string_view{}; };
      auto custody_place = [&](std::string_view x) {
        return in(x, {"prison", "penal", "colony", "detention", "custody", "jail", "pre-trial", "pretrial"});
      };
      if (lang_ == ProseLanguage::English) {
        if ((w == "remains" || w == "remain") && next(i + 1) == "behind" && next(i + 2) == "bars") status(StatusClaim::InCustody, i, i + 2);
        else if ((w == "remains" || w == "remain") && next(i + 1) == "in" && custody_place(next(i + 2))) status(StatusClaim::InCustody, i, i + 2);
        else if ((w == "remains" || w == "remain") && in(next(i + 1), {"imprisoned", "detained", "jailed"})) status(StatusClaim::InCustody, i, i + 1);
        else if (w == "still" && next(i + 1) == "behind" && next(i + 2) == "bars") status(StatusClaim::InCustody, i, i + 2);
        else if ((w == "is" || w == "are") && next(i + 1) == "being" && next(i + 2) == "held") status(StatusClaim::InCustody, i, i + 2);
        else if ((w == "is" || w == "are") && in(next(i + 1), {"imprisoned", "jailed"})) status(StatusClaim::InCustody, i, i + 1);
        else if ((w == "is" || w == "are") && next(i + 1) == "behind" && next(i + 2) == "bars") status(StatusClaim::InCustody, i, i + 2);
        else if ((w == "is" || w == "are") && next(i + 1) == "serving") status(StatusClaim::Serving, i, i + 1);
        else if ((w == "is" || w == "are") && in(next(i + 1), {"currently", "still"}) && next(i + 2) == "serving") status(StatusClaim::Serving, i, i + 2);
        else if (w == "died") status(StatusClaim::Died, i, i);
        else if ((w == "was" || w == "were" || w == "been") && in(next(i + 1), {"released", "freed"})) status(StatusClaim::Released, i, i + 1);
        else if ((w == "was" || w == "were") && in(next(i + 1), {"later", "eventually", "subsequently", "also", "then", "recently"}) &&
                 in(next(i + 2), {"released", "freed"}))
          status(StatusClaim::Released, i, i + 2);
      } else {
        if ((w == "находится" || w == "остаётся" || w == "остается") && next(i + 1) == "в" && next(i + 2) == "заключении") status(StatusClaim::InCustody, i, i + 2);
        else if ((w == "находится" || w == "содержится" || w == "остаётся" || w == "остается") && next(i + 1) == "под" && next(i + 2) == "стражей") status(StatusClaim::InCustody, i, i + 2);
        else if (w == "содержится" && next(i + 1) == "в" && (starts(next(i + 2), "колони") || starts(next(i + 2), "тюрьм") || starts(next(i + 2), "сизо"))) status(StatusClaim::InCustody, i, i + 2);
        else if (w == "отбывает" || w == "отбывают") status(StatusClaim::Serving, i, i);
        else if (in(w, {"скончался", "скончалась", "умер", "умерла", "погиб", "погибла"})) status(StatusClaim::Died, i, i);
        else if (in(w, {"освобождён", "освобожден", "освобождена", "освобождены", "освободили"})) status(StatusClaim::Released, i, i);
      }
    }
  }

  std::vector<Token>& t_;
  std::size_t b_, e_;
  ProseLanguage lang_;
  text::NumberWords& numbers_;
  SentenceFacts& out_;
};

}  // namespace

std::uint32_t event_bit(std::string_view type) {
  static constexpr std::array<std::pair<std::string_view, std::uint32_t>, 12> bits = {{
      {"detention", EvDetention}, {"charge", EvCharge},   {"sentence", EvSentence}, {"release", EvRelease},
      {"death", EvDeath},         {"search", EvSearch},   {"fine", EvFine},         {"interrogation", EvInterrogation},
      {"appeal", EvAppeal},       {"lawsuit", EvLawsuit}, {"attack", EvAttack},     {"hunger-strike", EvHungerStrike}}};
  for (auto [name, bit] : bits)
    if (name == type) return bit;
  return 0;
}

struct ProseFactReader::Buffers {
  std::string lower;
  std::vector<Token> toks;
  std::vector<SentenceFacts> out;
  std::vector<TextFinding> text;
  std::vector<std::pair<std::size_t, Token>> open;  // open brackets and quotes: pair index, token
};

const std::vector<TextFinding>& ProseFactReader::text_findings() const { return buffers_->text; }

namespace {

struct MarkPair {
  std::string_view open, close;
};

// Brackets and the typographic quotation marks whose two sides differ; „…“
// closes with the mark that opens English quotations. Straight quotes and
// apostrophes are left alone: "'" closes nothing it opened.
constexpr std::array<MarkPair, 5> mark_pairs = {{{"(", ")"},
                                                {"[", "]"},
                                                {"\xE2\x80\x9E", "\xE2\x80\x9C"},  // „ “
                                                {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
                                                {"\xC2\xAB", "\xC2\xBB"}}};         // « »

// Follows brackets and quotation marks, and words written twice, token by token.
class TextWatcher {
public:
  TextWatcher(std::string_view text, std::vector<TextFinding>& out, std::vector<std::pair<std::size_t, Token>>& open)
      : text_(text), out_(out), open_(open) {
    out_.clear();
    open_.clear();
  }

  void token(const Token& t) {
    if (t.kind == Tok::Punct) mark(t);
    doubled(t);
    spaced_hyphen(t);
    before_previous_ = previous_;
    previous_ = t;
  }

  void finish() {
    for (const auto& [pair, t] : open_)
      out_.push_back({TextFinding::Unclosed, {t.begin, t.end}, mark_pairs[pair].open, mark_pairs[pair].close});
  }

private:
  void mark(const Token& t) {
    // The closing mark of the innermost open pair first (“ closes „).
    if (!open_.empty() && t.lower == mark_pairs[open_.back().first].close) {
      open_.pop_back();
      return;
    }
    for (std::size_t p = 0; p < mark_pairs.size(); ++p) {
      if (t.lower == mark_pairs[p].open) {
        open_.push_back({p, t});
        return;
      }
      if (t.lower == mark_pairs[p].close && p != 2) {
        // ")" after a list label ("1)", "a)") closes nothing on purpose.
        bool label = t.lower == ")" && previous_.kind != Tok::Punct && previous_.end == t.begin &&
                     previous_.end - previous_.begin <= 2 && (before_previous_.end != previous_.begin);
        if (!label) out_.push_back({TextFinding::Unopened, {t.begin, t.end}, t.lower, {}});
        return;
      }
    }
  }

  // The same word twice with nothing but a colon between ("See: See");
  // "had had" and "that that" are English; a run ("word word word") is one finding.
  void doubled(const Token& t) {
    if (t.kind == Tok::Punct && t.lower == ":") return;  // may stand between the two
    if (t.kind != Tok::Word) {
      word_ = {};
      in_run_ = false;
      return;
    }
    bool same = !word_.empty() && word_ == t.lower && t.lower.size() > 1;
    if (same && !in_run_ && t.lower != "had" && t.lower != "that")
      out_.push_back({TextFinding::DoubledWord, {t.begin, t.end}, text_.substr(t.begin, t.end - t.begin), {}});
    in_run_ = same;
    word_ = t.lower;
  }

  // A hyphen with a space on each side between two words, figures or
  // marks, where a dash is meant ("developments - such as slander -",
  // "Москва - столица", "2019 - 2020"). `previous_` is the hyphen.
  void spaced_hyphen(const Token& t) {
    if (previous_.kind != Tok::Punct || previous_.lower != "-") return;
    if (previous_.begin == 0 || before_previous_.end == previous_.begin || previous_.end == t.begin) return;
    auto side = [](const Token& x) { return x.kind != Tok::Punct || (x.lower != "-" && x.end > x.begin); };
    if (!side(before_previous_) || !side(t) || before_previous_.end == 0) return;
    out_.push_back({TextFinding::SpacedHyphen, {previous_.begin, previous_.end}, "-", {}});
  }

  std::string_view text_;
  std::vector<TextFinding>& out_;
  std::vector<std::pair<std::size_t, Token>>& open_;
  Token previous_, before_previous_;
  std::string_view word_;
  bool in_run_ = false;
};

}  // namespace

ProseFactReader::ProseFactReader(text::NumberWords& numbers) : numbers_(numbers), buffers_(std::make_unique<Buffers>()) {}
ProseFactReader::~ProseFactReader() = default;

std::vector<SentenceFacts> read_prose_facts(std::string_view text, ProseLanguage lang, text::NumberWords& numbers) {
  ProseFactReader reader(numbers);
  return reader.read(text, lang);
}

const std::vector<SentenceFacts>& ProseFactReader::read(std::string_view text, ProseLanguage lang) {
  auto& numbers = numbers_;
  auto& out = buffers_->out;
  out.clear();
  auto& lower = buffers_->lower;
  lower.assign(text);  // lower-cased word by word by the tokenizer
  // One sentence's tokens at a time; a sentence that cannot state a fact is
  // dropped without being read.
  auto& toks = buffers_->toks;
  toks.clear();
  bool interesting = false;
  auto flush = [&] {
    if (interesting && !toks.empty()) {
      SentenceFacts s;
      s.span = {toks.front().begin, toks.back().end};
      SentenceReader(toks, 0, toks.size(), lang, numbers, s).run();
      if (!s.empty()) out.push_back(std::move(s));
    }
    toks.clear();
    interesting = false;
  };
  // Whether `next` starts a new sentence after the tokens so far: ". " then
  // a capital, a figure or an opening quote, unless the full stop ends an
  // abbreviation ("No.", "ст.") or an initial ("A. Smith").
  auto ends_sentence = [&](const Token& next) {
    const auto& t = toks.back();
    if (t.kind != Tok::Punct || !(t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "\xE2\x80\xA6"))
      return false;
    if (next.begin == t.end) return false;  // "No.2"
    bool starts_sentence = (next.kind == Tok::Word && next.capital) || next.kind == Tok::Number ||
                           (next.kind == Tok::Punct && opening_mark(next.lower));
    if (!starts_sentence) return false;
    if (toks.size() >= 2) {
      const auto& before = toks[toks.size() - 2];
      if (before.kind == Tok::Word && before.end == t.begin) {
        if (classify(before.lower).flags & WfAbbreviation) return false;
        if (before.capital && text::count_code_points(text.substr(before.begin, before.end - before.begin)) == 1)
          return false;
      }
    }
    return true;
  };
  Tokenizer tokenizer(text, lower);
  TextWatcher watcher(text, buffers_->text, buffers_->open);
  Token t;
  while (tokenizer.next(t)) {
    watcher.token(t);
    if (!toks.empty() && ends_sentence(t)) flush();
    if (t.kind == Tok::Word && !interesting && t.lower.size() >= 3) {
      SentenceReader::learn(t);  // kept on the token: the sentence reader needs it too
      if (t.flags & WfTrigger) interesting = true;
    }
    if (t.kind == Tok::Number) interesting = true;
    toks.push_back(t);
  }
  flush();
  watcher.finish();
  return out;
}

std::vector<std::string> numbers_in(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ' ';
    if (c >= '0' && c <= '9') {
      current += c;
    } else if (c == '-' && !current.empty() && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
      current += c;
    } else if (!current.empty()) {
      out.push_back(current);
      current.clear();
    }
  }
  return out;
}

ProseLanguage guess_language(std::string_view text) {
  std::size_t cyrillic = 0, latin = 0;
  text = text.substr(0, 160);  // the opening says it; a narrative does not change language
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xD0 || c == 0xD1) ++cyrillic, ++i;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
  }
  return cyrillic > latin ? ProseLanguage::Russian : ProseLanguage::English;
}

}  // namespace briefc::check
