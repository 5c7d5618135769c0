// The generated corpus in memory: plain records that the writers turn into
// briefc's XML (docs/format.md). Nothing here knows about files.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace briefc::bench {

// Inline XML being built, with what the page estimate needs to know about it:
// how many characters it prints in the running text and how long each of its
// footnotes is.
struct Fragment {
  std::string xml;
  std::size_t printed_chars = 0;
  std::vector<std::size_t> note_chars;  // one entry per footnote, printed length

  void append(const Fragment& other) {
    xml += other.xml;
    printed_chars += other.printed_chars;
    note_chars.insert(note_chars.end(), other.note_chars.begin(), other.note_chars.end());
  }
};

struct GenSource {
  std::string id;
  std::string kind;  // media, legal-text, ngo-report, social-media, un-document, monitoring
  std::string lang;  // ru or en
  std::string url;   // empty for a source known by its title only
  std::string publisher;
  std::string date;  // YYYY-MM or YYYY-MM-DD, may be empty
  std::string title;
};

struct GenProvision {
  std::string id;
  std::string code;
  std::string article;
  std::string offence;
};

struct GenPerson {
  std::string id;
  std::string given, family;          // Latin script
  std::string given_cyr, family_cyr;  // Cyrillic script
  char gender = 'm';
  std::string roles;      // the roles attribute
  std::string role_noun;  // how the prose introduces the person ("blogger")
  std::string location;
};

struct GenOrganisation {
  std::string id;
  std::string name;
  std::string name_cyr;  // may be empty
  std::string abbrev;    // may be empty
  std::string kind;
  std::string country;
};

struct GenEvent {
  std::string type;
  std::string date;
  std::vector<std::pair<std::string, std::string>> attributes;  // besides type and date
  std::string text;
};

struct GenStatus {
  std::string value;
  std::string since;
};

struct GenNarrative {
  std::string id;
  Fragment content;
};

struct GenCase {
  std::string id;
  std::vector<std::size_t> subjects;  // indexes into Corpus::persons
  std::vector<std::string> themes;
  std::vector<GenStatus> statuses;
  std::vector<GenEvent> events;
  std::vector<GenNarrative> narratives;  // "profile" (long) and "summary" (short)
  std::size_t file = 0;                  // which records file holds it
};

struct GenTemplate {
  std::string id;
  std::string themes;
  std::vector<std::string> params;
  std::string text;     // default wording, inline XML
  std::string un_text;  // wording for audience="un-treaty-body", may be empty
};

struct Corpus {
  std::vector<GenSource> sources;
  std::vector<GenProvision> provisions;
  std::vector<GenPerson> persons;
  std::vector<GenOrganisation> organisations;
  std::vector<GenCase> cases;
  std::vector<GenTemplate> templates;
  // Sources not owned by a case: what the document's own paragraphs cite.
  std::vector<std::size_t> general_sources;
  // Which sources belong to case i: [case_sources[i].first, .second).
  std::vector<std::pair<std::size_t, std::size_t>> case_sources;
};

// The organisation with this id. The generator asks only for the fixed ones
// it always creates (org-iphr, org-kibhr, …), so a miss is a bug.
inline const GenOrganisation& organisation(const Corpus& corpus, std::string_view id) {
  for (const auto& o : corpus.organisations)
    if (o.id == id) return o;
  throw std::logic_error("no organisation " + std::string(id));
}

}  // namespace briefc::bench
