// Sources read from a reference manager's export, before they become
// <source> records: `briefc import sources FILE` (cli/import_command.hpp).
//
// The readers (import/csl_json.hpp, import/bibtex.hpp) map each format's
// fields onto these; what a field cannot say stays empty. `where` names the
// entry for messages ("item 3 (id 'smith2020')", "line 12").
#pragma once

#include <string>
#include <vector>

namespace briefc::import {

struct ImportedSource {
  std::string key;        // the entry's own id or citation key
  std::string url;
  std::string title;
  std::string publisher;  // the outlet: container title, publisher, journal, website
  std::string date;       // YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
  std::string lang;       // BCP 47 primary tag ("ru"), or empty
  std::string kind;       // briefc's source kind: media, ngo-report, legal-text, social-media, un-document, official, other
  std::string where;      // the entry, for messages
};

struct ImportResult {
  std::vector<ImportedSource> sources;
  std::vector<std::string> problems;  // "item 4: no URL and no title; skipped"
  std::string error;                  // the file as a whole could not be read
};

// "Russian", "ru-RU", "rus", "русский" → "ru"; "" when unknown.
std::string language_tag(const std::string& language);

// A record id for an entry: "src-" and the key in lower case, with every
// character that is not a letter, digit or "-" as "-" ("src-smith2020").
std::string source_id(const std::string& key);

}  // namespace briefc::import
