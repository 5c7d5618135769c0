#include "text/hyphenator.hpp"

#include <hyphen.h>
#include <iconv.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "text/utf8.hpp"

namespace briefc::text {

namespace {

// Words shorter than this are never hyphenated: a two-letter fragment on
// either side of a break reads badly and saves almost no space.
constexpr std::size_t min_word_letters = 5;

// Latin Extended-B letters whose case pairs are regular (Romanian Ș Ț,
// Pinyin Ǎ, Livonian Ȯ…), given as [first, last, capitals are odd].
struct CasePairRange {
    char32_t first;
    char32_t last;
    bool odd_capitals;
};
constexpr CasePairRange extended_b_pairs[] = {
    {0x01CD, 0x01DC, true}, {0x01DE, 0x01EF, false}, {0x01F8, 0x021F, false},
    {0x0222, 0x0233, false}, {0x0246, 0x024F, false},
};

const CasePairRange* extended_b_range(char32_t c) {
    for (const CasePairRange& range : extended_b_pairs)
        if (c >= range.first && c <= range.last) return &range;
    return nullptr;
}

// Latin and Cyrillic letters: the scripts briefc has patterns for, limited to
// those simple_lower maps exactly as ICU does (checked by a probe against
// boost::locale::to_lower for every code point below U+1F00, with İ the one
// intended difference). Anything else blocks hyphenation of the whole word
// (see Hyphenator::points).
bool is_letter(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0x00C0 && c <= 0x017F && c != 0x00D7 && c != 0x00F7) ||   // Latin-1, Extended-A
           extended_b_range(c) != nullptr ||                               // Extended-B, regular part
           (c >= 0x0400 && c <= 0x0481) || (c >= 0x048A && c <= 0x052F) ||  // Cyrillic (+ Kazakh)
           (c >= 0x1E00 && c <= 0x1EFF);                                    // Latin Extended Additional
}

bool is_word_joiner(char32_t c) {
    switch (c) {
    case U'-': case U'\u2010': case U'\u2011':              // hyphens
    case U'\'': case U'\u2019': case U'\u02BC': return true;  // apostrophes
    default: return false;
    }
}

// Simple (one-to-one) lower-case mapping for Latin and Cyrillic capitals,
// enough to match lower-case patterns; it needs no locale because every
// language briefc hyphenates lower-cases these letters the same way.
char32_t simple_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7) return c + 0x20;
    if (c >= 0x0100 && c <= 0x017F) {
        if (c == 0x0130) return U'i';   // İ (ICU's root locale gives "i" + U+0307)
        if (c == 0x0178) return 0x00FF; // Ÿ
        if (c == 0x0131 || c == 0x0138 || c == 0x0149 || c == 0x017F) return c;  // no capital
        const bool odd_capitals = (c >= 0x0139 && c <= 0x0148) || (c >= 0x0179 && c <= 0x017E);
        return (c % 2 == (odd_capitals ? 1U : 0U)) ? c + 1 : c;
    }
    if (const CasePairRange* range = extended_b_range(c))
        return (c % 2 == (range->odd_capitals ? 1U : 0U)) ? c + 1 : c;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;  // Ѐ..Џ, incl. Ё and Kazakh І
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;  // А..Я
    if ((c >= 0x0460 && c <= 0x0481) || (c >= 0x048A && c <= 0x04BF) || (c >= 0x04D0 && c <= 0x052F))
        return c % 2 == 0 ? c + 1 : c;  // pairs, capital first (Ғ Қ Ң Ү Ұ Һ Ә Ө)
    if (c == 0x04C0) return 0x04CF;
    if (c >= 0x04C1 && c <= 0x04CE) return c % 2 == 1 ? c + 1 : c;
    if (c == 0x1E9E) return 0x00DF;  // ẞ
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return c % 2 == 0 ? c + 1 : c;
    return c;
}

bool is_capital(char32_t c) { return simple_lower(c) != c; }

struct DecodedChar {
    char32_t code_point;
    std::size_t offset;  // byte offset in the UTF-8 word
};

// The code points of `word` with their byte offsets; empty if malformed.
std::vector<DecodedChar> decode_word(std::string_view word) {
    std::vector<DecodedChar> chars;
    if (!is_valid_utf8(word)) return chars;
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t offset = i;
        chars.push_back({decode_at(word, i), offset});
    }
    return chars;
}

