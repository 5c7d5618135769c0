// invent_course: what happened in one case. Each case follows one of a few
// courses that the shipped papers show again and again (arrest, charge, trial,
// sentence, appeal; a fine; a lawsuit by an official; exile; death in custody),
// with dates a few weeks apart inside the period the documents cover.
#include "case_story.hpp"

#include "vocabulary.hpp"

#include <map>

namespace briefc::bench {

namespace {

enum class Course { Imprisoned, RestrictedFreedom, Detained, Released, Fined, Sued, Investigated, Exiled, Died };

Course pick_course(Random& rng) {
  int r = rng.between(1, 100);
  if (r <= 30) return Course::Imprisoned;
  if (r <= 45) return Course::RestrictedFreedom;
  if (r <= 55) return Course::Detained;
  if (r <= 64) return Course::Released;
  if (r <= 74) return Course::Fined;
  if (r <= 82) return Course::Sued;
  if (r <= 92) return Course::Investigated;
  if (r <= 97) return Course::Exiled;
  return Course::Died;
}

// The provisions a prosecution of someone in this role typically invokes.
const GenProvision& provision_for(const Corpus& corpus, Random& rng, bool administrative) {
  static const std::vector<std::string> criminal = {"cc-274", "cc-174", "cc-405", "cc-182", "cc-131", "cc-378",
                                                    "cc-400", "cc-272", "cc-380", "cc-147", "cc-256"};
  static const std::vector<std::string> admin = {"ac-488", "ac-489", "ac-489-1", "ac-456-2", "ac-73-3"};
  const std::string& id = rng.pick(administrative ? admin : criminal);
  for (const auto& p : corpus.provisions)
    if (p.id == id) return p;
  return corpus.provisions.front();
}

std::string court_in(const std::string& city, Random& rng) {
  switch (rng.below(3)) {
    case 0: return rng.pick(vocabulary::court_districts()) + " District Court of " + city;
    case 1: return "the Specialised Inter-District Criminal Court of " + city;
    default: return city + " City Court";
  }
}

class CourseBuilder {
public:
  CourseBuilder(const GenPerson& subject, const Corpus& corpus, const std::vector<const GenSource*>& sources,
                Random& rng)
      : corpus_(corpus), sources_(sources), rng_(rng) {
    day_ = Day{2019, rng.between(6, 12), rng.between(1, 28)};
    if (rng.percent(50)) day_ = Day{2020, rng.between(1, 5), rng.between(1, 28)};
    city_ = rng.percent(70) ? subject.location : rng.pick(vocabulary::cities());
    // One court hears the case from trial to sentence; a lawsuit goes to a civil court.
    criminal_court_ = court_in(city_, rng);
    civil_court_ = rng.percent(50) ? city_ + " City Court" : rng.pick(vocabulary::court_districts()) + " District Court of " + city_;
  }

  StoryEvent& add(const std::string& type, int min_gap, int max_gap) {
    day_ = day_.plus_days(rng_.between(min_gap, max_gap));
    StoryEvent e;
    e.record.type = type;
    e.day = day_;
    // Month precision now and then, as in the papers ("in June 2020").
    e.record.date = rng_.percent(15) ? day_.iso_month() : day_.iso();
    e.city = city_;
    if (!sources_.empty() && rng_.percent(70)) {
      e.sources.push_back(sources_[next_source_++ % sources_.size()]);
      if (rng_.percent(15)) e.sources.push_back(sources_[next_source_++ % sources_.size()]);
      std::string ids;
      for (const auto* s : e.sources) ids += (ids.empty() ? "" : " ") + s->id;
      e.record.attributes.push_back({"sources", ids});
    }
    course_.events.push_back(std::move(e));
    return course_.events.back();
  }

  void status(const std::string& value) { course_.statuses.push_back({value, course_.events.back().day.iso()}); }

  void detention() {
    auto& e = add("detention", 1, 20);
    e.record.attributes.insert(e.record.attributes.begin(), {"place", e.city});
    e.record.text = "Detained in " + e.city;
    status("detained");
  }

  const GenProvision& charge(bool administrative = false) {
    auto& e = add("charge", 1, 10);
    e.provision = &provision_for(corpus_, rng_, administrative);
    e.record.attributes.insert(e.record.attributes.begin(), {"provisions", e.provision->id});
    e.record.text = "Charged with " + lowercase_first(e.provision->offence);
    return *e.provision;
  }

  void trial() {
    auto& e = add("trial", 30, 90);
    e.court = criminal_court_;
    e.record.text = "Trial opened at " + e.court;
  }

  void sentence(const GenProvision& provision, const std::string& kind) {
    auto& e = add("sentence", 7, 30);
    e.provision = &provision;
    e.court = criminal_court_;
    e.years = kind == "imprisonment" ? rng_.between(2, 9) : rng_.between(1, 5);
    if (rng_.percent(15)) {
      e.years = 0;
      e.months = rng_.between(6, 11);
    }
    auto& a = e.record.attributes;
    a.insert(a.begin(), {"provisions", provision.id});
    a.insert(a.begin() + 1, {"sentence", kind});
    a.insert(a.begin() + 2, e.years ? std::pair<std::string, std::string>{"years", std::to_string(e.years)}
                                    : std::pair<std::string, std::string>{"months", std::to_string(e.months)});
    e.record.text = e.court + ": " + (e.years ? std::to_string(e.years) + " years" : std::to_string(e.months) + " months") +
                    (kind == "imprisonment" ? " in prison" : " of restricted freedom");
  }

