// One generated case, from its course of events to the narratives told from
// them. case_events.cpp invents what happened (the <event>s and <status>es);
// case_narrative.cpp tells it as prose with citations and notes.
#pragma once

#include "corpus_model.hpp"
#include "prose.hpp"
#include "random.hpp"

#include <string>
#include <vector>

namespace briefc::bench {

// What one event means for the story, beyond the attributes it is written with.
struct StoryEvent {
  GenEvent record;
  Day day;
  const GenProvision* provision = nullptr;  // charge and sentence
  std::string court;                        // trial, sentence, appeal, lawsuit
  std::string city;
  int years = 0;    // sentence
  int months = 0;   // sentence
  int amount = 0;   // fine or lawsuit, in KZT
  std::string outcome;  // appeal
  std::vector<const GenSource*> sources;  // what the narrative cites for it
};

// The course of a case: its events in date order and its status history.
struct CaseCourse {
  std::vector<StoryEvent> events;
  std::vector<GenStatus> statuses;
};

// Invents the events of one case about `subject`, citing the case's own
// sources (a slice of corpus.sources).
CaseCourse invent_course(const GenPerson& subject, const Corpus& corpus,
                         const std::vector<const GenSource*>& own_sources, Random& rng);

// The long narrative a profile prints: the subject's name in bold first, then
// every event, about one footnote per sentence and a half.
Fragment profile_narrative(const std::vector<const GenPerson*>& subjects, const CaseCourse& course,
                           const Corpus& corpus, Random& rng);

// The short narrative a bullet item prints: two or three sentences.
Fragment summary_narrative(const std::vector<const GenPerson*>& subjects, const CaseCourse& course,
                           const Corpus& corpus, Random& rng);

// Number words for terms: "five years".
std::string number_word(int n);

}  // namespace briefc::bench
