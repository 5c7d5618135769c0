// The closed sets of the record format that a project may extend: the themes
// cases and recommendations are filed under, and the statuses of a case's
// subject. briefc ships a vocabulary (built_in_themes, built_in_statuses);
// a project adds its own terms in a records file:
//
//   <vocabulary>
//     <theme id="environment"><label lang="en">environment</label></theme>
//     <status id="travel-ban" custody="free">
//       <label lang="en">under a travel ban</label>
//       <label lang="ru">под запретом на выезд</label>
//     </status>
//   </vocabulary>
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

// The project's terms, added to the built-in ones.
struct Vocabulary {
  std::vector<VocabularyTerm> themes;
  std::vector<VocabularyTerm> statuses;

  bool knows_theme(std::string_view id) const;
  bool knows_status(std::string_view id) const;
  // Where a status leaves the person; Unknown for a status no one declared.
  Custody custody(std::string_view status) const;
  // The project's words for a term in `lang` (else its first label), or
  // null when the project declares none (a built-in term).
  const std::string* label(std::string_view id, std::string_view lang) const;
  // Every known id, built-in ones first, for a hint.
  std::vector<std::string> theme_ids() const;
  std::vector<std::string> status_ids() const;
};

}  // namespace briefc::model
