// The locales that every text operation in briefc runs under.
//
// Boost.Locale is used only with its ICU backend, selected explicitly: the
// posix and std backends, which a default generator may pick, throw
// std::bad_cast on line breaking, leave "ёжик" unchanged in to_upper and print
// numbers in scientific notation (see /work/shared/LIBRARIES.md). ICU also
// needs no generated system locales, so output does not depend on what
// `locale -a` lists on the build machine.
//
// A LocaleContext never touches the global C++ or C locale: every function in
// text/ takes the context and asks it for the locale it needs. Create one per
// compilation and pass it down.
//
// Its locales also carry briefc's message catalogs (gettext .mo files, read
// through Boost.Locale) for the fixed strings it prints: see catalog.hpp.
#pragma once

#include <filesystem>
#include <locale>
#include <memory>
#include <string>
#include <string_view>

namespace briefc::text {

class LocaleContext {
public:
    // Message catalogs are read from `catalog_directory`
    // (DIR/LANG/LC_MESSAGES/briefc.mo); by default where this briefc's build
    // put them (default_catalog_directory in catalog.hpp). A directory without
    // catalogs is not an error: the fixed strings stay English, and
    // has_catalog() tells. Throws std::runtime_error if this Boost.Locale
    // build has no ICU backend.
    LocaleContext();
    explicit LocaleContext(std::filesystem::path catalog_directory);
    ~LocaleContext();
    LocaleContext(const LocaleContext&) = delete;
    LocaleContext& operator=(const LocaleContext&) = delete;

    // The ICU-backed locale for a BCP 47 tag such as "en", "ru", "kk-KZ",
    // named by locale_name_for_tag below, generated on first use and cached
    // ("en" and "en-GB" share one); the reference stays valid for the
    // context's lifetime. Safe to call from several threads.
    const std::locale& locale_for(std::string_view bcp47) const;

    const std::filesystem::path& catalog_directory() const;

private:
    struct Impl;  // keeps Boost headers out of the rest of briefc
    std::unique_ptr<Impl> impl_;
};

// Maps a BCP 47 tag to a Boost.Locale locale name:
//   "en" → "en_GB.UTF-8" (briefc writes British English),
//   "ru" → "ru_RU.UTF-8", "kk" → "kk_KZ.UTF-8",
//   any other language "xx" → "xx.UTF-8"; a region is kept ("en-US" →
//   "en_US.UTF-8", "ru-KZ" → "ru_KZ.UTF-8"); case is normalised ("EN-gb" →
//   "en_GB.UTF-8"); script, variant and extension subtags are dropped
//   ("sr-Latn-RS" → "sr_RS.UTF-8").
//   An empty or malformed tag (language not 2–3 ASCII letters) gives
//   "und.UTF-8", ICU's root locale, so the result never depends on the
//   environment.
// Note: ICU silently replaces a language it has no data for (e.g. "zz") with
// its default locale, which comes from $LANG. Validate `lang` attributes
// against the languages briefc supports before they reach text/.
std::string locale_name_for_tag(std::string_view bcp47);

}  // namespace briefc::text
