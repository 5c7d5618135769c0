#include "check/prose_facts.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
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
};

bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x400 && c <= 0x4FF);
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F; }

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42F) || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

// Lower-cases ASCII and Cyrillic in place; both keep their byte length.
std::string lowered(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xD0 && i + 1 < out.size()) {
      auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x90 && d <= 0x9F) out[i + 1] = static_cast<char>(d + 0x20);  // А-П → а-п
      else if (d >= 0xA0 && d <= 0xAF) out[i] = static_cast<char>(0xD1), out[i + 1] = static_cast<char>(d - 0x20);  // Р-Я
      else if (d >= 0x80 && d <= 0x8F) out[i] = static_cast<char>(0xD1), out[i + 1] = static_cast<char>(d + 0x10);  // Ё…
      ++i;
    } else if (c >= 0x80) {
      // skip the rest of a multi-byte sequence
    }
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text, std::string_view lower) {
  std::vector<Token> out;
  out.reserve(text.size() / 4);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = text::decode_at(text, i);
    if (is_space(c)) continue;
    Token t;
    t.begin = start;
    if (c >= '0' && c <= '9') {
      t.kind = Tok::Number;
      double v = c - '0';
      std::size_t j = i;
      auto digit_at = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
      while (digit_at(j)) v = v * 10 + (text[j++] - '0');
      // Groups of three after a no-break space (U+00A0, U+202F) or a comma: "84 832", "18,000".
      for (;;) {
        std::size_t k = j, sep = 0;
        if (k + 1 < text.size() && static_cast<unsigned char>(text[k]) == 0xC2 &&
            static_cast<unsigned char>(text[k + 1]) == 0xA0)
          sep = 2;
        else if (k + 2 < text.size() && static_cast<unsigned char>(text[k]) == 0xE2 &&
                 static_cast<unsigned char>(text[k + 1]) == 0x80 && static_cast<unsigned char>(text[k + 2]) == 0xAF)
          sep = 3;
        else if (k < text.size() && text[k] == ',')
          sep = 1;
        if (sep == 0) break;
        k += sep;
        if (digit_at(k) && digit_at(k + 1) && digit_at(k + 2) && !digit_at(k + 3)) {
          v = v * 1000 + (text[k] - '0') * 100 + (text[k + 1] - '0') * 10 + (text[k + 2] - '0');
          j = k + 3;
          t.integer = false;
        } else {
          break;
        }
      }
      // A decimal part: "1.5", "1,5".
      if (j + 1 < text.size() && (text[j] == '.' || text[j] == ',') && digit_at(j + 1) && t.integer) {
        double scale = 0.1;
        ++j;
        while (digit_at(j)) v += (text[j++] - '0') * scale, scale /= 10;
        t.integer = false;
      }
      t.value = v;
      i = j;
    } else if (is_letter(c)) {
      t.kind = Tok::Word;
      t.capital = is_upper(c);
      std::size_t j = i;
      while (j < text.size()) {
        std::size_t k = j;
        char32_t d = text::decode_at(text, k);
        if (!is_letter(d)) break;
        j = k;
      }
      i = j;
    } else {
      t.kind = Tok::Punct;
    }
    t.end = i;
    t.lower = lower.substr(t.begin, t.end - t.begin);
    out.push_back(t);
  }
  return out;
}

// ---- word lists ----

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool starts(std::string_view w, std::string_view prefix) { return w.substr(0, prefix.size()) == prefix; }

int english_month(std::string_view w) {
  static constexpr std::array<std::string_view, 12> months = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
  for (std::size_t m = 0; m < months.size(); ++m)
    if (w == months[m]) return static_cast<int>(m) + 1;
  return 0;
}

int russian_month(std::string_view w) {
  // Nominative, genitive ("17 апреля") and prepositional ("в апреле").
  static const std::unordered_map<std::string_view, int> months = {
      {"январь", 1},  {"января", 1},  {"январе", 1},  {"февраль", 2}, {"февраля", 2}, {"феврале", 2},
      {"март", 3},    {"марта", 3},   {"марте", 3},   {"апрель", 4},  {"апреля", 4},  {"апреле", 4},
      {"май", 5},     {"мая", 5},     {"мае", 5},     {"июнь", 6},    {"июня", 6},    {"июне", 6},
      {"июль", 7},    {"июля", 7},    {"июле", 7},    {"август", 8},  {"августа", 8}, {"августе", 8},
      {"сентябрь", 9}, {"сентября", 9}, {"сентябре", 9}, {"октябрь", 10}, {"октября", 10}, {"октябре", 10},
      {"ноябрь", 11}, {"ноября", 11}, {"ноябре", 11}, {"декабрь", 12}, {"декабря", 12}, {"декабре", 12}};
  auto it = months.find(w);
  return it == months.end() ? 0 : it->second;
}

