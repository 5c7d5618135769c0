#include "leak/scanner.hpp"

#include "leak/words.hpp"
#include "text/percent_encoding.hpp"

#include <algorithm>
#include <tuple>

namespace briefc::leak {

namespace {

constexpr std::size_t shingle_words = 6;
// A run of six short words ("he was in it for a") is no one's secret.
constexpr std::size_t min_shingle_letters = 20;
// A phone number is known by its last ten digits: the national number, with or
// without the country code or a trunk prefix before it.
constexpr std::size_t number_digits = 10;
constexpr std::size_t min_number_digits = 7;
// The case rule holds for values of up to three words ("Hope", "Released on
// bail"); a longer run of a value's words is its own however it is written.
constexpr std::size_t max_case_rule_words = 3;
// How many first words of a phrase a scanner with `openings` looks for.
constexpr std::size_t opening_words = 3;
// A stem keeps four letters at least (leak/word_forms.hpp), so every key of a
// word made from its spelling starts with the spelling's first four letters.
constexpr std::size_t spelling_prefix = 4;

std::uint64_t combine(std::uint64_t h, std::uint64_t word) {
  return (h ^ word) * 0x100000001B3ull + 0x9E3779B97F4A7C15ull;
}

bool sorted_intersect(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    if (*i < *j)
      ++i;
    else
      ++j;
  }
  return false;
}

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

bool mostly_digits(std::string_view s) {
  std::size_t digits = 0, letters = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (static_cast<unsigned char>(c) >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      ++letters;
  }
  return digits >= min_number_digits && digits * 2 >= digits + letters;
}

}  // namespace

std::string bare_address(std::string_view url) {
  std::string_view s = url;
  while (!s.empty() && (s.front() == ' ' || s.front() == '<')) s.remove_prefix(1);
  if (auto scheme = s.find("://"); scheme != std::string_view::npos && scheme < 12)
    s.remove_prefix(scheme + 3);
  else
    for (std::string_view prefix : {"mailto:", "tel:", "sms:", "callto:", "skype:", "viber:", "whatsapp:", "tg:"})
      if (s.size() > prefix.size() && s.substr(0, prefix.size()) == prefix) s.remove_prefix(prefix.size());
  if (s.size() > 4 && (s.substr(0, 4) == "www." || s.substr(0, 4) == "WWW.")) s.remove_prefix(4);
  while (!s.empty() && (s.back() == '/' || s.back() == ' ' || s.back() == '>')) s.remove_suffix(1);
  return text::percent_decode(s);
}

Scanner::Scanner(const std::vector<ConfidentialValue>& values, const text::SpoofFold& fold,
                 const std::vector<std::string>& public_texts, bool openings)
    : forms_(fold) {
  bool long_texts = false;
  for (std::size_t v = 0; v < values.size(); ++v) {
    const auto& value = values[v];
    switch (value.kind) {
      case ValueKind::Name:
        add_words_pattern(v, value.text, true, value.case_rule);
        add_joined(v, value.text);
        break;
      case ValueKind::Phrase:
        add_words_pattern(v, value.text, false, value.case_rule);
        break;
      case ValueKind::Address:
        add_words_pattern(v, bare_address(value.text), false, false);
        break;
      case ValueKind::Number:
        add_words_pattern(v, value.text, false, false);
        break;
      case ValueKind::LongText:
        add_long_text(v, value.text, false);
        long_texts = true;
        break;
    }
    if (openings && (value.kind == ValueKind::Phrase || value.kind == ValueKind::LongText)) {
      auto words = split_words(value.text, false);
      if (words.size() >= opening_words + 1)
        add_words_pattern(v, std::string_view(value.text).substr(0, words[opening_words - 1].end), false, false);
    }
    if (value.kind != ValueKind::LongText && mostly_digits(value.text)) {
      std::string digits = digits_of(value.text);
      if (digits.size() > number_digits) digits.erase(0, digits.size() - number_digits);
      numbers_.push_back({v, digits});
    }
  }
  // The word cache's entries hold the keys known when they were made: start
  // it afresh now that every key is known.
  seen_.clear();
  recent_.fill({nullptr, {}});
  value_keys_.clear();
  // Public texts are read only when a run of a narrative is first found (most
  // builds find none): see public_run.
  if (long_texts) public_texts_ = &public_texts;
}

