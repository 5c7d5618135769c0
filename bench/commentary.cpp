#include "commentary.hpp"

#include "case_story.hpp"
#include "prose.hpp"

namespace briefc::bench {

namespace {

using vocabulary::Theme;

const std::vector<std::string>& general_sentences() {
  static const std::vector<std::string> list = {
      "In {month}, {kibhr} reported that at least {n} people had been detained in {city} in connection with {topic}.",
      "The authorities have continued to use broadly worded provisions of the Criminal Code, in particular {law}, against {group}.",
      "According to monitoring by {kibhr}, the number of such cases increased significantly compared with the previous year.",
      "Civil society representatives in {city} told {kibhr} that they had been summoned for so-called preventive conversations with police officers.",
      "International human rights bodies have repeatedly called on the authorities to bring the legislation on {topic} into line with international standards.",
      "Many of those targeted believe that the pressure is in retaliation for their peaceful activities and their criticism of the government.",
      "The new rules, which were adopted without meaningful public consultation, give officials wide discretion and lack adequate safeguards against abuse.",
      "Lawyers representing the defendants complained that they were denied access to the case materials and could not meet their clients in private.",
      "In several cases, {group} were fined or sentenced to administrative detention of between five and 15 days.",
      "{person}, who had criticised the local authorities on social media, was questioned for several hours and released without charge.",
      "The prosecution relied on expert assessments that defence lawyers described as biased and methodologically flawed.",
      "Independent observers were not allowed to attend the hearings, which were held behind closed doors on the grounds of the pandemic.",
      "Reports of ill-treatment in detention facilities have not been effectively investigated, and those responsible have rarely been held accountable.",
      "As a result, a climate of self-censorship has developed among journalists, bloggers and ordinary users of social media.",
      "These developments are of particular concern in the run-up to the parliamentary elections scheduled for January 2021.",
      "{kibhr} documented {n} cases of pressure on {group} in {city} and {city2} alone during the reporting period.",
      "The {ministry} stated that the measures were necessary to counter disinformation, but did not explain why they were proportionate.",
      "Under the amended law, organisers must notify the local executive authorities at least five working days in advance, and the authorities may refuse for a wide range of reasons.",
      "In a statement issued on {date}, {intl} expressed concern about {topic} in Kazakhstan and urged the authorities to review the cases of those detained.",
      "The {prosecutor} did not respond to a request by {kibhr} for information about the number of criminal cases opened under {law}.",
      "An official of the city administration of {city} described the protesters as {quote}.",
      "Human rights defenders point out that {topic} cannot be restricted merely because the authorities disagree with the views expressed.",
      "On {date}, police in {city} dispersed a small gathering of {group} and detained {n} people, including {person}.",
      "Courts have almost never acquitted defendants in such cases; in {year}, according to official statistics, fewer than one per cent of criminal trials ended in an acquittal."};
  return list;
}

const std::vector<std::string>& item_leads() {
  static const std::vector<std::string> list = {
      "On {date}, law enforcement officials detained large numbers of people across the country after opposition movements called for demonstrations.",
      "In {month}, the authorities in {city} refused to register a new public association of {group}.",
      "In {month}, {n} criminal cases were opened against {group} in {city}.",
      "Several websites of independent media were blocked in {month} without a court decision.",
      "On {date}, {person} was detained while live-streaming a protest in {city}."};
  return list;
}

}  // namespace

const GenOrganisation& Commentary::organisation(std::string_view id) const {
  return bench::organisation(corpus_, id);
}

std::vector<const GenSource*> Commentary::next_sources(std::size_t count) {
  // Walk the pool in order so that most footnotes cite a source of their own,
  // as in the papers, with a random stride to mix outlets.
  std::vector<const GenSource*> out;
  const auto& pool = corpus_.general_sources;
  for (std::size_t i = 0; i < count; ++i) {
    next_source_ += 1 + rng_.below(3);
    out.push_back(&corpus_.sources[pool[next_source_ % pool.size()]]);
  }
  return out;
}

void Commentary::footnote(ProseWriter& w) {
  int kind = rng_.between(1, 100);
  if (kind <= 78) {
    w.cite(next_sources(rng_.percent(10) ? 2 : 1));
    return;
  }
  ProseWriter note(true);
  if (kind <= 88) {
    static const std::vector<std::string> leads = {
        "Read the legal text here: ", "For more information, see the following report: ",
        "See monitoring by {kibhr} published on Facebook (in Russian): "};
    expand(rng_.pick(leads), note, [&](std::string_view, ProseWriter& n) {
      n.org(organisation("org-kibhr"), true);
    });
    note.cite(next_sources(1));
  } else if (kind <= 93) {
    note.text("See, for instance: ");
    auto sources = next_sources(2);
    note.cite({sources[0]});
    note.text(" and ");
    note.cite({sources[1]});
  } else {
    note.text("Source: monitoring by ");
    note.org(organisation("org-kibhr"), true);
    note.text(" and ");
    note.org(organisation("org-iphr"), true);
    note.text("; the names of those concerned are known to the authors.");
  }
  w.note(note.take(), rng_.below(400) == 0);
}

void Commentary::fill(std::string_view key, ProseWriter& w, const Theme& theme,
                      const std::vector<const GenPerson*>& people) {
  if (key == "topic") w.text(theme.topic);
  else if (key == "group") w.text(theme.group);
  else if (key == "city") w.text(rng_.pick(vocabulary::cities()));
  else if (key == "city2") w.text(rng_.pick(vocabulary::cities()));
  else if (key == "n") w.text(std::to_string(rng_.between(3, 240)));
  else if (key == "year") w.text(std::to_string(rng_.between(2018, 2020)));
  else if (key == "month" || key == "date") {
    Day d{2020, rng_.between(1, 10), rng_.between(1, 28)};
    w.text(key == "month" ? d.month_year() : d.spoken());
  } else if (key == "kibhr") w.org(organisation("org-kibhr"), true);
  else if (key == "ministry") w.org(organisation("org-ministry-information"), false);
  else if (key == "prosecutor") w.org(organisation("org-prosecutor-general"), false);
  else if (key == "intl") {
    static const std::vector<std::string> ids = {"org-hrw", "org-odihr", "org-un-hrc", "org-civicus"};
    const auto& o = organisation(rng_.pick(ids));
    if (o.id == "org-un-hrc") w.text("the ");
    w.org(o, false);
  } else if (key == "law") w.law(rng_.pick(corpus_.provisions), rng_.percent(30));
  else if (key == "person") {
    if (people.empty()) w.text("a local activist");
    else w.person(*rng_.pick(people), true);
  } else if (key == "quote") {
    w.open("q");
    w.text("provocateurs acting on instructions from abroad");
    w.close("q");
  } else w.text(std::string(key));
}

void Commentary::sentence(const std::string& pattern, ProseWriter& w, const Theme& theme,
                          const std::vector<const GenPerson*>& people, bool may_cite) {
  expand(pattern, w, [&](std::string_view key, ProseWriter& inner) { fill(key, inner, theme, people); });
  if (may_cite && rng_.percent(45)) footnote(w);
}

Fragment Commentary::paragraph(const Theme& theme, const std::vector<const GenPerson*>& people, int sentences,
                               const SectionRef* earlier) {
  ProseWriter w;
  const auto& list = general_sentences();
  std::size_t start = rng_.below(list.size());
  for (int i = 0; i < sentences; ++i) {
    if (i) w.text(" ");
    if (i == 1 && rng_.percent(10)) {
      w.text("The authorities have stressed that ");
      w.open("b");
      w.text("the restrictions are temporary");
      w.close("b");
      w.text(", but have not said when they will be lifted.");
      continue;
    }
    sentence(list[(start + static_cast<std::size_t>(i) * 7) % list.size()], w, theme, people, true);
  }
  if (earlier && rng_.percent(25)) {
    w.text(" (See also the section on ");
    w.cross_reference(earlier->id, earlier->topic);
    w.text(".)");
  }
  if (rng_.percent(8)) {
    w.text(" The full text of the joint statement is available ");
    w.link("https://www.iphronline.org/kazakhstan-joint-statement-" + std::to_string(rng_.between(2019, 2020)) +
               ".html",
           "online");
    w.text(".");
  }
  return w.take();
}

Fragment Commentary::list_item(const Theme& theme, const std::vector<const GenPerson*>& people) {
  ProseWriter w;
  w.open("b");
  expand(rng_.pick(item_leads()), w, [&](std::string_view key, ProseWriter& inner) { fill(key, inner, theme, people); });
  w.close("b");
  if (rng_.percent(40)) footnote(w);
  const auto& list = general_sentences();
  for (int i = rng_.between(1, 3); i > 0; --i) {
    w.text(" ");
    sentence(list[rng_.below(list.size())], w, theme, people, true);
  }
  return w.take();
}

Fragment Commentary::quotation(const Theme& theme) {
  ProseWriter w;
  w.text("We call on the authorities to respect " + theme.topic + " and to release all those detained for ");
  w.text("peacefully exercising their rights. The pressure on " + theme.group +
         " must stop, and those responsible for violations must be held accountable.");
  footnote(w);
  return w.take();
}

Fragment Commentary::names_paragraph(const Theme& theme, const std::vector<const GenPerson*>& people) {
  ProseWriter w;
  w.text("According to ");
  w.org(organisation("org-kibhr"), true);
  w.text(" and other NGOs, the following cases concerning " + theme.topic + " are of particular concern: ");
  w.open("b");
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i) w.text(i + 1 == people.size() ? " and " : ", ");
    w.person(*people[i], true);
  }
  w.close("b");
  w.text(". However, this list is not exhaustive:");
  return w.take();
}

}  // namespace briefc::bench
