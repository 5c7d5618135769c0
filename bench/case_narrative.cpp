// profile_narrative and summary_narrative: a case told as the papers tell it.
// The subject's name comes first and in bold, each event gets a sentence or
// two, and most sentences that report a fact end with a citation of the
// event's sources; now and then an explanatory <note> instead.
#include "case_story.hpp"

#include "vocabulary.hpp"

#include <array>
#include <cctype>

namespace briefc::bench {

std::string number_word(int n) {
  static const std::array<const char*, 13> words = {"zero", "one", "two",   "three", "four",   "five",  "six",
                                                    "seven", "eight", "nine", "ten", "eleven", "twelve"};
  return n >= 0 && n < static_cast<int>(words.size()) ? words[static_cast<std::size_t>(n)] : std::to_string(n);
}

namespace {

// 444500 → "444&#160;500" (the papers keep thousands together with U+00A0).
void write_amount(ProseWriter& w, int amount) {
  std::string digits = std::to_string(amount);
  std::string xml;
  std::size_t printed = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) {
      xml += "&#160;";
      ++printed;
    }
    xml += digits[i];
    ++printed;
  }
  w.raw(xml + " KZT", printed + 4);
}

class Narrator {
public:
  Narrator(const std::vector<const GenPerson*>& subjects, const CaseCourse& course, const Corpus& corpus,
           Random& rng)
      : subjects_(subjects), course_(course), corpus_(corpus), rng_(rng), subject_(*subjects.front()) {}

  Fragment profile() {
    ProseWriter w;
    opening(w);
    for (const auto& e : course_.events) event_sentences(w, e);
    static const std::vector<std::string> closings = {
        "Human rights defenders consider {him} a political prisoner and have called for {his} release.",
        "{p} and {his} supporters maintain that the case is retaliation for {his} peaceful activism.",
        "Local and international human rights organisations have criticised the proceedings as unfair.",
        "{His} relatives say that {he} has been under constant surveillance since the case was opened.",
        "The authorities have not responded to requests for comment on the case."};
    if (rng_.percent(70)) sentence(w, rng_.pick(closings), nullptr);
    return trimmed(w.take());
  }

  Fragment summary() {
    ProseWriter w;
    const StoryEvent& last = course_.events.back();
    w.open("b");
    expand("In {month}, {role} ", w, fill_for(&last));
    w.person(subject_, true);
    w.text(" ");
    expand(outcome_phrase(last), w, fill_for(&last));
    w.close("b");
    w.text(".");
    footnote(w, &last, true);
    const StoryEvent& first = course_.events.front();
    if (&first != &last) {
      w.text(" ");
      sentence(w, event_patterns(first).front(), &first);
    }
    return trimmed(w.take());
  }

private:
  using Fill = std::function<void(std::string_view, ProseWriter&)>;

  // Sentences are written with a space after them; the last one needs none.
  static Fragment trimmed(Fragment f) {
    while (!f.xml.empty() && f.xml.back() == ' ') {
      f.xml.pop_back();
      --f.printed_chars;
    }
    return f;
  }

  void opening(ProseWriter& w) {
    static const std::vector<std::string> backgrounds = {
        "has for many years documented abuses by local officials",
        "runs a popular channel on YouTube about social problems in the region",
        "took part in peaceful protests in 2019",
        "is a member of the unregistered Democratic Party",
        "has written critically about corruption in the regional administration",
        "has publicly supported calls for political reform",
        "has helped relatives of detained activists to find lawyers"};
    w.open("b");
    w.person(subject_, true);
    if (subjects_.size() > 1) {
      w.text(subject_.gender == 'f' ? " and her husband " : " and his wife ");
      w.person(*subjects_[1], true);
    }
    w.close("b");
    expand(", a {role} from {home}, " + rng_.pick(backgrounds) + ".", w, fill_for(nullptr));
    w.text(" ");
  }

  void event_sentences(ProseWriter& w, const StoryEvent& e) {
    auto patterns = event_patterns(e);
    sentence(w, patterns[rng_.below(patterns.size())], &e);
    if (patterns.size() > 1 && rng_.percent(35)) sentence(w, patterns.back(), &e);
  }

  // Writes one sentence and, for an event, its footnote.
  void sentence(ProseWriter& w, const std::string& pattern, const StoryEvent* e) {
    expand(pattern, w, fill_for(e));
    footnote(w, e, false);
    w.text(" ");
  }

