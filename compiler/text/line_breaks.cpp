#include "text/line_breaks.hpp"

#include <boost/locale/boundary.hpp>

#include "text/utf8.hpp"

namespace briefc::text {

std::vector<BreakOpportunity> line_break_opportunities(const LocaleContext& context, std::string_view utf8,
                                                       std::string_view lang) {
    namespace boundary = boost::locale::boundary;
    std::vector<BreakOpportunity> breaks;
    if (utf8.empty()) return breaks;

    const char* const begin = utf8.data();
    const char* const end = begin + utf8.size();
    const boundary::boundary_point_index<const char*> points(boundary::line, begin, end,
                                                             context.locale_for(lang));
    for (const auto& point : points) {
        const auto offset = static_cast<std::size_t>(point.iterator() - begin);
        if (offset == 0 || offset >= utf8.size()) continue;
        // ICU tags each boundary with the rule that made it: hard (BK, CR,
        // LF, NL) or soft (an ordinary opportunity).
        breaks.push_back({offset, (point.rule() & boundary::line_hard) != 0});
    }
    return breaks;
}

namespace {

bool is_url_separator(char c) {
    switch (c) {
    case '/': case '.': case '?': case '&': case '=': case '_': case '-': case '#': return true;
    default: return false;
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
    const std::size_t first_allowed = host_start(url) + 1;  // keep at least one host char on the first line
    const std::size_t total = count_code_points(url);

    // Separators are ASCII, so scanning bytes is safe; code points are counted
    // only to apply the "not a lone character" rule to non-ASCII URLs (IRIs).
    std::size_t code_points_before = 0;
    std::size_t i = 0;
    while (i < url.size()) {
        const char c = url[i];
        decode_at(url, i);
        ++code_points_before;
        if (!is_url_separator(c)) continue;
        if (i < url.size() && is_url_separator(url[i])) continue;  // "//": break after the last one
        if (i < first_allowed) continue;
        if (code_points_before < 2 || total - code_points_before < 2) continue;
        breaks.push_back({i, false});
    }
    return breaks;
}

}  // namespace briefc::text