bool Scanner::public_run(std::uint64_t hash) {
  if (public_texts_) {
    for (const auto& t : *public_texts_) add_long_text(0, t, true);
    public_texts_ = nullptr;
  }
  return public_shingles_.count(hash) > 0;
}

std::uint32_t Scanner::key_id(const std::string& key) {
  auto [it, added] = key_ids_.emplace(key, static_cast<std::uint32_t>(key_ids_.size()));
  if (added) patterns_by_first_key_.emplace_back();
  if (!key.empty() && key[0] != 'v') spelling_prefixes_.insert(key.substr(1, spelling_prefix));
  return it->second;
}

void Scanner::add_words_pattern(std::size_t value, std::string_view text, bool inflects, bool case_rule) {
  Pattern p{value, {}, case_rule};
  for (const auto& w : split_words(text, false)) {
    std::string_view word = text.substr(w.begin, w.end - w.begin);
    PatternWord pw;
    auto& keys = value_keys_[std::string(word) + (inflects ? "\x01" : "\x02")];
    if (keys.empty()) keys = forms_.value_keys(word, inflects);
    for (const auto& key : keys) pw.keys.push_back(key_id(key));
    std::sort(pw.keys.begin(), pw.keys.end());
    pw.keys.erase(std::unique(pw.keys.begin(), pw.keys.end()), pw.keys.end());
    pw.capital = forms_.starts_upper(word);
    p.words.push_back(std::move(pw));
  }
  if (p.words.empty()) return;
  // Four words or more in a row are specific enough in any case.
  p.case_rule = case_rule && p.words.size() <= max_case_rule_words &&
                std::any_of(p.words.begin(), p.words.end(), [](const PatternWord& w) { return w.capital; });
  std::size_t index = patterns_.size();
  for (auto k : p.words.front().keys) patterns_by_first_key_[k].push_back(index);
  patterns_.push_back(std::move(p));
}

// A handle or an address joins the words of a name: "aigulnurlanova",
// "nurlanova.aigul" is two words anyway; with the given name's initial,
// "anurlanova".
void Scanner::add_joined(std::size_t value, std::string_view text) {
  auto words = split_words(text, false);
  if (words.size() < 2) return;
  std::vector<std::string> spellings;
  for (const auto& w : words) spellings.push_back(forms_.spelling(text.substr(w.begin, w.end - w.begin)));
  for (const auto& s : spellings)
    if (s.empty() || s[0] == '#') return;
  std::string forward, backward;
  for (std::size_t i = 0; i < spellings.size(); ++i) {
    forward += spellings[i];
    backward += spellings[spellings.size() - 1 - i];
  }
  std::vector<std::string> joined = {forward, backward, spellings.front().substr(0, 1) + spellings.back()};
  for (const auto& j : joined) {
    if (j.size() < 6) continue;
    Pattern p{value, {PatternWord{{key_id(std::string(1, 't') + j)}, false}}, false};
    patterns_by_first_key_[p.words.front().keys.front()].push_back(patterns_.size());
    patterns_.push_back(std::move(p));
  }
}

