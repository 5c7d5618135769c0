// The names generated text prints for the subjects of a case: in the
// document's script, joined the way the language joins a list, and keyed for
// sorting by surname.
#pragma once

#include "model/corpus.hpp"
#include "text/locale_context.hpp"
#include "text/record_messages.hpp"

#include <string>
#include <vector>

namespace briefc::resolve {

// A person's name as a paper in `lang` prints it: the Cyrillic form for
// Russian and Kazakh when the record has one, else the Latin form.
const model::PersonName& printed_name(const model::Person& person, const std::string& lang);

// The printed name of a person or organisation id ("Alnur Ilyashev",
// "Nagyz Atajurt"); the id itself when it names nothing.
std::string subject_name(const model::Corpus& corpus, const std::string& id, const std::string& lang);

// The key a subject sorts under "by surname": "Family Given" for a person,
// the name for an organisation, in the printed script.
std::string surname_key(const model::Corpus& corpus, const std::string& id, const std::string& lang);

// "A", "A and B", "A, B, and C" (English, with the serial comma the EU
// reference paper uses), "A, B и C" (Russian), "A, B және C" (Kazakh): the
// last joint is the catalogs' (text::msg::list_of_two, list_of_more).
std::string join_list(const text::LocaleContext& locales, const std::vector<std::string>& items,
                      const std::string& lang);

// What join_list writes before item `index` (1 ≤ index < count) of `count`:
// ", " or the language's "and".
std::string list_separator(const text::LocaleContext& locales, std::size_t index, std::size_t count,
                           const std::string& lang);

// The subjects of a case, printed and joined: "Askhat Zheksebaev, Abai
// Begimbetov, and Kairat Kylyshev".
std::string case_subjects(const text::LocaleContext& locales, const model::Corpus& corpus, const model::Case& c,
                          const std::string& lang);

// The grammatical person of a case's subjects, for languages whose verbs
// agree with it (Russian "освобождён", "освобождена", "освобождены").
using text::Agreement;
Agreement case_agreement(const model::Corpus& corpus, const model::Case& c);
Agreement subjects_agreement(const model::Corpus& corpus, const std::vector<std::string>& subjects);

}  // namespace briefc::resolve
