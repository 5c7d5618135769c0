// Unit tests for compiler/text/: what a reader of a briefing would notice if
// it broke — a wrong hyphen, a split amount, an upper-cased "ё" left small,
// a Russian month in the wrong case.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <locale>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/case_map.hpp"
#include "text/dates.hpp"
#include "text/hyphenator.hpp"
#include "text/line_breaks.hpp"
#include "text/locale_context.hpp"
#include "text/utf8.hpp"

using namespace briefc::text;


namespace {

std::vector<std::size_t> offsets_of(const std::vector<BreakOpportunity>& breaks) {
    std::vector<std::size_t> offsets;
    for (const BreakOpportunity& b : breaks) offsets.push_back(b.offset);
    return offsets;
}

// The text with "|" at every break opportunity: "https://rus.|azattyq.|…".
std::string pieces(std::string_view text, const std::vector<BreakOpportunity>& breaks) {
    std::string result;
    std::size_t start = 0;
    for (const BreakOpportunity& b : breaks) {
        result.append(text.substr(start, b.offset - start)).append("|");
        start = b.offset;
    }
    return result.append(text.substr(start));
}

// The word with "-" at every hyphenation point, as a reader would see it.
std::string hyphenated(const Hyphenator& hyphenator, std::string_view word) {
    std::string result;
    std::size_t start = 0;
    for (const std::size_t point : hyphenator.points(word)) {
        result.append(word.substr(start, point - start)).append("-");
        start = point;
    }
    return result.append(word.substr(start));
}

bool on_code_point_boundary(std::string_view utf8, std::size_t offset) {
    return offset == utf8.size() || (static_cast<unsigned char>(utf8[offset]) & 0xC0) != 0x80;
}

}  // namespace

// ---------------------------------------------------------------- utf8

TEST_CASE("utf8: well-formed text is valid, including a literal U+FFFD") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ASCII"));
    CHECK(is_valid_utf8("Қазақстан, «ёжик», 444\u00A0500 ₸, 😀"));
    CHECK(is_valid_utf8("\uFFFD"));
}

TEST_CASE("utf8: malformed text reports where the bad sequence starts") {
    struct Case {
        std::string text;
        std::size_t bad_at;
    };
    const Case cases[] = {
        {"ab\xFF", 2},                 // never a lead byte
        {"a\xC0\xAF", 1},              // overlong "/"
        {"xy\xED\xA0\x80", 2},         // UTF-16 surrogate
        {"\xF4\x90\x80\x80", 0},       // above U+10FFFF
        {"ok \xE2\x82", 3},            // truncated "€"
        {"\x80", 0},                   // lone continuation byte
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        std::size_t bad = 999;
        CHECK_FALSE(is_valid_utf8(c.text, &bad));
        CHECK(bad == c.bad_at);
        CHECK_FALSE(is_valid_utf8(c.text));  // the offset pointer is optional
    }
}

TEST_CASE("utf8: decode_at advances one code point and gives U+FFFD per bad sequence") {
    const std::string text = "aё€😀";
    std::size_t i = 0;
    CHECK(decode_at(text, i) == U'a');
    CHECK(i == 1);
    CHECK(decode_at(text, i) == U'ё');
    CHECK(i == 3);
    CHECK(decode_at(text, i) == U'€');
    CHECK(i == 6);
    CHECK(decode_at(text, i) == U'😀');
    CHECK(i == 10);

    // A truncated "€" (E2 82) is one maximal subpart: one U+FFFD, then "A".
    const std::string broken = "\xE2\x82" "A";
    i = 0;
    CHECK(decode_at(broken, i) == replacement_character);
    CHECK(i == 2);
    CHECK(decode_at(broken, i) == U'A');

    std::size_t past_end = broken.size();
    CHECK(decode_at(broken, past_end) == replacement_character);
    CHECK(past_end == broken.size());
}

TEST_CASE("utf8: append_utf8 writes 1 to 4 bytes and replaces what cannot be encoded") {
    std::string out;
    append_utf8(out, U'K');
    append_utf8(out, U'ә');
    append_utf8(out, U'₸');
    append_utf8(out, U'😀');
    CHECK(out == "Kә₸😀");

    std::string bad;
    append_utf8(bad, 0xD800);
    append_utf8(bad, 0x110000);
    CHECK(bad == "\uFFFD\uFFFD");
}