void Scanner::add_long_text(std::size_t value, std::string_view text, bool public_text) {
  auto words = split_words(text, false);
  if (words.size() < shingle_words) {
    if (!public_text) add_words_pattern(value, text, false, false);
    return;
  }
  std::vector<std::pair<std::uint64_t, std::size_t>> spelled;  // hash, letters
  for (const auto& w : words) {
    const SeenWord& seen_word = seen(text.substr(w.begin, w.end - w.begin));
    spelled.push_back({seen_word.spelling_hash, seen_word.spelling_size});
  }
  for (std::size_t i = 0; i + shingle_words <= spelled.size(); ++i) {
    std::uint64_t h = 0;
    std::size_t letters = 0;
    for (std::size_t k = 0; k < shingle_words; ++k) {
      h = combine(h, spelled[i + k].first);
      letters += spelled[i + k].second;
    }
    if (public_text) {
      if (shingles_.count(h)) public_shingles_.insert(h);
    } else if (letters >= min_shingle_letters)
      shingles_.emplace(h, value);
  }
}

const Scanner::SeenWord& Scanner::seen(std::string_view word) {
  // A direct-mapped cache in front of the map: a page repeats its words.
  std::size_t hash = TransparentHash{}(word);
  auto& slot = recent_[hash % recent_.size()];
  if (slot.first && slot.second == word) return *slot.first;
  const SeenWord& found = seen_new(word);
  slot = {&found, std::string_view(seen_.find(word)->first)};
  return found;
}

const Scanner::SeenWord& Scanner::seen_new(std::string_view word) {
  if (auto it = seen_.find(word); it != seen_.end()) return it->second;
  SeenWord s;
  std::string spelling = forms_.spelling(word);
  s.spelling_hash = std::hash<std::string>{}(spelling);
  s.spelling_size = spelling.size();
  s.starts_lower = forms_.starts_lower(word);
  if (!key_ids_.empty()) {
    // A word of plain letters of one script has no look-alike to undo: its
    // spelling says it all. A value's look keys are there for words that mix
    // scripts, digits and letters ("Nur1anova"), or use other characters.
    // Every spelling, stem and base key of a word starts with the first
    // letters of its spelling: a word whose first letters begin no value's
    // key has none of them (most words: their keys are not even made).
    bool with_look = word_make(word).may_disguise();
    s.prefix_known = spelling_prefixes_.count(std::string_view(spelling).substr(0, spelling_prefix)) > 0;
    if (!with_look && !s.prefix_known) return seen_.emplace(std::string(word), std::move(s)).first->second;
    auto keys = forms_.text_keys(word, spelling, with_look);
    for (const auto& k : keys)
      if (auto id = key_ids_.find(k); id != key_ids_.end()) s.keys.push_back(id->second);
    std::sort(s.keys.begin(), s.keys.end());
    s.keys.erase(std::unique(s.keys.begin(), s.keys.end()), s.keys.end());
  }
  return seen_.emplace(std::string(word), std::move(s)).first->second;
}

bool Scanner::word_matches(const SeenWord& w, const PatternWord& p) const {
  return sorted_intersect(w.keys, p.keys);
}

