// Reads the record elements of a <records> file into the corpus. Each function
// reads one element, reports what is wrong with it, and adds the record (even
// an imperfect one, so later errors are still found in the same run).
#pragma once

#include "model/corpus.hpp"
#include "read/element_reader.hpp"

namespace briefc::read {

void read_source(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
void read_provision(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
void read_person(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
void read_organisation(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
void read_case(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
// <group>: people a case is about who are not named one by one (model::Group).
void read_group(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
// <vocabulary>: the project's own themes and statuses (model/vocabulary.hpp).
void read_vocabulary(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
void read_recommendation(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);
// <update case="…">: kept in corpus.case_updates until apply_case_updates (read/case_updates.hpp).
void read_case_update(const ElementReader& r, const pugi::xml_node& n, model::Corpus& corpus);

// Reads a BCP 47 language attribute, reporting a malformed tag.
std::string check_language(const ElementReader& r, const pugi::xml_node& n, const char* attr);

// Adds `id` to the corpus index; a second definition is an error pointing at the first.
bool register_id(const ElementReader& r, const pugi::xml_node& n, const std::string& id, model::RecordRef ref,
                 model::Corpus& corpus);

// The values the format allows, shared with the schema (docs/briefc.xsd).
inline constexpr Names source_kinds = {"media",      "legal-text", "ngo-report", "social-media",
                                       "un-document", "monitoring", "official",   "other"};

}  // namespace briefc::read
