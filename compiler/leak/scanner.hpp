// Finds confidential values in text: the one matcher behind the leak check of
// a public build and the withholding of confidential values from `check` and
// `diff` output.
//
// Each value is compiled once, by its kind (leak/confidential_values.hpp):
//   Name      its words in order, each matched by any of its keys
//             (leak/word_forms.hpp: spelling, look, stem, Kazakh suffix), and
//             its words joined as one ("aigulnurlanova", "nurlanovaaigul",
//             "anurlanova": handles and addresses);
//   Phrase    its words in order, by spelling and look;
//   Address   the URL without its scheme, "www.", trailing "/" and percent
//             escapes, as words: "http://www.Kibhr.example/internal/" and
//             "kibhr.example/internal" written in prose are the same address;
//   Number    its last ten digits (all, when fewer), inside any digit run of
//             the text (leak/words.hpp): "+7 701 555 0199" is found in
//             "tel:+77015550199" and in "8 (701) 555-01-99";
//   LongText  every run of six consecutive words, by spelling, unless the same
//             six words occur in a public text the scanner is given (the
//             public narrative the internal one extends, a stock phrase).
// A value with `case_rule` of up to three words is not found in prose where
// every word of it that begins with a capital is written with a small letter
// ("Hope" is not "there is hope", "Released on bail" not "was released on
// bail"); inside an address (leak/words.hpp) case never matters.
//
// A scanner caches the keys of every word it has seen; it is meant for one
// build or one report.
#pragma once

#include "leak/confidential_values.hpp"
#include "leak/word_forms.hpp"
#include "text/spoof_fold.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace briefc::leak {

struct Finding {
  std::size_t value = 0;            // index into the values
  std::size_t begin = 0, end = 0;   // bytes of the scanned text
};

struct ScanMode {
  bool all_case_free = false;  // a URI, a file name: case never matters
  bool numbers = true;         // look for Number values in digit runs (not in PDF syntax, all numbers)
};

class Scanner {
 public:
  // `public_texts` must outlive the scanner (it is read on first need).
  // With `openings`, a phrase or long text of four words or more is also found
  // by its first three words: a report that quotes a line cut at its width
  // ("Held in the basement …") must withhold what it shows. A PDF prints
  // whole texts, and the leak check does without them.
  Scanner(const std::vector<ConfidentialValue>& values, const text::SpoofFold& fold,
          const std::vector<std::string>& public_texts, bool openings = false);

  bool empty() const { return patterns_.empty() && numbers_.empty() && shingles_.empty(); }

  // Every occurrence of every value in `text`, in text order.
  std::vector<Finding> scan(std::string_view text, ScanMode mode = {});

 private:
  struct PatternWord {
    std::vector<std::uint32_t> keys;  // sorted
    bool capital = false;
  };
  struct Pattern {
    std::size_t value = 0;
    std::vector<PatternWord> words;
    bool case_rule = false;
  };
  struct NumberValue {
    std::size_t value = 0;
    std::string digits;
  };
  struct SeenWord {
    std::vector<std::uint32_t> keys;  // only keys some value has; sorted
    std::uint64_t spelling_hash = 0;
    std::size_t spelling_size = 0;
    bool starts_lower = false;
    bool prefix_known = false;  // its spelling begins as some value's non-look key does
  };
  // FNV-1a: the words hashed are a few bytes long, where it beats the
  // library's hash for long strings.
  struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {
      std::uint64_t h = 0xcbf29ce484222325ull;
      for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
      return static_cast<std::size_t>(h);
    }
  };

  std::uint32_t key_id(const std::string& key);
  void add_words_pattern(std::size_t value, std::string_view text, bool inflects, bool case_rule);
  void add_joined(std::size_t value, std::string_view text);
  void add_long_text(std::size_t value, std::string_view text, bool public_text);
  const SeenWord& seen(std::string_view word);
  const SeenWord& seen_new(std::string_view word);
  bool word_matches(const SeenWord& w, const PatternWord& p) const;
  // Whether a run of six words (by its hash) occurs in a public text.
  bool public_run(std::uint64_t hash);

  WordForms forms_;
  std::unordered_map<std::string, std::uint32_t> key_ids_;
  std::unordered_map<std::string, std::vector<std::string>> value_keys_;  // while values are compiled
  std::unordered_set<std::string, TransparentHash, std::equal_to<>> spelling_prefixes_;  // of the non-look keys
  std::vector<std::vector<std::size_t>> patterns_by_first_key_;  // key id → patterns
  std::vector<Pattern> patterns_;
  std::vector<NumberValue> numbers_;
  std::unordered_map<std::uint64_t, std::size_t> shingles_;  // hash of six spellings → value
  std::unordered_set<std::uint64_t> public_shingles_;        // those a public text has too
  const std::vector<std::string>* public_texts_ = nullptr;   // not yet read (public_run)
  std::unordered_map<std::string, SeenWord, TransparentHash, std::equal_to<>> seen_;
  std::array<std::pair<const SeenWord*, std::string_view>, 4096> recent_{};  // seen_'s entries, by hash
};

// A URL as the scanner compares it: no scheme, no "www.", no trailing "/",
// percent escapes decoded ("https://www.X.org/a%20b/" → "X.org/a b").
std::string bare_address(std::string_view url);

}  // namespace briefc::leak
