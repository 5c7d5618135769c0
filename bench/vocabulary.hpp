// The fixed word lists the generator draws from: Kazakh names in both scripts,
// places, courts, outlets with the shape of their addresses, and the themes a
// briefing is organised by. Constant data only.
#pragma once

#include <string>
#include <vector>

namespace briefc::bench::vocabulary {

// A name in Latin script and in Cyrillic.
struct NamePair {
  std::string latin;
  std::string cyrillic;
};

// A theme of docs/format.md with the words the prose uses for it.
struct Theme {
  std::string id;                        // the theme attribute value
  std::string topic;                     // "freedom of peaceful assembly"
  std::string group;                     // "peaceful protesters"
  std::string heading;                   // a section heading
  std::vector<std::string> subheadings;  // headings of its subsections
};

// An outlet, and how its article addresses look. In url_pattern, {slug} is
// replaced by words joined with hyphens, {n5}/{n8}/{n16} by digits, {yyyy},
// {mm}, {dd} by the date's parts.
struct Outlet {
  std::string id_prefix;  // "azattyq" → src-azattyq-30723868
  std::string publisher;
  std::string lang;  // ru or en
  std::string kind;
  std::string url_pattern;
};

const std::vector<NamePair>& male_given_names();
const std::vector<NamePair>& female_given_names();
// Family names in their masculine form; feminine_family() derives the other.
const std::vector<NamePair>& family_names();
NamePair feminine_family(const NamePair& masculine);

const std::vector<std::string>& cities();
const std::vector<std::string>& court_districts();
const std::vector<Theme>& themes();
const std::vector<Outlet>& outlets();
// Transliterated Russian words for Russian addresses, English words for English ones.
const std::vector<std::string>& russian_slug_words();
const std::vector<std::string>& english_slug_words();

const std::vector<std::string>& month_names();

}  // namespace briefc::bench::vocabulary