// A unit of a term: months it stands for (12 for a year), or -1 for a day.
int term_unit(std::string_view w, ProseLanguage lang) {
  if (lang == ProseLanguage::English) {
    if (w == "year" || w == "years") return 12;
    if (w == "month" || w == "months") return 1;
    if (w == "day" || w == "days") return -1;
    return 0;
  }
  if (in(w, {"год", "года", "году", "годам", "годами", "годах", "лет"})) return 12;
  if (in(w, {"месяц", "месяца", "месяцам", "месяцев", "месяцами"})) return 1;
  if (in(w, {"день", "дня", "дней", "дням", "суток", "сутки", "суткам"})) return -1;
  return 0;
}

// Words after a term that say it is a sentence ("five years’ imprisonment",
// "seven years in prison", "к семи годам лишения свободы").
bool term_kind_word(std::string_view w) {
  return in(w, {"prison", "imprisonment", "jail", "sentence", "restriction", "restricted", "detention", "colony",
                "suspended", "probation", "custody", "behind"}) ||
         starts(w, "лишени") || starts(w, "ограничени") || starts(w, "заключени") || starts(w, "арест") ||
         starts(w, "колони") || w == "срок" || w == "срока" || w == "условно" || starts(w, "тюрьм");
}

// Words before a number that make it approximate, a maximum, or not the sentence.
bool hedge_word(std::string_view w) {
  return in(w, {"up", "nearly", "almost", "around", "about", "approximately", "over", "than", "least", "between",
                "first", "last", "past", "next", "every", "served", "after", "within", "до", "около", "почти", "более",
                "менее", "свыше", "от", "отбыв", "первые", "последние", "через", "спустя"});
}

bool ban_word(std::string_view w) { return in(w, {"ban", "banned", "banning", "prohibition"}) || starts(w, "запрет"); }

std::uint32_t event_word(std::string_view w) {
  static const std::unordered_map<std::string_view, std::uint32_t> words = {
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
  };
  auto it = words.find(w);
  return it == words.end() ? 0 : it->second;
}

bool pronoun(std::string_view w) {
  // Singular only: "they" and "their" as often mean a crowd ("Two activists
  // were fined for their involvement…") as the case's subjects.
  return in(w, {"he", "she", "him", "her", "his", "он", "она", "его", "её", "ее", "ей", "ему", "ним", "ней"});
}

bool negation(std::string_view w) { return in(w, {"not", "never", "no", "longer", "yet", "if", "whether", "не", "ни"}); }

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

bool abbreviation(std::string_view w) {
  return in(w, {"no", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "e", "i", "g", "jr", "г", "гг", "т", "ст", "им", "ул",
                "д", "см", "др", "пр"});
}

bool opening_mark(std::string_view s) {
  return s == "\"" || s == "(" || s == "\xE2\x80\x9C" /* “ */ || s == "\xC2\xAB" /* « */ || s == "\xE2\x80\x9E";
}

class SentenceReader {
public:
  SentenceReader(const std::vector<Token>& toks, std::size_t b, std::size_t e, ProseLanguage lang,
                 text::NumberWords& numbers, SentenceFacts& out)
      : t_(toks), b_(b), e_(e), lang_(lang), numbers_(numbers), out_(out) {}

  void run() {
    for (std::size_t i = b_; i < e_; ++i) {
      const auto& tok = t_[i];
      if (tok.kind != Tok::Word) continue;
      if (pronoun(tok.lower)) out_.personal_pronoun = true;
      if (in(tok.lower, {"fined", "fine", "fines", "pay"}) || starts(tok.lower, "оштраф") ||
          starts(tok.lower, "штраф"))
        out_.speaks_of_fines = true;
      if (auto bits = event_word(tok.lower)) {
        out_.event_words.push_back({bits, {tok.begin, tok.end}});
      } else if (tok.lower == "hunger" && (is_word(i + 1, "strike") || is_word(i + 1, "strikes"))) {
        out_.event_words.push_back({EvHungerStrike, {tok.begin, t_[i + 1].end}});
      }
    }
    // A sentence that weighs a penalty in general ("punishable by", "demanded")
    // states no fine of a case.
    for (std::size_t i = b_; i < e_; ++i)
      if (t_[i].kind == Tok::Word && (in(t_[i].lower, {"punishable", "demanded", "demand", "penalty", "penalties"}) ||
                                      starts(t_[i].lower, "наказыва") || starts(t_[i].lower, "требова")))
        out_.speaks_of_fines = false;
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
      if (t_[k - 1].kind == Tok::Word && hedge_word(t_[k - 1].lower)) return true;
    return false;
  }

