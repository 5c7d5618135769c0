#include "text/locale_context.hpp"

#include "text/catalog.hpp"
#include "text/icu_backend.hpp"

#include <boost/locale/generator.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace briefc::text {

namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool all_of(std::string_view s, bool (*pred)(char)) { return std::all_of(s.begin(), s.end(), pred); }

std::vector<std::string_view> split_subtags(std::string_view tag) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= tag.size(); ++i) {
        if (i == tag.size() || tag[i] == '-' || tag[i] == '_') {
            parts.push_back(tag.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// The region briefc assumes when a tag names only the language: the variety
// its papers are written in, not ICU's default (en → en_US).
std::string_view default_region(std::string_view language) {
    if (language == "en") return "GB";
    if (language == "ru") return "RU";
    if (language == "kk") return "KZ";
    return {};
}

}  // namespace

std::string locale_name_for_tag(std::string_view bcp47) {
    const std::vector<std::string_view> subtags = split_subtags(bcp47);
    const std::string_view first = subtags.front();
    if (first.size() < 2 || first.size() > 3 || !all_of(first, is_ascii_alpha)) return "und.UTF-8";

    std::string language;
    std::transform(first.begin(), first.end(), std::back_inserter(language), ascii_lower);

    // BCP 47 order is language[-script][-region]...: the region is the first
    // later subtag of 2 letters or 3 digits; a 4-letter script is skipped.
    std::string region;
    for (std::size_t i = 1; i < subtags.size() && i <= 2; ++i) {
        const std::string_view part = subtags[i];
        if ((part.size() == 2 && all_of(part, is_ascii_alpha)) ||
            (part.size() == 3 && all_of(part, is_ascii_digit))) {
            std::transform(part.begin(), part.end(), std::back_inserter(region), ascii_upper);
            break;
        }
        if (part.size() != 4) break;  // not a script: variants follow, no region
    }
    if (region.empty()) region = default_region(language);

    return region.empty() ? language + ".UTF-8" : language + "_" + region + ".UTF-8";
}

boost::locale::localization_backend_manager icu_backend_manager() {
    // A copy of the global manager: selecting on it leaves the process-wide
    // default untouched.
    boost::locale::localization_backend_manager backends =
        boost::locale::localization_backend_manager::global();
    const std::vector<std::string> names = backends.get_all_backends();
    if (std::find(names.begin(), names.end(), "icu") == names.end())
        throw std::runtime_error("Boost.Locale was built without the ICU backend, which briefc requires");
    backends.select("icu");
    return backends;
}

struct LocaleContext::Impl {
    Impl(const boost::locale::localization_backend_manager& backends, std::filesystem::path catalogs)
        : generator(backends), catalog_directory(std::move(catalogs)) {
        generator.add_messages_path(catalog_directory.string());
        generator.add_messages_domain(catalog_domain);
    }

    boost::locale::generator generator;
    std::filesystem::path catalog_directory;
    std::mutex mutex;
    // std::map: references to values stay valid as the cache grows.
    std::map<std::string, std::locale, std::less<>> by_name;
};

LocaleContext::LocaleContext() : LocaleContext(default_catalog_directory()) {}

LocaleContext::LocaleContext(std::filesystem::path catalog_directory)
    : impl_(std::make_unique<Impl>(icu_backend_manager(), std::move(catalog_directory))) {}

const std::filesystem::path& LocaleContext::catalog_directory() const { return impl_->catalog_directory; }

LocaleContext::~LocaleContext() = default;

const std::locale& LocaleContext::locale_for(std::string_view bcp47) const {
    const std::string name = locale_name_for_tag(bcp47);
    std::lock_guard lock(impl_->mutex);
    auto found = impl_->by_name.find(name);
    if (found == impl_->by_name.end())
        found = impl_->by_name.emplace(name, impl_->generator.generate(name)).first;
    return found->second;
}

}  // namespace briefc::text
