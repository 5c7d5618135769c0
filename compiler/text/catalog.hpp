// Fixed strings in the document's language, from gettext catalogs read
// through Boost.Locale.
//
// The catalogs are compiler/text/po/LANG.po, compiled by msgfmt at build time
// into DIR/LANG/LC_MESSAGES/briefc.mo, DIR being `locale/` in the build
// folder; the LocaleContext knows DIR and its locales carry the catalogs.
// English is the source language: its wording is the message id and needs no
// catalog. Plural forms follow each catalog's Plural-Forms header ("1
// страница", "2 страницы", "5 страниц").
#pragma once

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "text/locale_context.hpp"
#include "text/messages.hpp"

namespace briefc::text {

// The gettext domain: the catalogs' file name without ".mo".
inline constexpr const char* catalog_domain = "briefc";

// Where the catalogs of this briefc are: `locale/` beside the running
// executable when it exists (an installed or relocated build), otherwise the
// build folder's `locale/`, fixed when briefc was compiled.
std::filesystem::path default_catalog_directory();

// Where the catalog for `bcp47` is looked for: DIR/ru/LC_MESSAGES/briefc.mo
// for "ru" and "ru-KZ".
std::filesystem::path catalog_path(const LocaleContext& context, std::string_view bcp47);

// True for English, and for a language whose compiled catalog exists.
bool has_catalog(const LocaleContext& context, std::string_view bcp47);

// The translation of `message` into `bcp47`, in the plural form for `count`
// when the message has plural forms; for English the id (or the plural id).
// Nothing when the language's catalog lacks the message or is missing.
std::optional<std::string> find_translation(const LocaleContext& context, const Message& message,
                                            std::string_view bcp47, long long count = 1);

// find_translation(), falling back to the English wording: what a caller
// prints once it has reported the missing translation (or knows it cannot be
// missing, as tests/unit/locale_test.cpp proves for the shipped catalogs).
std::string translate(const LocaleContext& context, const Message& message, std::string_view bcp47,
                      long long count = 1);

// The translation of a wording written in a style file (a citation pattern,
// a footer), which is its own message id; nothing when the catalog has none.
std::optional<std::string> find_wording_translation(const LocaleContext& context, std::string_view english,
                                                    std::string_view bcp47);

// True when `pattern` has a letter outside its {placeholders}, i.e. it is a
// wording that needs translating ("Page {page}") rather than pure layout
// ("{url}", "{page}").
bool has_words(std::string_view pattern);

// `pattern` with every "{key}" replaced by its value; other text, and braces
// naming an unknown key, stay as they are.
std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::pair<std::string_view, std::string_view>> values);

}  // namespace briefc::text