// libhyphen may allocate arrays for non-standard hyphenation ("Schiff=fahrt"
// patterns); frees them however the call ends.
struct NonStandardArrays {
    explicit NonStandardArrays(int word_size) : size(word_size) {}
    ~NonStandardArrays() {
        if (rep != nullptr)
            for (int i = 0; i < size; ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    NonStandardArrays(const NonStandardArrays&) = delete;
    NonStandardArrays& operator=(const NonStandardArrays&) = delete;

    int size;
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
};

std::string trimmed(const char* text) {
    std::string s(text);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\n' || s.back() == '\t')) s.pop_back();
    return s;
}

// For a single-byte charset: which byte encodes which code point, found by
// decoding all 256 byte values with iconv once, at load time. Encoding a word
// is then a table lookup that cannot shift offsets (one byte per letter) and
// needs no iconv state, so points() stays const and thread-safe.
std::unordered_map<char32_t, char> single_byte_encoding(const std::string& charset,
                                                        const std::filesystem::path& file) {
    const iconv_t decoder = iconv_open("UTF-8", charset.c_str());
    if (decoder == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error(file.string() + ": iconv does not know the dictionary's charset \"" + charset + "\"");

    std::unordered_map<char32_t, char> table;
    for (int value = 1; value < 256; ++value) {
        char in_byte = static_cast<char>(value);
        char out[8];
        char* in = &in_byte;
        char* out_end = out;
        std::size_t in_left = 1;
        std::size_t out_left = sizeof out;
        iconv(decoder, nullptr, nullptr, nullptr, nullptr);  // reset shift state
        if (iconv(decoder, &in, &in_left, &out_end, &out_left) == static_cast<std::size_t>(-1)) continue;
        const std::string_view utf8(out, static_cast<std::size_t>(out_end - out));
        if (count_code_points(utf8) != 1) continue;
        std::size_t i = 0;
        table.emplace(decode_at(utf8, i), in_byte);
    }
    iconv_close(decoder);
    return table;
}

}  // namespace

struct Hyphenator::Impl {
    // libhyphen 2.8.8 leaks 4 bytes inside hnj_hyphen_load_line when it
    // reads hyph_ru_RU.dic (hnj_hyphen_free cannot reach them). It is once
    // per load, so harmless; LeakSanitizer needs "leak:hnj_hyphen_load".
    Impl(const std::filesystem::path& file, int left, int right)
        : dict(hnj_hyphen_load(file.c_str())), min_left(left), min_right(right) {
        if (dict == nullptr) throw std::runtime_error(file.string() + ": cannot load hyphenation patterns");
        charset = trimmed(dict->cset);
        if (dict->utf8 == 0) {
            try {
                encoding = single_byte_encoding(charset, file);
            } catch (...) {
                hnj_hyphen_free(dict);
                throw;
            }
        }
    }
    ~Impl() { hnj_hyphen_free(dict); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    // The lower-cased letters in the dictionary's charset; false if one of
    // them has no encoding there.
    bool encode(const std::vector<DecodedChar>& letters, std::string& out) const {
        for (const DecodedChar& letter : letters) {
            const char32_t lower = simple_lower(letter.code_point);
            if (dict->utf8 != 0) {
                append_utf8(out, lower);
                continue;
            }
            const auto found = encoding.find(lower);
            if (found == encoding.end()) return false;
            out += found->second;
        }
        return true;
    }

    // Break positions inside one run of letters, as indices i meaning "a
    // hyphen may follow letter i".
    std::vector<std::size_t> run_points(const std::string& encoded, std::size_t letters) const {
        const int size = static_cast<int>(encoded.size());
        std::vector<char> hyphens(encoded.size() + 5, '0');
        NonStandardArrays nonstandard(size);
        // `encoded` is NUL-terminated, which the dictionary's NOHYPHEN check
        // (strstr) relies on.
        if (hnj_hyphen_hyphenate3(dict, encoded.c_str(), size, hyphens.data(), nullptr, &nonstandard.rep,
                                  &nonstandard.pos, &nonstandard.cut, min_left, min_right, 0, 0) != 0)
            return {};

        // For UTF-8 dictionaries libhyphen has already re-indexed `hyphens`
        // from bytes to characters (hnj_hyphen_norm); for single-byte ones a
        // byte is a character. Either way index i is letter i.
        std::vector<std::size_t> after;
        const auto left = static_cast<std::size_t>(min_left);
        const auto right = static_cast<std::size_t>(min_right);
        for (std::size_t i = 0; i + 1 < letters; ++i) {
            if ((hyphens[i] & 1) == 0) continue;
            if (nonstandard.rep != nullptr && nonstandard.rep[i] != nullptr) continue;  // would change spelling
            if (i + 1 < left || letters - (i + 1) < right) continue;
            after.push_back(i);
        }
        return after;
    }

    HyphenDict* dict;
    int min_left;
    int min_right;
    std::string charset;
    std::unordered_map<char32_t, char> encoding;  // empty for UTF-8 dictionaries
};

Hyphenator::Hyphenator(const std::filesystem::path& dictionary, int min_left, int min_right)
    : impl_(std::make_unique<Impl>(dictionary, min_left, min_right)) {}

Hyphenator::~Hyphenator() = default;
Hyphenator::Hyphenator(Hyphenator&&) noexcept = default;
Hyphenator& Hyphenator::operator=(Hyphenator&&) noexcept = default;

std::string_view Hyphenator::charset() const { return impl_ ? std::string_view(impl_->charset) : std::string_view{}; }

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
    std::vector<std::size_t> offsets;
    if (!impl_) return offsets;

    const std::vector<DecodedChar> chars = decode_word(word);
    bool has_small_letter = false;
    std::size_t letter_count = 0;
    for (const DecodedChar& c : chars) {
        if (is_word_joiner(c.code_point)) continue;
        if (!is_letter(c.code_point)) return offsets;  // digits, punctuation, other scripts
        ++letter_count;
        has_small_letter = has_small_letter || !is_capital(c.code_point);
    }
    if (letter_count < min_word_letters || !has_small_letter) return offsets;

    // Hyphenate each run of letters between joiners on its own, so no point
    // ever lands next to a hyphen or apostrophe.
    std::vector<std::vector<DecodedChar>> runs(1);
    for (const DecodedChar& c : chars) {
        if (is_word_joiner(c.code_point)) {
            runs.emplace_back();
        } else {
            runs.back().push_back(c);
        }
    }

    // Every letter must be encodable, even in runs too short to hyphenate:
    // a word the dictionary cannot spell is not one its patterns describe.
    std::vector<std::string> encoded(runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r)
        if (!impl_->encode(runs[r], encoded[r])) return offsets;

    for (std::size_t r = 0; r < runs.size(); ++r) {
        const std::vector<DecodedChar>& run = runs[r];
        if (run.size() < min_word_letters) continue;
        for (const std::size_t after : impl_->run_points(encoded[r], run.size()))
            offsets.push_back(run[after + 1].offset);
    }
    return offsets;  // runs are in order, so already ascending
}

namespace {

struct PatternFile {
    std::string_view language;  // primary BCP 47 subtag
    std::string_view file_name;
    int min_left;
    int min_right;
};

// Three letters at least on either side of a hyphen: a two-letter fragment
// ("re-", "-ly", "по-") saves little width and reads as a stammer. Above
// the English file's own (LEFTHYPHENMIN 2, RIGHTHYPHENMIN 3) and the 2 and 2
// of Russian dictionaries (hyph_ru_RU.dic sets none).
constexpr PatternFile pattern_files[] = {
    {"en", "hyph_en_US.dic", 3, 3},
    {"ru", "hyph_ru_RU.dic", 3, 3},
};

const PatternFile* pattern_file_for(std::string_view bcp47) {
    const std::string_view language = bcp47.substr(0, bcp47.find_first_of("-_"));
    for (const PatternFile& file : pattern_files) {
        const bool same = language.size() == file.language.size() &&
                          std::equal(language.begin(), language.end(), file.language.begin(),
                                     [](char a, char b) { return (a | 0x20) == b; });
        if (same) return &file;
    }
    return nullptr;
}

}  // namespace

HyphenatorSet::HyphenatorSet(std::filesystem::path dictionary_dir) : dictionary_dir_(std::move(dictionary_dir)) {}

bool HyphenatorSet::has_patterns(std::string_view bcp47) const { return pattern_file_for(bcp47) != nullptr; }

const Hyphenator* HyphenatorSet::for_language(std::string_view bcp47) {
    const PatternFile* file = pattern_file_for(bcp47);
    if (file == nullptr) return nullptr;

    auto found = loaded_.find(file->file_name);
    if (found == loaded_.end()) {
        Loaded entry;
        try {
            entry.hyphenator =
                std::make_unique<Hyphenator>(dictionary_dir_ / file->file_name, file->min_left, file->min_right);
        } catch (const std::exception& error) {
            entry.error = error.what();
        }
        found = loaded_.emplace(std::string(file->file_name), std::move(entry)).first;
    }
    return found->second.hyphenator.get();
}

std::string_view HyphenatorSet::load_error(std::string_view bcp47) const {
    const PatternFile* file = pattern_file_for(bcp47);
    if (file == nullptr) return {};
    const auto found = loaded_.find(file->file_name);
    return found == loaded_.end() ? std::string_view{} : std::string_view(found->second.error);
}

}  // namespace briefc::text
