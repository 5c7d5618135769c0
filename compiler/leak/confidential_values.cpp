#include "leak/confidential_values.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <sstream>

namespace briefc::leak {

namespace {

// A narrative is recognised by its first words: enough to be its own, few
// enough that a footnote marker rarely falls inside them.
constexpr std::size_t opening_words = 10;
constexpr std::size_t min_opening_words = 4;

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string join(const std::vector<std::string>& words, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < std::min(count, words.size()); ++i) out += (i ? " " : "") + words[i];
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class Collector {
 public:
  explicit Collector(const model::Corpus& corpus) : corpus_(corpus) {}

  void add(std::string text, std::string what, const model::Confidentiality& c, diag::SourceLocation where) {
    if (words_of(text).empty()) return;
    out.push_back({std::move(text), std::move(what), c.reason, where});
  }

  void person(const model::Person& p) {
    std::string what = fmt::format("name of person '{}'", p.id);
    for (const auto& n : p.names) {
      add(n.full(), what, p.confidentiality, p.location);
      if (!n.given.empty() && !n.family.empty()) add(n.family + " " + n.given, what, p.confidentiality, p.location);
      if (!n.given.empty() && !n.family.empty() && !family_shared_with_public_person(n.family, p.id))
        add(n.family, fmt::format("family name of person '{}'", p.id), p.confidentiality, p.location);
    }
    for (const auto& v : p.variants)
      add(v, fmt::format("variant name of person '{}'", p.id), p.confidentiality, p.location);
  }

  void organisation(const model::Organisation& o) {
    std::string what = fmt::format("name of organisation '{}'", o.id);
    for (const auto& n : o.names) add(n.text, what, o.confidentiality, o.location);
    add(o.abbrev, fmt::format("abbreviation of organisation '{}'", o.id), o.confidentiality, o.location);
    for (const auto& v : o.variants) add(v, what, o.confidentiality, o.location);
  }

  void source(const model::Source& s) {
    add(s.url, fmt::format("url of source '{}'", s.id), s.confidentiality, s.location);
    add(s.title, fmt::format("title of source '{}'", s.id), s.confidentiality, s.location);
  }

  void a_case(const model::Case& c) {
    for (const auto& n : c.narratives) {
      if (c.confidentiality.confidential)
        narrative_opening(c, n, c.confidentiality, fmt::format("narrative of confidential case '{}'", c.id));
      else if (n.confidentiality.confidential)
        narrative_opening(c, n, n.confidentiality, fmt::format("confidential narrative of case '{}'", c.id));
      spans(n.content);
    }
    for (const auto& e : c.events) {
      const auto& mark = c.confidentiality.confidential ? c.confidentiality : e.confidentiality;
      if (mark.confidential && words_of(e.description).size() >= 2)
        add(e.description, fmt::format("{} event of case '{}'", e.type, c.id), mark, e.location);
    }
  }

  // Text inside <span confidential> anywhere in `content`.
  void spans(const model::InlineContent& content) {
    for (const auto& n : content) {
      if (n.kind == model::InlineKind::Confidential) {
        model::Confidentiality mark{true, n.reason, n.public_as};
        add(model::plain_text(n.children), "field", mark, n.location);
      }
      spans(n.children);
    }
  }

  void blocks(const std::vector<model::Block>& list) {
    for (const auto& b : list) {
      spans(b.content);
      spans(b.heading);
      for (const auto& item : b.items) {
        spans(item.content);
        blocks(item.sublists);
      }
      blocks(b.children);
    }
  }

  std::vector<ConfidentialValue> out;

 private:
  bool family_shared_with_public_person(const std::string& family, const std::string& id) const {
    for (const auto& other : corpus_.persons) {
      if (other.id == id || other.confidentiality.confidential) continue;
      for (const auto& n : other.names)
        if (lower_ascii(n.family) == lower_ascii(family)) return true;
    }
    return false;
  }

  void narrative_opening(const model::Case& c, const model::Narrative& n, const model::Confidentiality& mark,
                         std::string what) {
    auto words = words_of(model::plain_text(n.content));
    if (words.size() < min_opening_words) return;
    std::string opening = join(words, opening_words);
    // A public narrative of the same case may open the same way (the internal
    // version often extends the public one): then the words are not secret.
    for (const auto& other : c.narratives) {
      if (other.confidentiality.confidential || c.confidentiality.confidential) continue;
      if (lower_ascii(join(words_of(model::plain_text(other.content)), SIZE_MAX)).find(lower_ascii(opening)) !=
          std::string::npos)
        return;
    }
    add(opening, std::move(what), mark, n.location);
  }

  const model::Corpus& corpus_;
};

}  // namespace

std::vector<ConfidentialValue> confidential_values(const model::Corpus& corpus, const model::Document& document) {
  Collector c(corpus);
  for (const auto& p : corpus.persons)
    if (p.confidentiality.confidential) c.person(p);
  for (const auto& o : corpus.organisations)
    if (o.confidentiality.confidential) c.organisation(o);
  for (const auto& s : corpus.sources)
    if (s.confidentiality.confidential) c.source(s);
  for (const auto& k : corpus.cases) c.a_case(k);
  for (const auto& r : corpus.recommendations)
    for (const auto& t : r.texts) c.spans(t.content);
  c.blocks(document.body);
  return std::move(c.out);
}

}  // namespace briefc::leak
