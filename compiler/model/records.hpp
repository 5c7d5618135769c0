// The records a corpus holds: sources, legal provisions, persons,
// organisations, cases and recommendation templates. Plain data, filled by
// read/ and never changed afterwards; every record keeps where it was written.
#pragma once

#include "diag/source_manager.hpp"
#include "model/date.hpp"
#include "model/inline.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::model {

using diag::SourceLocation;

// Any record can be marked confidential, with the reason and, for things that
// are cited or named, the wording a public document prints instead.
struct Confidentiality {
  bool confidential = false;
  std::string reason;
  std::string public_as;
};

struct Source {
  std::string id;
  std::string kind;  // media, legal-text, ngo-report, social-media, un-document, monitoring, official, other
  std::string lang;  // BCP 47
  std::string url;
  std::string title;
  std::string publisher;
  std::optional<Date> date;
  Confidentiality confidentiality;
  SourceLocation location;
};

struct Provision {
  std::string id;
  std::string code;  // criminal, administrative, civil, constitution, other
  std::string article;
  std::string part;
  std::string offence;
  std::string source;  // id of the source holding the legal text, optional
  SourceLocation location;
};

enum class Script { Latin, Cyrillic };

struct PersonName {
  std::string given;
  std::string family;
  Script script = Script::Latin;
  SourceLocation location;

  std::string full() const;  // "Given Family", or whichever part exists
};

struct Person {
  std::string id;
  std::vector<std::string> roles;
  std::string location_name;
  std::string affiliation;
  std::string gender;
  std::vector<PersonName> names;  // names[0] is the Latin-script form
  std::vector<std::string> variants;
  Confidentiality confidentiality;
  SourceLocation location;

  const PersonName& latin() const { return names.front(); }
  const PersonName* in_script(Script s) const;
};

struct OrganisationName {
  std::string text;
  Script script = Script::Latin;
};

struct Organisation {
  std::string id;
  std::string kind;
  std::string abbrev;
  std::string country;
  std::vector<OrganisationName> names;
  std::vector<std::string> variants;
  Confidentiality confidentiality;
  SourceLocation location;
};

// <group>: people a case is about who are not named one by one: "12
// activists opposing the nuclear plant", or one unnamed person, "a graphic
// designer from Ekibastuz" (count 1). Members become persons as they are
// named. A case's subjects may name a group like a person.
struct Group {
  std::string id;
  int count = 0;  // how many, when known; 0: not known
  std::vector<std::pair<std::string, std::string>> descriptions;  // (language, words), the first the default
  std::vector<std::string> members;                                // person ids
  Confidentiality confidentiality;
  SourceLocation location;

  // The description in `lang` (or its primary language), else the first.
  const std::string& description(const std::string& lang) const;
};

struct CaseStatus {
  std::string value;  // one of the vocabulary's statuses (model/vocabulary.hpp)
  Date since;
  // The subjects of its case it is the status of, when not all of them: of
  // two people sentenced together, one released and one still in prison.
  std::vector<std::string> subjects;
  std::optional<Date> confirmed;  // the last day a source confirmed it still held, when later than `since`
  SourceLocation location;
};

struct CaseEvent {
  std::string type;  // one of the vocabulary's event types (model/vocabulary.hpp)
  SourceLocation type_location;
  Date date;
  std::vector<std::string> provisions;
  std::string sentence;
  int years = 0, months = 0, days = 0;
  std::string amount, currency, converted_amount, converted_currency;
  std::string outcome;
  std::string place;
  std::vector<std::string> sources;
  // The subjects of its case it concerns, when not all of them: two people
  // of one case sentenced to different terms.
  std::vector<std::string> subjects;
  std::string description;
  Confidentiality confidentiality;
  SourceLocation location;
};

struct Narrative {
  std::string id;
  InlineContent content;
  Confidentiality confidentiality;  // an internal-only version (monitoring notes, unconfirmed details)
  SourceLocation location;
  std::string lang;  // BCP 47: the language it is written in; empty: serves a document in any language
};

struct Case {
  std::string id;
  std::vector<std::string> subjects;
  std::vector<std::string> themes;
  SourceLocation themes_location;  // of the attribute: a theme the vocabulary lacks is reported there
  std::vector<CaseStatus> statuses;
  std::vector<CaseEvent> events;
  std::vector<Narrative> narratives;
  Confidentiality confidentiality;
  SourceLocation location;
};

// Whether a status or an event concerns `subject`: it names that subject, or
// names none and so concerns every subject of its case.
bool concerns(const CaseStatus& s, std::string_view subject);
bool concerns(const CaseEvent& e, std::string_view subject);

// Whether some status or event of the case names the subjects it concerns,
// so that its subjects' situations may differ.
bool concerns_subjects_separately(const Case& c);

// The case as it concerns one subject: its id, subjects, themes and location,
// and the statuses and events that concern that subject (no narratives). The
// rules that reason about "the person's" status or events read this.
Case as_concerning(const Case& c, std::string_view subject);

// <update case="…">: statuses and events a case gained after it was recorded,
// written in another file (a later reporting period) so the original record
// stays as it was. read/ merges every update into its case once all files are
// read (read/case_updates.hpp); the case then reads as if written whole.
struct CaseUpdate {
  std::string case_id;
  std::vector<std::string> themes;  // added to the case's themes
  SourceLocation themes_location;
  std::vector<CaseStatus> statuses;
  std::vector<CaseEvent> events;
  std::vector<Narrative> narratives;  // for the paper the update was written for (its own id, or lang)
  SourceLocation location;          // of the case="…" attribute
};

struct TemplateParam {
  std::string name;
  SourceLocation location;
};

struct TemplateText {
  std::string audience;  // empty: the default wording
  InlineContent content;  // with {name} placeholders in its text; may mark up <law>, <person>…
  std::string text;       // the same as plain text
  SourceLocation location;
  std::string lang;       // BCP 47: the wording for documents in this language; empty: for any language
  SourceLocation audience_location;
};

struct RecommendationTemplate {
  std::string id;
  std::vector<std::string> themes;
  SourceLocation themes_location;
  std::vector<TemplateParam> params;
  std::vector<TemplateText> texts;
  SourceLocation location;

  // The wording for an audience, falling back to the default text.
  const TemplateText& text_for(const std::string& audience) const;
  // The wording for an audience in a document's language (BCP 47): a text in
  // that language first (for the audience, else its default), then one
  // without lang (for the audience, else the default); a text in another
  // language only when there is nothing else.
  const TemplateText& text_for(const std::string& audience, const std::string& lang) const;
};

// The narrative a document in `lang` prints for `id` (empty: the case's
// narratives in general): one in `lang`, else one without lang. Null when the
// case has neither, e.g. only narratives in other languages.
const Narrative* narrative_for(const Case& c, const std::string& id, const std::string& lang);

// The mark that holds for a narrative: the case's when the case is
// confidential, else its own when it has one, else that of a narrative it
// translates or that translates it (the same id in another language): a
// translation is the same content and is exactly as confidential.
const Confidentiality& narrative_mark(const Case& c, const Narrative& n);

// True when two BCP 47 tags name the same language: "ru" and "ru-KZ" do,
// "ru" and "kk" do not; case is ignored.
bool same_language(const std::string& a, const std::string& b);

}  // namespace briefc::model