TEST_CASE("utf8: count_code_points and is_outside_bmp") {
    CHECK(count_code_points("") == 0);
    CHECK(count_code_points("государственный") == 15);
    CHECK(count_code_points("a\xFF" "b") == 3);
    CHECK(is_outside_bmp(U'😀'));
    CHECK(is_outside_bmp(0x1F1F0));  // half of a flag
    CHECK_FALSE(is_outside_bmp(U'₸'));
    CHECK_FALSE(is_outside_bmp(0xFFFF));
}

// ---------------------------------------------------------------- locales

TEST_CASE("locale: BCP 47 tags map to the ICU locales briefc writes in") {
    CHECK(locale_name_for_tag("en") == "en_GB.UTF-8");
    CHECK(locale_name_for_tag("ru") == "ru_RU.UTF-8");
    CHECK(locale_name_for_tag("kk") == "kk_KZ.UTF-8");
    CHECK(locale_name_for_tag("tr") == "tr.UTF-8");
    CHECK(locale_name_for_tag("en-US") == "en_US.UTF-8");
    CHECK(locale_name_for_tag("EN-gb") == "en_GB.UTF-8");
    CHECK(locale_name_for_tag("kk_KZ") == "kk_KZ.UTF-8");
    CHECK(locale_name_for_tag("sr-Latn-RS") == "sr_RS.UTF-8");
    CHECK(locale_name_for_tag("") == "und.UTF-8");
    CHECK(locale_name_for_tag("../etc") == "und.UTF-8");
}

TEST_CASE("locale: locales are cached and the global locale is left alone") {
    const std::string global_before = std::locale().name();
    const LocaleContext context;
    const std::locale& en = context.locale_for("en");
    CHECK(&en == &context.locale_for("en-GB"));
    CHECK(&en != &context.locale_for("ru"));
    CHECK(std::locale().name() == global_before);
}

// ---------------------------------------------------------------- line breaks

TEST_CASE("line breaks: an amount with a no-break space stays whole") {
    LineBreakFinder finder;
    const std::string text = "444\u00A0500 KZT";
    for (const char* lang : {"en", "ru", "kk"}) {
        CAPTURE(lang);
        const auto breaks = finder.opportunities(text, lang);
        REQUIRE(breaks.size() == 1);
        CHECK(text.substr(breaks[0].offset) == "KZT");
        CHECK_FALSE(breaks[0].mandatory);
    }
    // Nor at U+202F inside a date.
    const std::string date = "6 октября 2024\u202Fг.";
    CHECK(pieces(date, finder.opportunities(date, "ru")) == "6 |октября |2024\u202Fг.");
}

TEST_CASE("line breaks: after spaces and hyphens, never at 0 or the end; newline is mandatory") {
    LineBreakFinder finder;
    const std::string text = "A well-known case.\nNext";
    const auto breaks = finder.opportunities(text, "en");
    CHECK(pieces(text, breaks) == "A |well-|known |case.\n|Next");
    REQUIRE(breaks.size() == 4);
    CHECK_FALSE(breaks[0].mandatory);
    CHECK(breaks[3].mandatory);

    const std::string glued = "non\u2011governmental body";  // U+2011 NON-BREAKING HYPHEN
    CHECK(pieces(glued, finder.opportunities(glued, "en")) == "non\u2011governmental |body");

    CHECK(finder.opportunities("", "en").empty());
    CHECK(finder.opportunities("word", "en").empty());
    CHECK(finder.opportunities("ends with newline\n", "en").size() == 2);
}

TEST_CASE("line breaks: Russian text breaks at UTF-8 code point boundaries") {
    LineBreakFinder finder;
    const std::string text = "Правозащитник задержан в Алматы (Казахстан).";
    const auto breaks = finder.opportunities(text, "ru");
    CHECK(pieces(text, breaks) == "Правозащитник |задержан |в |Алматы |(Казахстан).");
    for (std::size_t offset : offsets_of(breaks)) CHECK(on_code_point_boundary(text, offset));
}

TEST_CASE("line breaks: one finder serves many texts and languages, each as if it were the first") {
    const std::string russian = "Правозащитник задержан в Алматы (Казахстан).";
    const std::string english = "A well-known case.\nNext";
    LineBreakFinder fresh_russian, fresh_english, shared;
    const auto russian_alone = pieces(russian, fresh_russian.opportunities(russian, "ru"));
    const auto english_alone = pieces(english, fresh_english.opportunities(english, "en"));
    for (int round = 0; round < 2; ++round) {
        CAPTURE(round);
        CHECK(pieces(russian, shared.opportunities(russian, "ru")) == russian_alone);
        CHECK(pieces(english, shared.opportunities(english, "en")) == english_alone);
        CHECK(shared.opportunities(english, "en")[3].mandatory);
        CHECK(shared.opportunities("", "ru").empty());
    }
}

