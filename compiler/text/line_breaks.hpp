// Where a line of text may end.
//
// LineBreakFinder::opportunities and url_break_opportunities return break
// opportunities as byte offsets into the UTF-8 input at which a NEW line may
// start: a line can be [previous, offset) and the next one begins at
// `offset`. Offset 0 and offset == size() are never listed; offsets are
// strictly increasing and always on a code point boundary.
// Whitespace before a break stays on the earlier line (UAX #14 breaks after
// spaces), so layout trims trailing spaces of a line itself.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace briefc::text {

struct BreakOpportunity {
    std::size_t offset;  // byte offset where the next line starts
    bool mandatory;      // true: the line MUST end here (a newline, UAX #14 class BK/CR/LF/NL)
};

// Unicode line breaking (UAX #14) through ICU, tailored for a language (a
// BCP 47 tag, mapped to an ICU locale as locale_name_for_tag does). No-break
// spaces (U+00A0, U+202F, U+2007), the non-breaking hyphen U+2011 and the word
// joiner never give an opportunity, so "444\u00A0500 KZT" breaks only before
// "KZT". A hyphen gives one after it ("well-|known").
//
// ICU's line-break iterator is costly to create (it loads and unpacks the
// rule tables: more than breaking a typical paragraph), so a finder keeps one
// per language, created on first use, and points it at each new text. ICU
// reads the UTF-8 in place, so offsets need no conversion from UTF-16.
// It needs no LocaleContext: the rules depend on the locale's name alone, and
// the finder picks the ICU locale Boost.Locale's ICU backend would.
// Not thread-safe: give each thread its own finder.
class LineBreakFinder {
public:
    LineBreakFinder();
    ~LineBreakFinder();
    LineBreakFinder(const LineBreakFinder&) = delete;
    LineBreakFinder& operator=(const LineBreakFinder&) = delete;

    // The opportunities in `utf8`, as described at the top of this file.
    // Precondition: valid UTF-8 (see is_valid_utf8); ICU reads malformed bytes
    // as U+FFFD. Throws std::runtime_error if ICU cannot create an iterator.
    std::vector<BreakOpportunity> opportunities(std::string_view utf8, std::string_view lang);

private:
    struct Impl;  // keeps ICU headers out of the rest of briefc
    std::unique_ptr<Impl> impl_;
};

// Extra, non-mandatory break opportunities inside a URL, which UAX #14 treats
// as one unbreakable word, where the Chicago Manual of Style puts them: after
// "//" and ":", before . - _ ? # % ~ and a single /, before or after = and &.
// A line therefore never ends in "-" or "." (read as a hyphenation or a
// sentence's end), and nothing is inserted. Never:
//  - inside the scheme, or before the host's first character other than
//    right after "://";
//  - inside a run of separators ("//", "?&", "/-"): before or after the run;
//  - where fewer than two code points would remain on either side.
// "https://rus.azattyq.org/a/30324650.html" gives the pieces "https://",
// "rus", ".azattyq", ".org", "/a", "/30324650", ".html".
std::vector<BreakOpportunity> url_break_opportunities(std::string_view url);

}  // namespace briefc::text
