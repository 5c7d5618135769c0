#include "model/corpus.hpp"

namespace briefc::model {

namespace {
template <class T>
const T* lookup(const Corpus& c, const std::vector<T>& list, RecordKind kind, const std::string& id) {
  auto it = c.index.find(id);
  if (it == c.index.end() || it->second.kind != kind) return nullptr;
  return &list[it->second.index];
}
}  // namespace

const Source* Corpus::source(const std::string& id) const { return lookup(*this, sources, RecordKind::Source, id); }
const Provision* Corpus::provision(const std::string& id) const {
  return lookup(*this, provisions, RecordKind::Provision, id);
}
const Person* Corpus::person(const std::string& id) const { return lookup(*this, persons, RecordKind::Person, id); }
const Organisation* Corpus::organisation(const std::string& id) const {
  return lookup(*this, organisations, RecordKind::Organisation, id);
}
const Group* Corpus::group(const std::string& id) const { return lookup(*this, groups, RecordKind::Group, id); }
const Case* Corpus::find_case(const std::string& id) const { return lookup(*this, cases, RecordKind::Case, id); }
const RecommendationTemplate* Corpus::recommendation(const std::string& id) const {
  return lookup(*this, recommendations, RecordKind::Recommendation, id);
}

SourceLocation Corpus::location_of(const RecordRef& ref) const {
  switch (ref.kind) {
    case RecordKind::Source: return sources[ref.index].location;
    case RecordKind::Provision: return provisions[ref.index].location;
    case RecordKind::Person: return persons[ref.index].location;
    case RecordKind::Organisation: return organisations[ref.index].location;
    case RecordKind::Group: return groups[ref.index].location;
    case RecordKind::Case: return cases[ref.index].location;
    case RecordKind::Recommendation: return recommendations[ref.index].location;
  }
  return {};
}

const char* record_kind_name(RecordKind kind) {
  switch (kind) {
    case RecordKind::Source: return "source";
    case RecordKind::Provision: return "provision";
    case RecordKind::Person: return "person";
    case RecordKind::Organisation: return "organisation";
    case RecordKind::Group: return "group";
    case RecordKind::Case: return "case";
    case RecordKind::Recommendation: return "recommendation";
  }
  return "record";
}

}  // namespace briefc::model
