#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace briefc::text {

namespace {

// Byte ranges from Unicode table 3-7. The second byte's range depends on the
// lead byte; that is how overlongs (E0 80..9F), surrogates (ED A0..BF) and
// values above U+10FFFF (F4 90..) are excluded without extra checks.
struct SequenceShape {
    int length;              // total bytes, 0 for a byte that cannot start one
    unsigned char second_lo; // allowed range of the second byte
    unsigned char second_hi;
};

constexpr SequenceShape shape_of(unsigned char lead) {
    if (lead < 0x80) return {1, 0, 0};
    if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
    if (lead == 0xE0) return {3, 0xA0, 0xBF};
    if (lead >= 0xE1 && lead <= 0xEC) return {3, 0x80, 0xBF};
    if (lead == 0xED) return {3, 0x80, 0x9F};
    if (lead >= 0xEE && lead <= 0xEF) return {3, 0x80, 0xBF};
    if (lead == 0xF0) return {4, 0x90, 0xBF};
    if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
    if (lead == 0xF4) return {4, 0x80, 0x8F};
    return {0, 0, 0};  // 80..C1 and F5..FF never start a sequence
}

constexpr bool is_continuation(unsigned char byte) { return byte >= 0x80 && byte <= 0xBF; }

// decode_at with a separate validity flag, because a well-formed U+FFFD in
// the input must not count as an error.
char32_t decode_checked(std::string_view utf8, std::size_t& i, bool& ok) {
    ok = false;
    if (i >= utf8.size()) return replacement_character;

    const auto lead = static_cast<unsigned char>(utf8[i]);
    const SequenceShape shape = shape_of(lead);
    if (shape.length == 1) {
        ++i;
        ok = true;
        return lead;
    }
    if (shape.length == 0) {
        ++i;
        return replacement_character;
    }

    char32_t cp = lead & (0xFF >> (shape.length + 1));
    std::size_t consumed = 1;
    for (; consumed < static_cast<std::size_t>(shape.length); ++consumed) {
        if (i + consumed >= utf8.size()) break;
        const auto byte = static_cast<unsigned char>(utf8[i + consumed]);
        const bool fits = consumed == 1 ? (byte >= shape.second_lo && byte <= shape.second_hi)
                                        : is_continuation(byte);
        if (!fits) break;
        cp = (cp << 6) | (byte & 0x3F);
    }
    i += consumed;  // a truncated sequence is one maximal subpart
    ok = consumed == static_cast<std::size_t>(shape.length);
    return ok ? cp : replacement_character;
}

}  // namespace

char32_t decode_non_ascii_at(std::string_view utf8, std::size_t& i) {
    bool ok = false;
    return decode_checked(utf8, i, ok);
}

bool is_valid_utf8(std::string_view utf8, std::size_t* bad_offset) {
    std::size_t i = 0;
    while (i < utf8.size()) {
        // XML is mostly ASCII: skip it without decoding, eight bytes at a
        // time (the reader checks every input file, so this loop is on the
        // path of every build).
        constexpr std::uint64_t high_bits = 0x8080808080808080u;
        for (std::uint64_t word; i + sizeof word <= utf8.size(); i += sizeof word) {
            std::memcpy(&word, utf8.data() + i, sizeof word);
            if (word & high_bits) break;
        }
        while (i < utf8.size() && static_cast<unsigned char>(utf8[i]) < 0x80) ++i;
        if (i == utf8.size()) break;
        const std::size_t start = i;
        bool ok = false;
        decode_checked(utf8, i, ok);
        if (!ok) {
            if (bad_offset != nullptr) *bad_offset = start;
            return false;
        }
    }
    return true;
}

void append_utf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = replacement_character;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t count_code_points(std::string_view utf8) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++count) decode_at(utf8, i);
    return count;
}

}  // namespace briefc::text