  void appeal() {
    auto& e = add("appeal", 30, 70);
    static const std::vector<std::string> outcomes = {"upheld", "upheld", "upheld", "reduced", "overturned"};
    e.outcome = rng_.pick(outcomes);
    e.court = rng_.percent(50) ? e.city + " Regional Court" : "the Supreme Court";
    e.record.attributes.insert(e.record.attributes.begin(), {"outcome", e.outcome});
    e.record.text = "Appeal to " + e.court + ": sentence " + e.outcome;
  }

  void fine(const GenProvision& provision) {
    auto& e = add("fine", 2, 20);
    e.provision = &provision;
    e.amount = rng_.between(10, 200) * 2778;
    auto& a = e.record.attributes;
    a.insert(a.begin(), {"provisions", provision.id});
    a.insert(a.begin() + 1, {"amount", std::to_string(e.amount)});
    a.insert(a.begin() + 2, {"currency", "KZT"});
    a.insert(a.begin() + 3, {"converted-amount", std::to_string(e.amount / 478)});
    a.insert(a.begin() + 4, {"converted-currency", "EUR"});
    e.record.text = "Administrative fine for participating in an unsanctioned rally";
  }

  void lawsuit() {
    auto& e = add("lawsuit", 5, 40);
    e.court = civil_court_;
    e.amount = rng_.between(5, 150) * 5000;
    e.outcome = "granted";
    auto& a = e.record.attributes;
    a.insert(a.begin(), {"outcome", "granted"});
    a.insert(a.begin() + 1, {"place", e.court});
    a.insert(a.begin() + 2, {"amount", std::to_string(e.amount)});
    a.insert(a.begin() + 3, {"currency", "KZT"});
    e.record.text = "Defamation claim of a local official granted";
  }

  void simple(const std::string& type, const std::string& text, int min_gap, int max_gap) {
    add(type, min_gap, max_gap).record.text = text;
  }

  CaseCourse build(Course course) {
    switch (course) {
      case Course::Imprisoned: {
        if (rng_.percent(40)) simple("search", "Home searched; computers and telephones seized", 0, 10);
        detention();
        const auto& p = charge();
        trial();
        sentence(p, "imprisonment");
        status("imprisoned");
        appeal();
        if (rng_.percent(30)) simple("hunger-strike", "Hunger strike in protest against the conditions of detention", 10, 60);
        if (rng_.percent(30)) simple("transfer", "Transferred to a prison colony far from the family", 20, 60);
        break;
      }
      case Course::RestrictedFreedom: {
        simple("interrogation", "Questioned as a witness, then as a suspect", 0, 10);
        const auto& p = charge();
        status("under-investigation");
        trial();
        sentence(p, "restricted-freedom");
        status("restricted-freedom");
        if (rng_.percent(70)) appeal();
        break;
      }
      case Course::Detained: {
        if (rng_.percent(50)) simple("search", "Home searched by the police", 0, 10);
        detention();
        charge();
        if (rng_.percent(40)) simple("other", "Pre-trial detention extended by the court", 30, 60);
        break;
      }
      case Course::Released: {
        detention();
        const auto& p = charge();
        trial();
        sentence(p, "imprisonment");
        status("imprisoned");
        simple("release", rng_.percent(50) ? "Released on parole" : "Released after serving the sentence", 60, 200);
        status("released");
        break;
      }
      case Course::Fined: {
        detention();
        course_.statuses.back().value = "at-liberty";
        fine(provision_for(corpus_, rng_, true));
        if (rng_.percent(40)) fine(provision_for(corpus_, rng_, true));
        break;
      }
      case Course::Sued: {
        simple("other", "Published a post criticising local officials", 0, 20);
        status("at-liberty");
        lawsuit();
        if (rng_.percent(30)) lawsuit();
        break;
      }
      case Course::Investigated: {
        simple("search", "Home searched; telephone seized", 0, 10);
        status("under-investigation");
        simple("interrogation", "Questioned by investigators", 2, 20);
        charge();
        break;
      }
      case Course::Exiled: {
        charge();
        status("under-investigation");
        simple("other", "Left Kazakhstan fearing arrest", 10, 40);
        status("in-exile");
        break;
      }
      case Course::Died: {
        detention();
        simple("death", "Died in police custody; relatives reported injuries", 0, 2);
        status("deceased");
        break;
      }
    }
    return std::move(course_);
  }

private:
  static std::string lowercase_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
  }

  const Corpus& corpus_;
  const std::vector<const GenSource*>& sources_;
  Random& rng_;
  Day day_;
  std::string city_;
  std::string criminal_court_;
  std::string civil_court_;
  std::size_t next_source_ = 0;
  CaseCourse course_;
};

}  // namespace

CaseCourse invent_course(const GenPerson& subject, const Corpus& corpus,
                         const std::vector<const GenSource*>& own_sources, Random& rng) {
  Course course = pick_course(rng);
  CourseBuilder builder(subject, corpus, own_sources, rng);
  auto result = builder.build(course);
  // A status must have a date even when the course set none before its first event.
  if (result.statuses.empty()) result.statuses.push_back({"at-liberty", result.events.front().day.iso()});
  return result;
}

}  // namespace briefc::bench