TEST_CASE("url breaks: as the Chicago Manual of Style puts them") {
    const std::string url = "https://rus.azattyq.org/a/30324650.html";
    const auto breaks = url_break_opportunities(url);
    // after "//", before "." and a single "/": a line never ends in "." or "-"
    CHECK(pieces(url, breaks) == "https://|rus|.azattyq|.org|/a|/30324650|.html");
    for (const BreakOpportunity& b : breaks) CHECK_FALSE(b.mandatory);

    // before ? and #, before or after = and &
    const std::string query = "https://example.org/search?q=kk&page=2#top";
    CHECK(pieces(query, url_break_opportunities(query)) == "https://|example|.org|/search|?q|=|kk|&|page|=|2|#top");
    // before - _ % ~, after ":"
    const std::string marks = "http://host.kz/~user/a_b-c%20d";
    CHECK(pieces(marks, url_break_opportunities(marks)) == "http://|host|.kz|/~user|/a|_b|-c|%20d");
    CHECK(pieces("mailto:info@iphr.org", url_break_opportunities("mailto:info@iphr.org")) == "mailto:|info@iphr|.org");
    // a run of separators is one: "//" inside a path breaks after it, "/-" before it
    const std::string doubled = "http://host.kz//x/-yz";
    CHECK(pieces(doubled, url_break_opportunities(doubled)) == "http://|host|.kz//|x|/-yz");
}

TEST_CASE("url breaks: no lone character on either side, nothing inside the scheme") {
    CHECK(url_break_opportunities("/abc").empty());   // "/" alone on the first line
    CHECK(pieces("abc/d", url_break_opportunities("abc/d")) == "abc|/d");
    CHECK(url_break_opportunities("abc.d").size() == 1);
    CHECK(pieces("a/bc/d", url_break_opportunities("a/bc/d")) == "a/bc|/d");
    CHECK(pieces("ab/cd/ef", url_break_opportunities("ab/cd/ef")) == "ab|/cd|/ef");
    CHECK(url_break_opportunities("https://x").empty());
    CHECK(url_break_opportunities("").empty());
    // Counted in characters, not bytes: "ж" is two bytes but one letter.
    CHECK(pieces("abc/ж", url_break_opportunities("abc/ж")) == "abc|/ж");
    CHECK(pieces("ab/жж/ж", url_break_opportunities("ab/жж/ж")) == "ab|/жж|/ж");
}

// ---------------------------------------------------------------- hyphenation

TEST_CASE("hyphenation: English words, capitalised or not") {
    HyphenatorSet hyphenators;
    const Hyphenator* en = hyphenators.for_language("en");
    REQUIRE(en != nullptr);
    CHECK(en->charset() == "UTF-8");

    const std::vector<std::size_t> points = en->points("Hyphenation");
    CHECK(std::find(points.begin(), points.end(), std::size_t{6}) != points.end());  // "Hyphen|ation"
    CHECK(hyphenated(*en, "Hyphenation") == "Hyphen-ation");  // not "Hy-": 3 letters kept on the left
    CHECK(hyphenated(*en, "government") == "gov-ern-ment");
    CHECK(hyphenated(*en, "international") == "inter-na-tional");  // and on the right
    CHECK(hyphenators.for_language("en-US") == en);                   // one file, one hyphenator
}

TEST_CASE("hyphenation: what must not be hyphenated") {
    HyphenatorSet hyphenators;
    const Hyphenator* en = hyphenators.for_language("en-GB");
    REQUIRE(en != nullptr);
    CHECK(en->points("well-known").empty());  // no point beside the hyphen; parts too short
    CHECK(hyphenated(*en, "state-sponsored") == "state-spon-sored");
    CHECK(hyphenated(*en, "government\u2019s") == "gov-ern-ment\u2019s");
    CHECK(en->points("2020").empty());
    CHECK(en->points("COVID19").empty());
    CHECK(en->points("hyphenation2").empty());
    CHECK(en->points("IPHR").empty());         // short, and an acronym
    CHECK(en->points("UNHCR").empty());        // an acronym
    CHECK(en->points("table").size() <= 1);
    CHECK(en->points("tree").empty());          // shorter than 5 letters
    CHECK(en->points("government,").empty());   // punctuation must be stripped first
    CHECK(en->points("hyphen\u00ADation").empty());  // the author placed a soft hyphen
    CHECK(en->points("").empty());
    CHECK(en->points("gov\xFFrnment").empty());
}