std::vector<Finding> Scanner::scan(std::string_view text, ScanMode mode) {
  std::vector<Finding> found;
  if (empty()) return found;
  auto words = split_words(text, mode.all_case_free);
  std::vector<const SeenWord*> seen_words;
  seen_words.reserve(words.size());
  for (const auto& w : words) seen_words.push_back(&seen(text.substr(w.begin, w.end - w.begin)));

  auto match_patterns = [&](const std::vector<Word>& ws, const std::vector<const SeenWord*>& seen_ws) {
    for (std::size_t i = 0; i < ws.size(); ++i) {
      for (auto key : seen_ws[i]->keys) {
        for (std::size_t pi : patterns_by_first_key_[key]) {
          const Pattern& p = patterns_[pi];
          if (i + p.words.size() > ws.size()) continue;
          bool ok = true;
          bool capitals_lowered = p.case_rule;  // every capitalised word of the value printed in small letters
          for (std::size_t j = 0; ok && j < p.words.size(); ++j) {
            const SeenWord& w = *seen_ws[i + j];
            ok = j == 0 || word_matches(w, p.words[j]);
            if (p.words[j].capital && !(w.starts_lower && !ws[i + j].case_free)) capitals_lowered = false;
          }
          ok = ok && !capitals_lowered;
          if (ok) found.push_back({p.value, ws[i].begin, ws[i + p.words.size() - 1].end});
        }
      }
    }
  };
  match_patterns(words, seen_words);

  // A name typed with a hyphen inside it ("Nurla-nova", as if broken at a
  // line end): the words either side of a hyphen between letters, once more
  // as one word.
  bool hyphen_names = false;  // is there a hyphenated pair whose joined word some value knows?
  for (std::size_t i = 0; !key_ids_.empty() && !hyphen_names && i + 1 < words.size(); ++i) {
    std::size_t gap = words[i + 1].begin - words[i].end;
    // Only a first half whose letters begin some value's key can begin a
    // joined word that is one (a first half of four letters or more).
    const SeenWord& first = *seen_words[i];
    if (gap == 1 && text[words[i].end] == '-' && (first.prefix_known || first.spelling_size < spelling_prefix)) {
      std::string both(text.substr(words[i].begin, words[i].end - words[i].begin));
      both += text.substr(words[i + 1].begin, words[i + 1].end - words[i + 1].begin);
      hyphen_names = !seen(both).keys.empty();
    } else if (gap == 3 && (text.substr(words[i].end, 3) == "\u2010" || text.substr(words[i].end, 3) == "\u2011")) {
      hyphen_names = true;
    }
  }
  if (hyphen_names) {
    std::vector<Word> joined;
    std::vector<const SeenWord*> seen_joined;
    bool any = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::size_t gap = i + 1 < words.size() ? words[i + 1].begin - words[i].end : 0;
      bool hyphen = (gap == 1 && text[words[i].end] == '-') ||
                    (gap == 3 && (text.substr(words[i].end, 3) == "\u2010" || text.substr(words[i].end, 3) == "\u2011"));
      if (hyphen) {
        std::string both(text.substr(words[i].begin, words[i].end - words[i].begin));
        both += text.substr(words[i + 1].begin, words[i + 1].end - words[i + 1].begin);
        joined.push_back({words[i].begin, words[i + 1].end, words[i].case_free || words[i + 1].case_free});
        seen_joined.push_back(&seen(both));
        ++i;
        any = true;
      } else {
        joined.push_back(words[i]);
        seen_joined.push_back(seen_words[i]);
      }
    }
    if (any) match_patterns(joined, seen_joined);
  }

  if (!shingles_.empty() && words.size() >= shingle_words) {
    std::size_t last_value = SIZE_MAX, last_end = 0;
    for (std::size_t i = 0; i + shingle_words <= words.size(); ++i) {
      std::uint64_t h = 0;
      for (std::size_t k = 0; k < shingle_words; ++k) h = combine(h, seen_words[i + k]->spelling_hash);
      auto it = shingles_.find(h);
      if (it == shingles_.end() || public_run(h)) continue;
      std::size_t end = words[i + shingle_words - 1].end;
      // Overlapping runs of one value are one finding: the whole passage.
      if (it->second == last_value && words[i].begin <= last_end && !found.empty()) {
        found.back().end = end;
      } else {
        found.push_back({it->second, words[i].begin, end});
      }
      last_value = it->second;
      last_end = end;
    }
  }

  if (mode.numbers && !numbers_.empty())
    for (const auto& run : digit_runs(text, min_number_digits))
      for (const auto& n : numbers_)
        if (run.digits.find(n.digits) != std::string::npos) found.push_back({n.value, run.begin, run.end});

  std::sort(found.begin(), found.end(),
            [](const Finding& a, const Finding& b) {
              return std::tie(a.begin, a.value, a.end) < std::tie(b.begin, b.value, b.end);
            });
  // A word has several keys a pattern knows (its spelling and its stem): one finding.
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Finding& a, const Finding& b) { return a.value == b.value && a.begin == b.begin; }),
              found.end());
  return found;
}

}  // namespace briefc::leak