  void terms() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Word) continue;
      int unit = term_unit(t_[i].lower, lang_);
      std::size_t number_index = 0;
      std::optional<double> n;
      std::size_t unit_end = i;  // the last token of the term
      if (unit != 0) {
        std::size_t j = i;
        if (j >= b_ + 2 && is_punct(j - 1, "-") && adjacent(j - 2, j - 1) && adjacent(j - 1, j)) j -= 1;  // "seven-year"
        if (j == b_) continue;
        number_index = j - 1;
        n = number_at(number_index);
      } else if (lang_ == ProseLanguage::Russian && (t_[i].lower.find("летн") != std::string_view::npos ||
                                                     t_[i].lower.find("месячн") != std::string_view::npos)) {
        // "семилетний срок": one word for number and unit.
        n = number_at(i);
        if (!n) continue;
        unit = t_[i].lower.find("месячн") != std::string_view::npos ? 1 : 12;
        number_index = i;
      }
      if (!n || *n <= 0) continue;
      // "в апреле 2025 года": a year, not a term of 2025 years.
      if (t_[number_index].kind == Tok::Number && *n >= 1900) continue;
      // "four eight years": two numbers for one term.
      if (number_index > b_ && number_at(number_index - 1)) continue;
      if (hedged(number_index)) continue;
      // "-old", "ago", "later": an age or a span of time, not a term.
      if (unit_end + 1 < e_ && t_[unit_end + 1].kind == Tok::Word &&
          in(t_[unit_end + 1].lower, {"old", "ago", "later", "earlier", "спустя", "назад"}))
        continue;
      if (unit_end + 2 < e_ && is_punct(unit_end + 1, "-") && is_word(unit_end + 2, "old")) continue;
      bool kind = false, ban = false;
      for (std::size_t k = unit_end + 1; k < e_ && k <= unit_end + 5; ++k) {
        if (t_[k].kind == Tok::Punct && in(t_[k].lower, {",", ";", ".", "(", ")"})) break;
        if (t_[k].kind != Tok::Word) continue;
        if (ban_word(t_[k].lower)) ban = true;
        if (term_kind_word(t_[k].lower)) kind = true;
      }
      // "sentenced to seven years", "приговорён к семи годам"
      for (std::size_t k = number_index; k > b_ && number_index - k < 3; --k) {
        auto w = t_[k - 1].lower;
        if (w == "sentenced" || w == "sentence" || starts(w, "приговор")) kind = true;
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
    auto v = static_cast<int>(t_[i].value);
    if (t_[i].end - t_[i].begin != 4 || v < 1900 || v > 2100) return std::nullopt;
    return v;
  }

  int month_at(std::size_t i) const {
    if (i >= e_ || t_[i].kind != Tok::Word) return 0;
    return lang_ == ProseLanguage::English ? english_month(t_[i].lower) : russian_month(t_[i].lower);
  }

  void dates() {
    std::vector<bool> used(e_ - b_, false);
    for (std::size_t i = b_; i < e_; ++i) {
      if (used[i - b_]) continue;
      const auto& tok = t_[i];
      // DAY MONTH [YEAR]
      if (tok.kind == Tok::Number && tok.integer && tok.value >= 1 && tok.value <= 31 && month_at(i + 1)) {
        DateFact d{0, month_at(i + 1), static_cast<int>(tok.value), {tok.begin, t_[i + 1].end}};
        used[i + 1 - b_] = true;
        if (auto y = year_at(i + 2)) {
          d.year = *y;
          d.span.end = t_[i + 2].end;
          used[i + 2 - b_] = true;
        }
        out_.dates.push_back(d);
        continue;
      }
      // MONTH YEAR ("April 2020", "в апреле 2025 года"); "may" only before a year.
      if (int m = month_at(i)) {
        if (auto y = year_at(i + 1)) {
          out_.dates.push_back({*y, m, 0, {tok.begin, t_[i + 1].end}});
          used[i + 1 - b_] = true;
        }
        continue;
      }
      // YEAR, after "in", "since"… or before "года".
      if (auto y = year_at(i)) {
        bool before = i > b_ && t_[i - 1].kind == Tok::Word &&
                      in(t_[i - 1].lower, {"in", "since", "of", "by", "from", "until", "during", "summer", "spring",
                                           "autumn", "winter", "early", "late", "mid", "в", "с", "по", "до", "летом",
                                           "весной", "осенью", "зимой"});
        bool after = i + 1 < e_ && t_[i + 1].kind == Tok::Word && in(t_[i + 1].lower, {"года", "году", "год", "г"});
        if (before || after) out_.dates.push_back({*y, 0, 0, {tok.begin, tok.end}});
      }
    }
  }

  void articles() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Word) continue;
      auto w = t_[i].lower;
      bool keyword = w == "article" || w == "articles" ||
                     in(w, {"статья", "статьи", "статье", "статьей", "статьёй", "статью", "статьям", "статей", "ст"});
      if (!keyword) continue;
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
                       (t_[k].kind == Tok::Word && in(t_[k].lower, {"and", "or", "и", "или"}))))
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
      if (hedged(i)) continue;
      out_.amounts.push_back({static_cast<long long>(v + 0.5), code, {t_[i].begin, t_[k].end}});
    }
  }

  bool negated(std::size_t i) const {
    for (std::size_t k = i; k > b_ && i - k < 3; --k)
      if (t_[k - 1].kind == Tok::Word && negation(t_[k - 1].lower)) return true;
    return false;
  }

  void status(StatusClaim claim, std::size_t first, std::size_t last) {
    if (negated(first)) return;
    out_.statuses.push_back({claim, {t_[first].begin, t_[last].end}});
  }

  void statuses() {
    for (std::size_t i = b_; i < e_; ++i) {
      if (t_[i].kind != Tok::Word) continue;
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

  const std::vector<Token>& t_;
  std::size_t b_, e_;
  ProseLanguage lang_;
  text::NumberWords& numbers_;
  SentenceFacts& out_;
};

}  // namespace

