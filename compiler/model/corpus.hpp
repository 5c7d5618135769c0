// Everything read for one build: the records of all included files, indexed by
// id. Ids are unique across kinds, so one index answers "what is X?".
#pragma once

#include "model/records.hpp"
#include "model/vocabulary.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace briefc::model {

enum class RecordKind { Source, Provision, Person, Organisation, Group, Case, Recommendation };

struct RecordRef {
  RecordKind kind;
  std::size_t index;
};

struct Corpus {
  std::vector<Source> sources;
  std::vector<Provision> provisions;
  std::vector<Person> persons;
  std::vector<Organisation> organisations;
  std::vector<Group> groups;
  std::vector<Case> cases;
  std::vector<RecommendationTemplate> recommendations;
  std::vector<CaseUpdate> case_updates;  // read but not yet merged into `cases` (read/case_updates.hpp)
  Vocabulary vocabulary;                 // the project's themes and statuses beside briefc's (model/vocabulary.hpp)
  std::unordered_map<std::string, RecordRef> index;

  const Source* source(const std::string& id) const;
  const Provision* provision(const std::string& id) const;
  const Person* person(const std::string& id) const;
  const Organisation* organisation(const std::string& id) const;
  const Group* group(const std::string& id) const;
  const Case* find_case(const std::string& id) const;
  const RecommendationTemplate* recommendation(const std::string& id) const;
  // Where a record of any kind was written, for "first defined here" notes.
  SourceLocation location_of(const RecordRef& ref) const;
};

const char* record_kind_name(RecordKind kind);

}  // namespace briefc::model
