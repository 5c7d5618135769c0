// Where a word may be hyphenated, from TeX-style patterns through libhyphen.
//
// text/ is the only code in briefc that calls libhyphen. A Hyphenator owns one
// loaded pattern file; a HyphenatorSet, owned by the caller (no globals),
// loads the right file for a language the first time it is asked.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::text {

class Hyphenator {
public:
    // Loads a libhyphen .dic file. `min_left` / `min_right` are the fewest
    // letters kept before / after a hyphen (TeX's \lefthyphenmin and
    // \righthyphenmin); they override smaller values set in the file, because
    // hyph_ru_RU.dic sets none (0). Throws std::runtime_error naming the file
    // if it cannot be loaded or its charset (dict->cset) is neither UTF-8 nor
    // a single-byte charset that iconv knows (KOI8-R, ISO-8859-x, CP125x —
    // what every Debian hyphen-* package uses).
    Hyphenator(const std::filesystem::path& dictionary, int min_left, int min_right);
    ~Hyphenator();
    Hyphenator(Hyphenator&&) noexcept;
    Hyphenator& operator=(Hyphenator&&) noexcept;
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    // Byte offsets into the UTF-8 `word` where a hyphen may be inserted: the
    // word may become [0, offset) + "-" + [offset, end). Ascending; always on
    // code point boundaries, never 0 or word.size(). The word is lower-cased
    // first (patterns are lower case; "Hyphenation" → "Hyphen|ation").
    //
    // No points at all for a word that
    //  - is shorter than 5 letters ("IPHR", "мама"),
    //  - has no lower-case letter, i.e. is an acronym ("UNHCR", "ОБСЕ"),
    //  - contains a digit ("2020", "COVID19") or any character other than
    //    Latin or Cyrillic letters, hyphens and apostrophes (punctuation,
    //    a soft hyphen the author placed by hand, a combining stress accent,
    //    other scripts), so pass words without surrounding punctuation,
    //  - contains a letter the dictionary's charset cannot encode (Kazakh
    //    "қ" in KOI8-R), or is malformed UTF-8.
    // Hyphens (U+002D, U+2010, U+2011) and apostrophes (U+0027, U+2019,
    // U+02BC) split the word into parts that are hyphenated on their own and
    // never get a point next to them: "well-known" gets none (line breaking
    // already allows a break after its hyphen); "state-sponsored" gets
    // "state-spon|sored". Thread-safe (const, no shared mutable state). A
    // moved-from Hyphenator returns no points.
    std::vector<std::size_t> points(std::string_view word) const;

    // The dictionary's charset as the file declares it ("UTF-8", "KOI8-R");
    // empty for a moved-from Hyphenator.
    std::string_view charset() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The hyphenators of one compilation, loaded on first use.
//   en, en-*  → hyph_en_US.dic, at least 3 letters left and 3 right
//   ru, ru-*  → hyph_ru_RU.dic, at least 3 letters left and 3 right
// Other languages (kk: Debian ships no Kazakh patterns, and KOI8-R cannot
// encode Kazakh letters) have none. Not thread-safe: give each thread its own
// set, or load every language before sharing the const Hyphenators.
class HyphenatorSet {
public:
    explicit HyphenatorSet(std::filesystem::path dictionary_dir = "/usr/share/hyphen");

    // True when briefc knows a pattern file for the language, whether or not
    // it has been (or can be) loaded. False for "kk": a caller that sees this
    // warns once that such text is not hyphenated.
    bool has_patterns(std::string_view bcp47) const;

    // The language's hyphenator, loading its file on the first call. Null when
    // has_patterns() is false or the file failed to load (see load_error).
    // The pointer stays valid for the set's lifetime, across moves.
    const Hyphenator* for_language(std::string_view bcp47);

    // Why for_language() returned null for a language that has_patterns();
    // empty if it has not failed (or has not been tried yet).
    std::string_view load_error(std::string_view bcp47) const;

private:
    struct Loaded {  // one pattern file, after the first attempt to load it
        std::unique_ptr<Hyphenator> hyphenator;  // null if loading failed
        std::string error;                       // why it failed
    };
    std::filesystem::path dictionary_dir_;
    std::map<std::string, Loaded, std::less<>> loaded_;  // by file name
};

}  // namespace briefc::text
