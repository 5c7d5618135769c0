#include "resolve/names.hpp"

#include "text/catalog.hpp"
#include "text/placeholders.hpp"

namespace briefc::resolve {

namespace {

bool cyrillic_language(const std::string& lang) {
  return lang.rfind("ru", 0) == 0 || lang.rfind("kk", 0) == 0;
}

}  // namespace

const model::PersonName& printed_name(const model::Person& person, const std::string& lang) {
  if (cyrillic_language(lang))
    if (const auto* cyrillic = person.in_script(model::Script::Cyrillic)) return *cyrillic;
  return person.latin();
}

std::string subject_name(const model::Corpus& corpus, const std::string& id, const std::string& lang) {
  if (const auto* p = corpus.person(id)) return printed_name(*p, lang).full();
  if (const auto* g = corpus.group(id)) return g->description(lang);
  if (const auto* o = corpus.organisation(id)) {
    if (cyrillic_language(lang))
      for (const auto& n : o->names)
        if (n.script == model::Script::Cyrillic) return n.text;
    return o->names.front().text;
  }
  return id;
}

std::string surname_key(const model::Corpus& corpus, const std::string& id, const std::string& lang) {
  if (const auto* p = corpus.person(id)) {
    const auto& name = printed_name(*p, lang);
    return name.family.empty() ? name.given : name.family + " " + name.given;
  }
  return subject_name(corpus, id, lang);
}

std::string list_separator(const text::LocaleContext& locales, std::size_t index, std::size_t count,
                           const std::string& lang) {
  if (index + 1 < count) return ", ";
  // The words between {list} and {last} of the catalog's joint; a joint
  // written another way ("{last} … {list}") cannot be cut, and its words are
  // used whole.
  const std::string joint = text::translate(locales, count > 2 ? text::msg::list_of_more : text::msg::list_of_two, lang);
  std::string between;
  for (const auto& piece : text::parse_pattern(joint).pieces)
    if (!piece.placeholder) between += piece.text;
  return between;
}

std::string join_list(const text::LocaleContext& locales, const std::vector<std::string>& items,
                      const std::string& lang) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? list_separator(locales, i, items.size(), lang) : "") + items[i];
  return out;
}

std::string case_subjects(const text::LocaleContext& locales, const model::Corpus& corpus, const model::Case& c,
                          const std::string& lang) {
  std::vector<std::string> names;
  for (const auto& s : c.subjects) names.push_back(subject_name(corpus, s, lang));
  return join_list(locales, names, lang);
}

Agreement subjects_agreement(const model::Corpus& corpus, const std::vector<std::string>& subjects) {
  if (subjects.size() != 1) return Agreement::Plural;
  if (const auto* g = corpus.group(subjects.front())) return g->count == 1 ? Agreement::Masculine : Agreement::Plural;
  const auto* p = corpus.person(subjects.front());
  return p && p->gender == "f" ? Agreement::Feminine : Agreement::Masculine;
}

Agreement case_agreement(const model::Corpus& corpus, const model::Case& c) {
  return subjects_agreement(corpus, c.subjects);
}

}  // namespace briefc::resolve
