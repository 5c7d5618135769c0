#include "text/case_map.hpp"

#include <boost/locale/conversion.hpp>

namespace briefc::text {

std::string to_upper(const LocaleContext& context, std::string_view utf8, std::string_view lang) {
    return boost::locale::to_upper(utf8.data(), utf8.data() + utf8.size(), context.locale_for(lang));
}

std::string to_lower(const LocaleContext& context, std::string_view utf8, std::string_view lang) {
    return boost::locale::to_lower(utf8.data(), utf8.data() + utf8.size(), context.locale_for(lang));
}

std::string normalize_nfc(const LocaleContext& context, std::string_view utf8) {
    // Any ICU locale will do; "und" is the root locale.
    return boost::locale::normalize(utf8.data(), utf8.data() + utf8.size(), boost::locale::norm_nfc,
                                    context.locale_for("und"));
}

}  // namespace briefc::text
