// The closed sets of the record format that a project may extend: the themes
// cases and recommendations are filed under, the statuses of a case's
// subject, the types of events, and the audiences papers and recommendation
// wordings are written for. briefc ships a vocabulary (built_in_themes,
// built_in_statuses, built_in_event_types, built_in_audiences); a project
// adds its own terms in a records file:
//
//   <vocabulary>
//     <theme id="nuclear-plant"><label lang="en">the nuclear power plant</label></theme>
//     <status id="summoned-abroad" custody="free">
//       <label lang="en">summoned for questioning while abroad</label>
//       <label lang="ru">вызван на допрос, находясь за рубежом</label>
//     </status>
//     <event-type id="summons"><label lang="en">summoned to the police</label></event-type>
//     <audience id="osce-hdim"><label lang="en">OSCE Human Dimension meeting</label></audience>
//   </vocabulary>
//
// A project's event type is a fact of the chronology like "search" or
// "appeal": checked and ordered, never worded in generated text (which lists
// the built-in developments: detention, charge, sentence, fine, release,
// death). A project's audience selects recommendation wordings
// (<text audience="…">) like a built-in one.
//
// A status says where it leaves the person (Custody), because rules reason
// with that: a release after "imprisoned" is a change, "remains in prison"
// agrees with "detained" and with "house-arrest" not at all.
#pragma once

#include "diag/source_manager.hpp"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace briefc::model {

using diag::SourceLocation;

enum class Custody {
  Held,        // in detention or prison
  Restricted,  // free to live at home, not to move freely: house arrest, restricted freedom
  Free,        // at liberty, released, abroad, under a travel ban
  Dead,
  Unknown,     // says nothing about custody: under investigation, on trial
};

struct VocabularyTerm {
  std::string id;
  Custody custody = Custody::Unknown;  // statuses only
  std::vector<std::pair<std::string, std::string>> labels;  // (language, words), as written
  SourceLocation location;                                   // unknown for a built-in term
};

struct BuiltInTerm {
  std::string_view id;
  Custody custody;
};

std::span<const BuiltInTerm> built_in_themes();
std::span<const BuiltInTerm> built_in_statuses();
std::span<const BuiltInTerm> built_in_event_types();
std::span<const BuiltInTerm> built_in_audiences();

// The four sets, for code that treats them alike (reading, checking).
enum class TermKind { Theme, Status, EventType, Audience };
std::span<const BuiltInTerm> built_in_terms(TermKind kind);
// "theme", "status", "event type", "audience"; plural "themes", "statuses"…
std::string_view term_kind_name(TermKind kind, bool plural = false);

// The project's terms, added to the built-in ones.
struct Vocabulary {
  std::vector<VocabularyTerm> themes;
  std::vector<VocabularyTerm> statuses;
  std::vector<VocabularyTerm> event_types;
  std::vector<VocabularyTerm> audiences;

  std::vector<VocabularyTerm>& declared(TermKind kind);
  const std::vector<VocabularyTerm>& declared(TermKind kind) const;
  // True for a built-in term of that kind and for one the project declares.
  bool knows(TermKind kind, std::string_view id) const;
  bool knows_theme(std::string_view id) const { return knows(TermKind::Theme, id); }
  bool knows_status(std::string_view id) const { return knows(TermKind::Status, id); }
  // Where a status leaves the person; Unknown for a status no one declared.
  Custody custody(std::string_view status) const;
  // The project's words for a term in `lang` (else its first label), or
  // null when the project declares none (a built-in term).
  const std::string* label(std::string_view id, std::string_view lang) const;
  // Every known id of a kind, built-in ones first, for a hint.
  std::vector<std::string> ids(TermKind kind) const;
  std::vector<std::string> theme_ids() const { return ids(TermKind::Theme); }
  std::vector<std::string> status_ids() const { return ids(TermKind::Status); }
};

}  // namespace briefc::model
