#include "records_generator.hpp"

#include "case_story.hpp"
#include "random.hpp"
#include "vocabulary.hpp"

#include <algorithm>
#include <cctype>

namespace briefc::bench {

namespace {

std::string lower_id(const std::string& latin) {
  std::string out;
  for (char c : latin) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The provisions the shipped papers cite: Criminal Code (2014) and the Code
// on Administrative Offences.
std::vector<GenProvision> provisions() {
  return {
      {"cc-130", "criminal", "130", "Slander"},
      {"cc-131", "criminal", "131", "Insult"},
      {"cc-147", "criminal", "147", "Violation of privacy and the legislation on personal data"},
      {"cc-174", "criminal", "174", "Incitement to social, national, clan, racial, class or religious discord"},
      {"cc-182", "criminal", "182", "Creation, leadership of or participation in an extremist group"},
      {"cc-256", "criminal", "256", "Propaganda of terrorism or public calls to commit terrorism"},
      {"cc-272", "criminal", "272", "Mass riots"},
      {"cc-274", "criminal", "274", "Knowingly disseminating false information"},
      {"cc-378", "criminal", "378", "Insulting a representative of the authorities"},
      {"cc-380", "criminal", "380", "Use of violence against a representative of the authorities"},
      {"cc-400", "criminal", "400", "Violation of the procedure for organising and holding peaceful assemblies"},
      {"cc-405", "criminal", "405",
       "Organising or participating in the activities of a public or religious association or other organisation "
       "banned by court as extremist or terrorist"},
      {"ac-73-3", "administrative", "73-3", "Slander"},
      {"ac-456-2", "administrative", "456-2", "Publication and dissemination of false information"},
      {"ac-488", "administrative", "488",
       "Violation of the legislation on the procedure for organising and holding peaceful assemblies"},
      {"ac-489", "administrative", "489", "Violation of the legislation on public associations"},
      {"ac-489-1", "administrative", "489-1",
       "Participation in the activities of an unregistered public or religious association"}};
}

std::vector<GenOrganisation> organisations(std::size_t regional, Random& rng) {
  std::vector<GenOrganisation> list = {
      {"org-iphr", "International Partnership for Human Rights", "", "IPHR", "ngo", "BE"},
      {"org-kibhr", "Kazakhstan International Bureau for Human Rights and Rule of Law",
       "Казахстанское международное бюро по правам человека и соблюдению законности", "KIBHR", "ngo", "KZ"},
      {"org-knb", "National Security Committee", "Комитет национальной безопасности", "KNB", "government", "KZ"},
      {"org-prosecutor-general", "General Prosecutor's Office", "Генеральная прокуратура", "", "government", "KZ"},
      {"org-ministry-information", "Ministry of Information and Public Development", "", "", "government", "KZ"},
      {"org-ombudsman", "Commissioner for Human Rights", "Уполномоченный по правам человека", "", "government", "KZ"},
      {"org-dvk", "Democratic Choice of Kazakhstan", "Демократический выбор Казахстана", "DVK", "movement", "KZ"},
      {"org-street-party", "Street Party", "", "", "movement", "KZ"},
      {"org-democratic-party", "Democratic Party of Kazakhstan", "", "", "party", "KZ"},
      {"org-oyan-qazaqstan", "Oyan, Kazakhstan", "", "", "movement", "KZ"},
      {"org-adil-soz", "International Foundation for Protection of Freedom of Speech Adil Soz", "", "Adil Soz", "ngo",
       "KZ"},
      {"org-hrw", "Human Rights Watch", "", "HRW", "international", ""},
      {"org-civicus", "CIVICUS", "", "", "international", ""},
      {"org-odihr", "OSCE Office for Democratic Institutions and Human Rights", "", "ODIHR", "international", ""},
      {"org-un-hrc", "UN Human Rights Committee", "", "", "international", ""},
      {"org-azattyq", "Radio Azattyq", "Радио Азаттык", "", "media", "KZ"},
      {"org-uralsk-week", "Uralsk Week", "Уральская неделя", "", "media", "KZ"},
      {"org-kazfem", "KazFem", "", "", "movement", "KZ"},
      {"org-nghrdc", "Coalition of New Generation of Human Rights Defenders", "", "", "movement", "KZ"},
      {"org-atajurt", "Atajurt Foundation", "", "", "ngo", "KZ"}};
  static const std::vector<std::string> kinds = {"Civic Initiative", "Human Rights Centre", "Independent Newspaper",
                                                 "Legal Aid Clinic", "Youth Movement"};
  for (std::size_t i = 0; i < regional; ++i) {
    const auto& city = rng.pick(vocabulary::cities());
    const auto& kind = rng.pick(kinds);
    GenOrganisation o;
    o.id = "org-" + lower_id(city) + "-" + std::to_string(i + 1);
    o.name = city + " " + kind;
    o.kind = kind == "Independent Newspaper" ? "media" : kind == "Youth Movement" ? "movement" : "ngo";
    o.country = "KZ";
    list.push_back(std::move(o));
  }
  return list;
}

std::string slug(const std::vector<std::string>& words, Random& rng, int min_words, int max_words) {
  int n = rng.between(min_words, max_words);
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? "-" : "") + rng.pick(words);
  return out;
}

std::string digits(Random& rng, int count, std::size_t serial) {
  std::string out = std::to_string(serial);
  while (static_cast<int>(out.size()) < count) out = std::to_string(rng.between(1, 9)) + out;
  return out.substr(out.size() - static_cast<std::size_t>(count));
}

GenSource make_source(std::size_t index, Random& rng) {
  // Ids carry a serial that grows with the index, so they never collide.
  std::size_t serial = 30300000 + index * 13 + rng.below(13);
  GenSource s;
  Day day{rng.percent(50) ? 2019 : 2020, rng.between(1, 12), rng.between(1, 28)};
  if (rng.percent(3)) {
    // A source known by its title only: an unpublished monitoring record.
    s.id = "src-monitoring-" + std::to_string(serial);
    s.kind = "monitoring";
    s.lang = "ru";
    s.publisher = "KIBHR";
    s.title = "Мониторинг КМБПЧ: преследование гражданских активистов, " + day.iso_month();
    s.date = day.iso_month();
    return s;
  }
  const auto& outlet = rng.pick(vocabulary::outlets());
  const auto& words = outlet.lang == "ru" ? vocabulary::russian_slug_words() : vocabulary::english_slug_words();
  std::string url = outlet.url_pattern;
  auto replace = [&](const std::string& key, const std::string& value) {
    for (auto at = url.find(key); at != std::string::npos; at = url.find(key)) url.replace(at, key.size(), value);
  };
  std::string two = std::to_string(100 + day.month).substr(1);
  replace("{slug}", outlet.id_prefix == "fb" ? lower_id(rng.pick(vocabulary::family_names()).latin) +
                                                   std::to_string(rng.between(1, 99))
                                             : slug(words, rng, 3, 8));
  replace("{n16}", "10" + digits(rng, 6, serial) + digits(rng, 8, serial * 7));
  replace("{n8}", digits(rng, 8, serial));
  replace("{n5}", digits(rng, 5, serial));
  replace("{yyyy}", std::to_string(day.year));
  replace("{mm}", two);
  replace("{dd}", std::to_string(100 + day.day).substr(1));
  if (outlet.lang == "en" && rng.percent(10)) url += "?utm_source=newsletter&utm_medium=email&utm_campaign=central-asia";
  s.id = "src-" + outlet.id_prefix + "-" + std::to_string(serial);
  s.kind = outlet.kind;
  s.lang = outlet.lang;
  s.url = url;
  s.publisher = outlet.publisher;
  if (rng.percent(60)) s.date = rng.percent(50) ? day.iso() : day.iso_month();
  if (rng.percent(25))
    s.title = outlet.lang == "ru" ? "Суд оставил в силе приговор гражданскому активисту"
                                  : "Kazakhstan: activist's conviction upheld on appeal";
  return s;
}

GenPerson make_person(std::size_t index, Random& rng) {
  struct Role {
    const char* attribute;
    const char* noun;
  };
  static const std::vector<Role> roles = {{"activist", "civil society activist"},
                                          {"journalist", "journalist"},
                                          {"blogger", "blogger"},
                                          {"human-rights-defender", "human rights defender"},
                                          {"activist politician", "opposition activist"},
                                          {"lawyer", "lawyer"},
                                          {"religious-figure", "religious teacher"},
                                          {"poet activist", "poet"},
                                          {"business-person", "business person"}};
  GenPerson p;
  p.gender = rng.percent(70) ? 'm' : 'f';
  const auto& given = rng.pick(p.gender == 'm' ? vocabulary::male_given_names() : vocabulary::female_given_names());
  auto family = rng.pick(vocabulary::family_names());
  if (p.gender == 'f') family = vocabulary::feminine_family(family);
  p.given = given.latin;
  p.given_cyr = given.cyrillic;
  p.family = family.latin;
  p.family_cyr = family.cyrillic;
  p.id = "p-" + lower_id(p.family) + "-" + lower_id(p.given) + "-" + std::to_string(index + 1);
  const auto& role = rng.pick(roles);
  p.roles = role.attribute;
  p.role_noun = role.noun;
  p.location = rng.pick(vocabulary::cities());
  return p;
}

std::vector<GenTemplate> templates() {
  return {
      {"rec-media-outlets", "media", {}, "Ensure that all media outlets in the country can operate without pressure and undue interference", ""},
      {"rec-stop-prosecuting-journalists", "media expression", {},
       "Cease detaining and prosecuting journalists and other citizens in retaliation for exercising their rights to freedom of expression",
       "Stop the prosecution of journalists and other citizens for exercising their right to freedom of expression"},
      {"rec-revise-false-information", "expression covid-19", {},
       "Revise Criminal Code <law ref=\"cc-274\">Article 274</law> and <law ref=\"cc-174\">Article 174</law> to ensure that they are consistent with international standards and cannot be used to arbitrarily restrict freedom of expression", ""},
      {"rec-internet-censorship", "expression", {},
       "Put an end to internet censorship and to the surveillance of citizens without a court order", ""},
      {"rec-association-all-groups", "association", {},
       "Ensure that the right to freedom of association is respected for all groups irrespective of their beliefs or political preferences", ""},
      {"rec-party-registration", "association opposition", {},
       "Revise the law on political parties to remove unrealistic requirements for registration, and ensure that parties are not denied registration on arbitrary grounds", ""},
      {"rec-extremism-charges", "extremism opposition", {},
       "Stop using charges of involvement in extremism against members and supporters of the political opposition", ""},
      {"rec-assembly-law", "assembly", {},
       "Bring the law on peaceful assemblies in line with international standards, in particular by replacing the de facto permission regime with a simple notification procedure",
       "Amend the law on peaceful assemblies so that it requires no more than a notification"},
      {"rec-stop-penalising-assembly", "assembly", {},
       "Stop detaining and penalising people for exercising, or attempting to exercise, their right to freedom of peaceful assembly", ""},
      {"rec-torture-investigations", "torture death-in-custody", {},
       "Ensure prompt, impartial and effective investigations into all allegations of torture and ill-treatment, and bring those responsible to justice", ""},
      {"rec-prison-monitoring", "torture political-prisoners", {},
       "Allow independent monitors, including the National Preventive Mechanism, unhindered access to all places of detention", ""},
      {"rec-religion-law", "religion", {},
       "Revise the law on religious activity to remove the requirement of state approval for religious literature", ""},
      {"rec-women-defenders", "women", {},
       "Protect women human rights defenders against harassment and ensure that women's marches can take place without interference", ""},
      {"rec-decriminalise-insult", "defamation expression", {},
       "Decriminalise insult and remove the special protection of the honour and dignity of public officials", ""},
      {"rec-covid-restrictions", "covid-19", {},
       "Ensure that any restrictions imposed to protect public health are necessary, proportionate and non-discriminatory", ""},
      {"rec-release-person", "political-prisoners", {"person", "place"},
       "Immediately and unconditionally release {person} from {place}", "Release {person} from {place} immediately"},
      {"rec-review-conviction", "political-prisoners", {"person"},
       "Quash the conviction of {person} and provide adequate compensation for the time spent in detention", ""},
      {"rec-investigate-death", "death-in-custody", {"person"},
       "Carry out a swift, impartial and independent investigation into the death of {person} in police custody and bring those found responsible to justice", ""}};
}

}  // namespace

const std::string& primary_theme(const GenCase& c) { return c.themes.front(); }

Corpus generate_records(const CorpusSize& size) {
  Random root(size.seed);
  Corpus corpus;
  corpus.provisions = provisions();
  Random org_rng = root.fork(1);
  corpus.organisations = organisations(size.cases / 200, org_rng);
  corpus.templates = templates();

  std::size_t case_count = std::max<std::size_t>(size.cases, 1);
  Random source_rng = root.fork(2);
  corpus.sources.reserve(size.sources);
  for (std::size_t i = 0; i < size.sources; ++i) corpus.sources.push_back(make_source(i, source_rng));
  // Four in five sources belong to a case (at most eight each); the rest are
  // what the document's own paragraphs cite.
  std::size_t per_case = std::clamp<std::size_t>(size.sources * 4 / 5 / case_count, 1, 8);
  std::size_t owned = std::min(per_case * case_count, size.sources);
  for (std::size_t i = owned; i < size.sources; ++i) corpus.general_sources.push_back(i);
  if (corpus.general_sources.empty())
    for (std::size_t i = 0; i < size.sources; ++i) corpus.general_sources.push_back(i);

  const auto& themes = vocabulary::themes();
  Random case_rng = root.fork(3);
  corpus.cases.reserve(case_count);
  for (std::size_t i = 0; i < case_count; ++i) {
    Random rng = case_rng.fork(i);
    GenCase c;
    std::size_t first_subject = corpus.persons.size();
    corpus.persons.push_back(make_person(first_subject, rng));
    if (rng.percent(8)) corpus.persons.push_back(make_person(corpus.persons.size(), rng));
    for (std::size_t p = first_subject; p < corpus.persons.size(); ++p) c.subjects.push_back(p);
    const GenPerson& subject = corpus.persons[first_subject];
    c.id = "case-" + lower_id(subject.family) + "-" + std::to_string(i + 1);
    c.themes.push_back(themes[i % themes.size()].id);
    for (int extra = rng.between(0, 2); extra > 0; --extra) {
      const auto& t = rng.pick(themes).id;
      if (std::find(c.themes.begin(), c.themes.end(), t) == c.themes.end()) c.themes.push_back(t);
    }

    std::size_t begin = std::min(i * per_case, owned), end = std::min(begin + per_case, owned);
    corpus.case_sources.push_back({begin, end});
    std::vector<const GenSource*> own;
    for (std::size_t s = begin; s < end; ++s) own.push_back(&corpus.sources[s]);

    CaseCourse course = invent_course(subject, corpus, own, rng);
    std::vector<const GenPerson*> subjects;
    for (auto p : c.subjects) subjects.push_back(&corpus.persons[p]);
    c.narratives.push_back({"profile", profile_narrative(subjects, course, corpus, rng)});
    c.narratives.push_back({"summary", summary_narrative(subjects, course, corpus, rng)});
    for (auto& e : course.events) c.events.push_back(std::move(e.record));
    c.statuses = std::move(course.statuses);
    corpus.cases.push_back(std::move(c));
  }
  return corpus;
}

}  // namespace briefc::bench