  void footnote(ProseWriter& w, const StoryEvent* e, bool always) {
    bool has_sources = e && !e->sources.empty();
    if (has_sources && (always || rng_.percent(75))) {
      if (rng_.percent(85)) {
        w.cite(e->sources);
        return;
      }
      ProseWriter note(true);
      static const std::vector<std::string> leads = {
          "See more about {his} case in this update published by {iphr} and {kibhr}: ",
          "Read the verdict as reported here (in Russian): ", "See, for instance: "};
      expand(rng_.pick(leads), note, fill_for(e));
      note.cite(e->sources);
      w.note(note.take());
      return;
    }
    if (e && rng_.percent(12)) {
      ProseWriter note(true);
      static const std::vector<std::string> remarks = {
          "{His} lawyer told {kibhr} that the investigation had been extended twice.",
          "Source: monitoring by {kibhr}.",
          "{p}'s family was not informed of the decision for several days."};
      expand(rng_.pick(remarks), note, fill_for(e));
      w.note(note.take());
    }
  }

  std::vector<std::string> event_patterns(const StoryEvent& e) const {
    const std::string& t = e.record.type;
    if (t == "detention")
      return {"On {date}, {p} was detained in {city} by officers of the {knb}.",
              "{p} was arrested at {his} home in {city} on {date}, after police searched the flat and confiscated {his} laptop and mobile phone.",
              "Police officers did not present a warrant and refused to tell {his} family where {he} was being held."};
    if (t == "search")
      return {"On {date}, officers of the {knb} searched {p}'s home in {city} and seized documents, computers and telephones.",
              "The search lasted more than six hours, and {p}'s lawyer was not allowed to be present."};
    if (t == "interrogation")
      return {"{p} was summoned for questioning as a witness on {date} and was later told that {he} was a suspect in a criminal case.",
              "During the interrogation, investigators asked {him} about {his} contacts with foreign journalists and opposition activists."};
    if (t == "charge")
      return {"{p} was charged under {law} of the Criminal Code ({offence}) in connection with posts on social media in which {he} criticised the authorities' response to the pandemic.",
              "The investigation charged {p} with {offence} under {law}, a provision that human rights groups have long criticised as vague.",
              "The charges were based on a linguistic assessment that defence lawyers described as biased and methodologically flawed."};
    if (t == "trial")
      return {"The trial began at {court} on {date}; {p} pleaded not guilty and described the charges as politically motivated.",
              "The hearings were held online because of the pandemic, and {p}'s lawyers complained that they could not consult their client in private."};
    if (t == "sentence")
      return {"On {date}, {court} sentenced {p} to {term}.",
              "The court found {him} guilty of {offence} and sentenced {him} to {term}.",
              "The court also banned {him} from engaging in public activities for {ban} years after the end of {his} sentence."};
    if (t == "appeal") {
      if (e.outcome == "reduced") return {"On {date}, {court} reduced the sentence on appeal, but upheld the conviction."};
      if (e.outcome == "overturned") return {"On {date}, {court} overturned the verdict and sent the case for a retrial."};
      return {"On {date}, {court} rejected {his} appeal and upheld the sentence.",
              "{His} lawyers have said that they will take the case to the UN Human Rights Committee."};
    }
    if (t == "release")
      return {"{p} was released on {date} after spending more than a year behind bars.",
              "Upon release, {he} said that {he} would continue {his} work."};
    if (t == "hunger-strike")
      return {"In protest against {his} treatment in detention, {p} went on hunger strike on {date}."};
    if (t == "transfer")
      return {"On {date}, {p} was transferred to a prison colony far from {his} family, which makes visits almost impossible."};
    if (t == "fine")
      return {"On {date}, an administrative court in {city} fined {p} {amount} for participating in an unsanctioned rally under {law} of the Code of Administrative Offences.",
              "{p} had stood alone in the central square holding a blank sheet of paper."};
    if (t == "lawsuit")
      return {"On {date}, {court} ruled in favour of a local official who had sued {p} for defamation over a post on Facebook, and ordered {him} to pay {amount} in compensation.",
              "{p} was also ordered to publish a refutation on {his} page."};
    if (t == "death")
      return {"{p} died in police custody on {date}; the authorities said that {he} had died of heart failure, but {his} relatives reported bruises on {his} body."};
    if (t == "attack")
      return {"On {date}, unidentified men attacked {p} near {his} home in {city}; police have not identified the attackers."};
    if (e.record.text.rfind("Left", 0) == 0)
      return {"Fearing arrest, {p} left Kazakhstan in {month} and has since applied for asylum abroad."};
    if (e.record.text.rfind("Pre-trial", 0) == 0)
      return {"On {date}, the court extended {p}'s pre-trial detention by two more months."};
    return {"In {month}, {p} published a post on Facebook criticising the local administration of {city}."};
  }

