#include "text/line_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <map>
#include <stdexcept>
#include <string>

#include "text/locale_context.hpp"
#include "text/utf8.hpp"

namespace briefc::text {

struct LineBreakFinder::Impl {
    Impl() = default;
    ~Impl() { utext_close(text); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    icu::BreakIterator& iterator_for(std::string_view lang) {
        if (last != nullptr && lang == last_lang) return *last;
        auto found = by_lang.find(lang);
        if (found == by_lang.end()) {
            // The locale Boost.Locale's ICU backend would use for the same tag
            // (it canonicalises the whole name, "en_GB.UTF-8"), so the rules are
            // the ones every other text service in briefc runs under.
            const icu::Locale locale = icu::Locale::createCanonical(locale_name_for_tag(lang).c_str());
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<icu::BreakIterator> created(icu::BreakIterator::createLineInstance(locale, status));
            if (U_FAILURE(status) || created == nullptr)
                throw std::runtime_error(std::string("ICU cannot create a line-break iterator: ") + u_errorName(status));
            found = by_lang.emplace(std::string(lang), std::move(created)).first;
        }
        last_lang = found->first;
        last = found->second.get();
        return *last;
    }

    enum class Kind { Soft, Hard, Untagged };

    // How ICU tagged the boundary the iterator stands on: hard (BK, CR, LF,
    // NL) or soft (an ordinary opportunity). A boundary may carry several
    // tags; hard wins, as it did when briefc read them through Boost.Locale.
    static Kind kind_of(icu::BreakIterator& iterator) {
        int32_t fixed[8];
        std::vector<int32_t> more;
        int32_t* statuses = fixed;
        UErrorCode status = U_ZERO_ERROR;
        int32_t count = iterator.getRuleStatusVec(fixed, 8, status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            more.resize(static_cast<std::size_t>(count));
            statuses = more.data();
            status = U_ZERO_ERROR;
            count = iterator.getRuleStatusVec(statuses, count, status);
        }
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU cannot tag a line break: ") + u_errorName(status));
        Kind kind = Kind::Untagged;
        for (int32_t i = 0; i < count; ++i) {
            if (statuses[i] >= UBRK_LINE_HARD && statuses[i] < UBRK_LINE_HARD_LIMIT) return Kind::Hard;
            if (statuses[i] >= UBRK_LINE_SOFT && statuses[i] < UBRK_LINE_SOFT_LIMIT) kind = Kind::Soft;
        }
        return kind;
    }

    std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> by_lang;
    std::string_view last_lang;  // the key of `last` in by_lang
    icu::BreakIterator* last = nullptr;
    UText* text = nullptr;  // reopened over each new text; ICU reuses the struct
};

LineBreakFinder::LineBreakFinder() : impl_(std::make_unique<Impl>()) {}

LineBreakFinder::~LineBreakFinder() = default;

std::vector<BreakOpportunity> LineBreakFinder::opportunities(std::string_view utf8, std::string_view lang) {
    std::vector<BreakOpportunity> breaks;
    if (utf8.empty()) return breaks;

    icu::BreakIterator& iterator = impl_->iterator_for(lang);
    UErrorCode status = U_ZERO_ERROR;
    impl_->text = utext_openUTF8(impl_->text, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    iterator.setText(impl_->text, status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU cannot read the text to break: ") + u_errorName(status));

    iterator.first();
    for (int32_t offset = iterator.next(); offset != icu::BreakIterator::DONE; offset = iterator.next()) {
        const auto at = static_cast<std::size_t>(offset);  // UTF-8 text: ICU's native index is the byte offset
        if (at >= utf8.size()) continue;
        const Impl::Kind kind = Impl::kind_of(iterator);
        if (kind == Impl::Kind::Untagged) continue;  // not a line-break rule's boundary: none in ICU's rules
        breaks.push_back({at, kind == Impl::Kind::Hard});
    }
    return breaks;
}

namespace {

// Where the Chicago Manual of Style (17th ed., 14.18) lets a URL break:
// after a colon or a double slash; before a single slash, a period, a hyphen,
// an underscore, a question mark, a number sign, a percent sign or a tilde
// (so "-" and "." open the next line, where they cannot be read as a
// hyphenation or a sentence's end); before or after "=" and "&".
enum class UrlBreak { None, Before, After, Either };

UrlBreak url_break_at(char c) {
    switch (c) {
    case '.': case '-': case '_': case '?': case '#': case '%': case '~': case '/': return UrlBreak::Before;
    case ':': return UrlBreak::After;
    case '=': case '&': return UrlBreak::Either;
    default: return UrlBreak::None;
    }
}

// Byte offset where the host starts: just after "scheme://", or 0 for a URL
// without an authority part ("www.example.org/x", "mailto:…").
std::size_t host_start(std::string_view url) {
    const std::size_t marker = url.find("://");
    return marker == std::string_view::npos ? 0 : marker + 3;
}

}  // namespace

std::vector<BreakOpportunity> url_break_opportunities(std::string_view url) {
    std::vector<BreakOpportunity> breaks;
    const std::size_t host = host_start(url);
    const std::size_t total = count_code_points(url);

    // Separators are ASCII, so scanning bytes is safe; code points are counted
    // only to apply the "not a lone character" rule to non-ASCII URLs (IRIs).
    // A run of separators ("//", "?&", "/-") is one: the line breaks before
    // or after the run as its first or last character asks, never inside it.
    auto separator = [&](std::size_t i) { return i < url.size() && url_break_at(url[i]) != UrlBreak::None; };
    auto add = [&](std::size_t offset, std::size_t code_points_before) {
        if (code_points_before < 2 || total - code_points_before < 2) return;
        if (!breaks.empty() && breaks.back().offset >= offset) return;
        breaks.push_back({offset, false});
    };
    std::size_t code_points_before = 0;  // code points in [0, i)
    std::size_t i = 0;
    while (i < url.size()) {
        const std::size_t run_start = i;
        const std::size_t run_code_points = code_points_before;
        if (!separator(i)) {
            decode_at(url, i);
            ++code_points_before;
            continue;
        }
        while (separator(i)) {
            ++i;
            ++code_points_before;
        }
        const std::string_view run = url.substr(run_start, i - run_start);
        if (run_start == host - 3 && run.substr(0, 3) == "://") {
            add(host, run_code_points + 3);  // "https://" | "example.org"
            continue;
        }
        if (run_start < host) continue;  // inside the scheme
        const UrlBreak first = url_break_at(run.front()), last = url_break_at(run.back());
        // Before the host's first character nothing breaks; "//" inside a path
        // (and any run ending in ":") breaks after it.
        const bool ends_after = last == UrlBreak::After || (run.size() >= 2 && run.substr(run.size() - 2) == "//");
        if (!ends_after && (first == UrlBreak::Before || first == UrlBreak::Either) && run_start > host)
            add(run_start, run_code_points);
        if (ends_after || last == UrlBreak::Either) add(i, code_points_before);
    }
    return breaks;
}

}  // namespace briefc::text