std::uint32_t event_bit(std::string_view type) {
  static const std::unordered_map<std::string_view, std::uint32_t> bits = {
      {"detention", EvDetention}, {"charge", EvCharge},     {"sentence", EvSentence},         {"release", EvRelease},
      {"death", EvDeath},         {"search", EvSearch},     {"fine", EvFine},                 {"interrogation", EvInterrogation},
      {"appeal", EvAppeal},       {"lawsuit", EvLawsuit},   {"attack", EvAttack},             {"hunger-strike", EvHungerStrike}};
  auto it = bits.find(type);
  return it == bits.end() ? 0 : it->second;
}

std::vector<SentenceFacts> read_prose_facts(std::string_view text, ProseLanguage lang, text::NumberWords& numbers) {
  std::vector<SentenceFacts> out;
  std::string lower = lowered(text);
  auto toks = tokenize(text, lower);
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    if (end <= start) return;
    SentenceFacts s;
    s.span = {toks[start].begin, toks[end - 1].end};
    SentenceReader(toks, start, end, lang, numbers, s).run();
    if (!s.empty()) out.push_back(std::move(s));
    start = end;
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto& t = toks[i];
    if (t.kind != Tok::Punct || !(t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "\xE2\x80\xA6"))
      continue;
    if (i + 1 >= toks.size()) continue;
    const auto& next = toks[i + 1];
    if (next.begin == t.end) continue;  // "No.2", "1.5"
    bool starts_sentence = (next.kind == Tok::Word && next.capital) || next.kind == Tok::Number ||
                           (next.kind == Tok::Punct && opening_mark(next.lower));
    if (!starts_sentence) continue;
    if (i > 0 && toks[i - 1].kind == Tok::Word && toks[i - 1].end == t.begin) {
      const auto& before = toks[i - 1];
      if (abbreviation(before.lower)) continue;
      if (before.capital && before.end - before.begin <= 2 && text::count_code_points(text.substr(before.begin, before.end - before.begin)) == 1)
        continue;  // an initial: "A. Smith"
    }
    flush(i + 1);
  }
  flush(toks.size());
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
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xD0 || c == 0xD1) ++cyrillic, ++i;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
  }
  return cyrillic > latin ? ProseLanguage::Russian : ProseLanguage::English;
}

}  // namespace briefc::check