  std::string outcome_phrase(const StoryEvent& e) const {
    const std::string& t = e.record.type;
    if (t == "sentence") return "was sentenced to {term} on charges of {offence}";
    if (t == "appeal") return "lost an appeal against {his} conviction";
    if (t == "fine") return "was fined {amount} for taking part in a peaceful protest";
    if (t == "lawsuit") return "was ordered to pay {amount} to a local official who had sued {him} for defamation";
    if (t == "death") return "died in police custody in unclear circumstances";
    if (t == "release") return "was released after more than a year in prison";
    if (t == "charge") return "was charged with {offence}";
    if (t == "hunger-strike") return "went on hunger strike in protest against {his} treatment in prison";
    if (t == "transfer") return "was transferred to a remote prison colony";
    if (t == "interrogation") return "was questioned by investigators as a suspect";
    if (e.record.text.rfind("Left", 0) == 0) return "left the country fearing arrest";
    return "remained in pre-trial detention";
  }

  Fill fill_for(const StoryEvent* e) {
    return [this, e](std::string_view key, ProseWriter& w) { fill(key, w, e); };
  }

  void fill(std::string_view key, ProseWriter& w, const StoryEvent* e) {
    bool f = subject_.gender == 'f';
    if (key == "p") w.person(subject_, false);
    else if (key == "he") w.text(f ? "she" : "he");
    else if (key == "He") w.text(f ? "She" : "He");
    else if (key == "his") w.text(f ? "her" : "his");
    else if (key == "His") w.text(f ? "Her" : "His");
    else if (key == "him") w.text(f ? "her" : "him");
    else if (key == "role") w.text(subject_.role_noun);
    else if (key == "home") w.text(subject_.location);
    else if (key == "knb") w.org(organisation(corpus_, "org-knb"), false);
    else if (key == "kibhr") w.org(organisation(corpus_, "org-kibhr"), true);
    else if (key == "iphr") w.org(organisation(corpus_, "org-iphr"), true);
    else if (key == "ban") w.text(number_word(rng_.between(2, 7)));
    else if (e) fill_event(key, w, *e);
    else w.text("the authorities");
  }

  void fill_event(std::string_view key, ProseWriter& w, const StoryEvent& e) {
    if (key == "date") w.text(e.record.date.size() == 7 ? e.day.month_year() : e.day.spoken());
    else if (key == "month") w.text(e.day.month_year());
    else if (key == "city") w.text(e.city);
    else if (key == "court") w.text(e.court.empty() ? e.city + " City Court" : e.court);
    else if (key == "amount") write_amount(w, e.amount ? e.amount : 150000);
    else if (key == "law" || key == "offence") {
      const GenProvision* p = e.provision ? e.provision : provision_of_case();
      if (!p) w.text(key == "law" ? "the Criminal Code" : "an unspecified offence");
      else if (key == "law") w.law(*p, rng_.percent(40));
      else {
        std::string offence = p->offence;
        offence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(offence[0])));
        w.text(offence);
      }
    } else if (key == "term") {
      if (e.years) w.text(number_word(e.years) + " years");
      else w.text(number_word(e.months) + " months");
      w.text(e.record.attributes.size() > 1 && e.record.attributes[1].second == "restricted-freedom"
                 ? " of restricted freedom"
                 : " in prison");
    } else w.text(std::string(key));
  }

  const GenProvision* provision_of_case() const {
    for (const auto& ev : course_.events)
      if (ev.provision) return ev.provision;
    return nullptr;
  }

  const std::vector<const GenPerson*>& subjects_;
  const CaseCourse& course_;
  const Corpus& corpus_;
  Random& rng_;
  const GenPerson& subject_;
};

}  // namespace

Fragment profile_narrative(const std::vector<const GenPerson*>& subjects, const CaseCourse& course,
                           const Corpus& corpus, Random& rng) {
  return Narrator(subjects, course, corpus, rng).profile();
}

Fragment summary_narrative(const std::vector<const GenPerson*>& subjects, const CaseCourse& course,
                           const Corpus& corpus, Random& rng) {
  return Narrator(subjects, course, corpus, rng).summary();
}

}  // namespace briefc::bench