TEST_CASE("hyphenation: Russian through the KOI8-R dictionary, at UTF-8 offsets") {
    HyphenatorSet hyphenators;
    const Hyphenator* ru = hyphenators.for_language("ru");
    REQUIRE(ru != nullptr);
    CHECK(ru->charset() == "KOI8-R");

    const std::string word = "государственный";
    const std::vector<std::size_t> points = ru->points(word);
    REQUIRE_FALSE(points.empty());
    for (const std::size_t point : points) {
        CAPTURE(point);
        CHECK(point > 0);
        CHECK(point < word.size());
        CHECK(point % 2 == 0);  // every letter is two bytes: never inside one
        CHECK(on_code_point_boundary(word, point));
    }
    CHECK(hyphenated(*ru, word) == "государ-ствен-ный");
    CHECK(hyphenated(*ru, "Государственный") == "Государ-ствен-ный");  // capital lower-cased first
    CHECK(hyphenated(*ru, "Ёлочный") == hyphenated(*ru, "ёлочный").replace(0, 2, "Ё"));
    CHECK(hyphenated(*ru, "правозащитник") == "пра-воза-щит-ник");
    CHECK(ru->points("мама").empty());       // 4 letters
    CHECK(ru->points("КАЗАХСТАН").empty());  // all capitals: an acronym or a heading
    CHECK(ru->points("мемлекеттік").empty());  // Kazakh "і" has no KOI8-R form
}

TEST_CASE("hyphenation: languages without patterns, and missing files") {
    HyphenatorSet hyphenators;
    CHECK(hyphenators.has_patterns("en"));
    CHECK(hyphenators.has_patterns("ru-KZ"));
    CHECK_FALSE(hyphenators.has_patterns("kk"));
    CHECK(hyphenators.for_language("kk") == nullptr);
    CHECK(hyphenators.load_error("kk").empty());

    HyphenatorSet nowhere("/nonexistent/hyphen");
    CHECK(nowhere.has_patterns("en"));
    CHECK(nowhere.for_language("en") == nullptr);
    CHECK(nowhere.load_error("en").find("hyph_en_US.dic") != std::string_view::npos);
}

TEST_CASE("hyphenation: a Hyphenator is move-only and survives its set being moved") {
    Hyphenator en("/usr/share/hyphen/hyph_en_US.dic", 2, 3);
    Hyphenator moved = std::move(en);
    CHECK(hyphenated(moved, "hyphenation") == "hy-phen-ation");
    CHECK(en.points("hyphenation").empty());  // NOLINT(bugprone-use-after-move): documented state
    CHECK_THROWS_AS(Hyphenator("/nonexistent.dic", 2, 2), std::runtime_error);

    HyphenatorSet set;
    const Hyphenator* ru = set.for_language("ru");
    HyphenatorSet moved_set = std::move(set);
    CHECK(moved_set.for_language("ru") == ru);
}

// ---------------------------------------------------------------- case

TEST_CASE("case: upper and lower case follow the language") {
    const LocaleContext context;
    CHECK(to_upper(context, "ёжик", "ru") == "ЁЖИК");
    CHECK(to_upper(context, "әіқ ғңөұүһ", "kk") == "ӘІҚ ҒҢӨҰҮҺ");
    CHECK(to_lower(context, "ӘІҚ", "kk") == "әіқ");
    CHECK(to_upper(context, "istanbul", "tr") == "İSTANBUL");
    CHECK(to_upper(context, "istanbul", "en") == "ISTANBUL");
    CHECK(to_lower(context, "ISPARTA", "tr") == "ısparta");
    CHECK(to_upper(context, "straße", "en") == "STRASSE");  // one letter becomes two
}

TEST_CASE("case: NFC composes a letter and its combining accent") {
    const LocaleContext context;
    CHECK(normalize_nfc(context, "e\u0301") == "\u00E9");
    CHECK(normalize_nfc(context, "й") == "й");
    CHECK(normalize_nfc(context, "\u0438\u0306") == "й");
}

// ---------------------------------------------------------------- dates and numbers

