// A document definition: one briefing or submission, its metadata and the
// tree of blocks that makes its body.
#pragma once

#include "model/date.hpp"
#include "model/inline.hpp"
#include "model/records.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::model {

enum class BlockKind {
  Paragraph,        // <p>: `content`
  List,             // <list>: `items`, `numbered`
  Quote,            // <quote>: `content`
  Section,          // <section>: `id`, `heading`, `children`, `numbered`
  Recommendations,  // <recommendations>: `heading_text`, `lead`, `recommendations`
  CaseInclusion,    // <case ref>: `ref`, `narrative`, `form`
  CaseQuery,        // <cases>: `themes`, `status`, `in_period`, `sort`, `narrative`, `form`, `summary`;
                    //   form "names" also `lead`, `end_text`
  Developments,     // <developments>: `heading_text`, `themes` (resolve/generated_lists.hpp)
  RecommendationHistory,  // <recommendation-history>: `heading_text` (resolve/generated_lists.hpp)
};

struct Block;

struct ListItem {
  InlineContent content;
  std::vector<Block> sublists;  // nested <list>s
  SourceLocation location;
};

struct TemplateArgument {
  std::string name;
  std::string text;  // literal value
  std::string ref;   // or the ids (space separated) of persons/organisations/groups whose names are the value
  SourceLocation location;
  // <arg name="people"><person ref="p-a">Alma Orazova</person> and …</arg>:
  // the names as the author wrote them, which `check` holds to the records
  // like any mention; their refs are `ref`, and the printed value is spelled
  // from the records.
  InlineContent mentions;

  // The ids of `ref`, in order: "p-a p-b" names two detainees in one recommendation.
  std::vector<std::string> ids() const;
};

struct RecommendationUse {
  std::string ref;  // template id
  std::string id;   // the stable id given by id="…"; empty: derived (resolve/editions.hpp)
  std::vector<TemplateArgument> args;
  SourceLocation location;
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  SourceLocation location;

  InlineContent content;                         // Paragraph, Quote
  std::vector<ListItem> items;                   // List
  bool numbered = false;                         // List: numbered items; Section: numbered heading
  std::string id;                                // Section
  InlineContent heading;                         // Section
  std::vector<Block> children;                   // Section
  std::string heading_text;                      // Recommendations
  std::string lead;                              // Recommendations
  bool standard_heading = false;                 // Recommendations without heading="…": the standard one, in the document's language
  bool standard_lead = false;                    // Recommendations without lead="…": likewise ("The authorities should:")
  std::vector<RecommendationUse> recommendations;
  std::string ref;                               // CaseInclusion
  std::string narrative;                         // CaseInclusion, CaseQuery
  std::string form = "profile";                  // CaseInclusion, CaseQuery: profile | paragraph | item
  std::vector<std::string> themes;               // CaseQuery, Developments
  SourceLocation themes_location, status_location;  // of those attributes, for the vocabulary check
  std::string status;                            // CaseQuery: statuses separated by spaces, any matches
  std::string end_text;                          // CaseQuery form "names": the text after the names
  bool summary = false;                          // CaseQuery: a generated status-and-events line per case
  bool in_period = false;                        // CaseQuery
  std::string sort = "surname";                  // CaseQuery
};

struct Period {
  Date from;
  Date to;
  SourceLocation location;
};

// <previous-edition href="…"/>: the document this one updates.
struct EditionRef {
  std::string href;  // as written, relative to the document's folder
  SourceLocation location;
};

struct AuthorRef {
  std::string ref;
  SourceLocation location;
};

struct Document {
  std::string id;
  std::string lang;
  std::string audience;  // one of the vocabulary's audiences (model/vocabulary.hpp)
  SourceLocation audience_location;
  std::string style;
  std::optional<Date> date;
  Confidentiality confidentiality;
  std::string title;
  std::string subtitle;
  std::vector<AuthorRef> authors;
  std::optional<Period> period;
  std::optional<EditionRef> previous_edition;
  std::string keywords;
  std::vector<Block> body;
  std::string path;  // the file it was read from
  SourceLocation location;
  SourceLocation style_location;  // where style="…" is written
};

}  // namespace briefc::model