TEST_CASE("dates: each precision in English, Russian and Kazakh") {
    const LocaleContext context;
    const CalendarDate day{2024, 10, 6, DatePrecision::Day};
    const CalendarDate month{2024, 10, 0, DatePrecision::Month};
    const CalendarDate year{2024, 0, 0, DatePrecision::Year};

    CHECK(format_date(context, day, "en") == "6 October 2024");
    CHECK(format_date(context, month, "en") == "October 2024");
    CHECK(format_date(context, year, "en") == "2024");

    CHECK(format_date(context, day, "ru") == "6 октября 2024\u202Fг.");
    CHECK(format_date(context, month, "ru") == "октябрь 2024\u202Fг.");  // nominative
    CHECK(format_date(context, year, "ru") == "2024\u202Fг.");

    CHECK(format_date(context, day, "kk") == "2024\u202Fж. 6 қазан");
    CHECK(format_date(context, month, "kk") == "2024\u202Fж. қазан");
    CHECK(format_date(context, year, "kk") == "2024\u202Fж.");
}

TEST_CASE("dates: every Russian month stands in the nominative on its own") {
    const LocaleContext context;
    CHECK(format_date(context, {2020, 1, 0, DatePrecision::Month}, "ru") == "январь 2020\u202Fг.");
    CHECK(format_date(context, {2020, 5, 0, DatePrecision::Month}, "ru") == "май 2020\u202Fг.");
    CHECK(format_date(context, {2020, 5, 9, DatePrecision::Day}, "ru") == "9 мая 2020\u202Fг.");
    CHECK(format_date(context, {2020, 12, 0, DatePrecision::Month}, "ru-KZ") == "декабрь 2020\u202Fг.");
}

TEST_CASE("dates: edges of the calendar and invalid dates") {
    const LocaleContext context;
    CHECK(format_date(context, {2024, 2, 29, DatePrecision::Day}, "en") == "29 February 2024");
    CHECK(format_date(context, {1991, 12, 16, DatePrecision::Day}, "kk") == "1991\u202Fж. 16 желтоқсан");
    CHECK(format_date(context, {2024, 10, 6, DatePrecision::Day}, "en-US") == "October 6, 2024");
    CHECK_THROWS_AS(format_date(context, {2023, 2, 29, DatePrecision::Day}, "en"), std::invalid_argument);
    CHECK_THROWS_AS(format_date(context, {2023, 13, 0, DatePrecision::Month}, "ru"), std::invalid_argument);
    CHECK_THROWS_AS(format_date(context, {2023, 0, 0, DatePrecision::Month}, "en"), std::invalid_argument);
}

TEST_CASE("numbers: grouped by no-break spaces in every language") {
    const LocaleContext context;
    for (const char* lang : {"en", "ru", "kk"}) {
        CAPTURE(lang);
        CHECK(format_integer(context, 444500, lang) == "444\u00A0500");
        CHECK(format_integer(context, 1234567, lang) == "1\u00A0234\u00A0567");
    }
    CHECK(format_integer(context, 0, "en") == "0");
    CHECK(format_integer(context, 999, "en") == "999");
    CHECK(format_integer(context, 1500, "en") == "1\u00A0500");
    CHECK(format_integer(context, -1500, "ru") == "-1\u00A0500");
    CHECK(format_integer(context, LLONG_MIN, "en") == "-9\u00A0223\u00A0372\u00A0036\u00A0854\u00A0775\u00A0808");
}

TEST_CASE("numbers: which spaces are no-break spaces") {
    CHECK(is_no_break_space(0x00A0));
    CHECK(is_no_break_space(0x202F));
    CHECK(is_no_break_space(0x2007));
    CHECK_FALSE(is_no_break_space(U' '));
    CHECK_FALSE(is_no_break_space(0x2009));  // thin space may break
}

TEST_CASE("keys for comparison: Latin and Russian letters lower-cased without ICU, other bytes kept") {
  using briefc::text::lower_latin_cyrillic;
  CHECK(lower_latin_cyrillic("Радио Азаттык: ЁЛКА, Vlast.KZ") == "радио азаттык: ёлка, vlast.kz");
  CHECK(lower_latin_cyrillic("ӘІҚ Ärger") == "ӘІҚ Ärger");  // Kazakh letters and Latin accents are left alone
  CHECK(lower_latin_cyrillic(std::string_view("\xD0", 1)) == std::string("\xD0", 1));  // a lead byte at the end
}
