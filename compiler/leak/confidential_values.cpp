#include "leak/confidential_values.hpp"

#include "leak/word_forms.hpp"
#include "model/inline_walk.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

namespace briefc::leak {

namespace {

std::size_t word_count(const std::string& text) {
  std::size_t n = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    bool space = std::isspace(c) != 0;
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A one-word event text ("Beaten") is too common to be anyone's secret; a
// longer single word (a place, a code name) is not.
constexpr std::size_t min_single_word_event = 6;

class Collector {
 public:
  explicit Collector(const std::vector<const model::Corpus*>& corpora) : corpora_(corpora) {}

  void add(std::string text, std::string what, const model::Confidentiality& c, diag::SourceLocation where,
           ValueKind kind, bool case_rule) {
    if (word_count(text) == 0) return;
    for (const auto& v : out)  // one record read twice (two corpora) is one value
      if (v.text == text && v.location.file == where.file && v.location.offset == where.offset) return;
    out.push_back({std::move(text), std::move(what), c.reason, where, kind, case_rule, c.public_as});
  }

  void person(const model::Person& p) {
    const auto& mark = p.confidentiality;
    std::string what = fmt::format("name of person '{}'", p.id);
    for (const auto& n : p.names) {
      add(n.full(), what, mark, p.location, ValueKind::Name, false);
      if (!n.given.empty() && !n.family.empty()) add(n.family + " " + n.given, what, mark, p.location, ValueKind::Name, false);
      if (!n.given.empty() && !n.family.empty() && !family_shared_with_public_person(n.family, p.id))
        add(n.family, fmt::format("family name of person '{}'", p.id), mark, p.location, ValueKind::Name, true);
    }
    for (const auto& v : p.variants) {
      add(v, fmt::format("variant name of person '{}'", p.id), mark, p.location, ValueKind::Name, false);
      // The family part of a variant alone ("Nourlanova" of "Aigoul
      // Nourlanova"): every word of it that is not a given name.
      if (word_count(v) < 2) continue;
      std::size_t start = 0;
      while (start < v.size()) {
        std::size_t end = v.find(' ', start);
        if (end == std::string::npos) end = v.size();
        std::string word = v.substr(start, end - start);
        start = end + 1;
        // A given name in another spelling ("Aigoul" for "Aigul") is not the family part.
        std::string key = loose_spelling(word);
        bool given = key.size() < 4;
        for (const auto& n : p.names) given = given || (!n.given.empty() && loose_spelling(n.given) == key);
        if (!given && !family_shared_with_public_person(word, p.id))
          add(word, fmt::format("family name of person '{}' (from a variant)", p.id), mark, p.location,
              ValueKind::Name, true);
      }
    }
  }

  void organisation(const model::Organisation& o) {
    std::string what = fmt::format("name of organisation '{}'", o.id);
    for (const auto& n : o.names) add(n.text, what, o.confidentiality, o.location, ValueKind::Name, true);
    add(o.abbrev, fmt::format("abbreviation of organisation '{}'", o.id), o.confidentiality, o.location,
        ValueKind::Name, true);
    for (const auto& v : o.variants) add(v, what, o.confidentiality, o.location, ValueKind::Name, true);
  }

  void group(const model::Group& g) {
    for (const auto& [lang, words] : g.descriptions)
      add(words, fmt::format("description of group '{}'", g.id), g.confidentiality, g.location, ValueKind::Phrase,
          true);
  }

  void source(const model::Source& s) {
    add(s.url, fmt::format("url of source '{}'", s.id), s.confidentiality, s.location, ValueKind::Address, false);
    add(s.title, fmt::format("title of source '{}'", s.id), s.confidentiality, s.location, ValueKind::Phrase, true);
    // The publisher is often the public attribution itself ("monitoring by
    // KIBHR") or a public outlet other sources name too; otherwise it says
    // where the secret came from.
    if (!s.publisher.empty() &&
        lower_ascii(s.confidentiality.public_as).find(lower_ascii(s.publisher)) == std::string::npos &&
        !publisher_of_public_source(s.publisher))
      add(s.publisher, fmt::format("publisher of source '{}'", s.id), s.confidentiality, s.location,
          ValueKind::Phrase, true);
  }

  void a_case(const model::Case& c) {
    for (const auto& n : c.narratives) {
      const auto& mark = model::narrative_mark(c, n);
      if (mark.confidential) {
        std::string what = c.confidentiality.confidential ? fmt::format("narrative of confidential case '{}'", c.id)
                           : n.confidentiality.confidential
                               ? fmt::format("narrative of case '{}'", c.id)
                               : fmt::format("narrative of case '{}' (a translation of a confidential one)", c.id);
        add(model::plain_text(n.content), std::move(what), mark, n.location, ValueKind::LongText, false);
      }
      spans(n.content);
    }
    for (const auto& e : c.events) {
      const auto& mark = c.confidentiality.confidential ? c.confidentiality : e.confidentiality;
      if (!mark.confidential) continue;
      std::size_t words = word_count(e.description);
      if (words >= 2 || (words == 1 && e.description.size() >= min_single_word_event))
        add(e.description, fmt::format("{} event of case '{}'", e.type, c.id), mark, e.location,
            words >= 12 ? ValueKind::LongText : ValueKind::Phrase, true);
      // A town is public knowledge; a place described in three words or more
      // ("the basement of police station No. 4") may not be.
      if (word_count(e.place) >= 3)
        add(e.place, fmt::format("place of a {} event of case '{}'", e.type, c.id), mark, e.location,
            ValueKind::Phrase, true);
    }
  }

  // Text inside <span confidential> anywhere in `content`, and the target
  // of a link inside it ("tel:…", "mailto:…").
  void spans(const model::InlineContent& content) { model::for_each_inline(content, [&](const auto& n) { span(n); }); }
  void blocks(const std::vector<model::Block>& list) {
    model::for_each_block_inline(list, [&](const auto& n) { span(n); });
  }

  std::vector<ConfidentialValue> out;

 private:
  void span(const model::Inline& n) {
    if (n.kind != model::InlineKind::Confidential) return;
    model::Confidentiality mark{true, n.reason, n.public_as};
    std::string text = model::plain_text(n.children);
    bool address = text.find("://") != std::string::npos || text.rfind("www.", 0) == 0;
    add(text, "field", mark, n.location, address ? ValueKind::Address : ValueKind::Phrase, false);
    model::for_each_inline(n.children, [&](const model::Inline& inner) {
      if (inner.kind == model::InlineKind::Link && !inner.target.empty())
        add(inner.target, "link target of a field", mark, inner.location, ValueKind::Address, false);
    });
  }

  bool family_shared_with_public_person(const std::string& family, const std::string&) const {
    // By stem: a public "Ivanov" shares his family name with a confidential
    // "Ivanova" (and every declined form of one is a form of the other).
    if (!public_families_) {
      public_families_.emplace();
      for (const auto* corpus : corpora_)
        for (const auto& other : corpus->persons)
          if (!other.confidentiality.confidential)
            for (const auto& n : other.names)
              for (auto& stem : loose_stems(n.family)) public_families_->insert(std::move(stem));
    }
    for (const auto& stem : loose_stems(family))
      if (public_families_->count(stem)) return true;
    return false;
  }

  bool publisher_of_public_source(const std::string& publisher) const {
    for (const auto* corpus : corpora_)
      for (const auto& s : corpus->sources)
        if (!s.confidentiality.confidential && lower_ascii(s.publisher) == lower_ascii(publisher)) return true;
    return false;
  }

  const std::vector<const model::Corpus*>& corpora_;
  mutable std::optional<std::unordered_set<std::string>> public_families_;  // made on first use
};

}  // namespace

std::vector<ConfidentialValue> confidential_values(const std::vector<const model::Corpus*>& corpora,
                                                   const model::Document& document) {
  Collector c(corpora);
  for (const auto* corpus : corpora) {
    for (const auto& p : corpus->persons)
      if (p.confidentiality.confidential) c.person(p);
    for (const auto& o : corpus->organisations)
      if (o.confidentiality.confidential) c.organisation(o);
    for (const auto& g : corpus->groups)
      if (g.confidentiality.confidential) c.group(g);
    for (const auto& s : corpus->sources)
      if (s.confidentiality.confidential) c.source(s);
    for (const auto& k : corpus->cases) c.a_case(k);
    for (const auto& r : corpus->recommendations)
      for (const auto& t : r.texts) c.spans(t.content);
  }
  c.blocks(document.body);
  return std::move(c.out);
}

std::vector<ConfidentialValue> confidential_values(const model::Corpus& corpus, const model::Document& document) {
  return confidential_values(std::vector<const model::Corpus*>{&corpus}, document);
}

std::vector<std::string> public_texts(const std::vector<const model::Corpus*>& corpora) {
  std::vector<std::string> out;
  for (const auto* corpus : corpora) {
    for (const auto& c : corpus->cases) {
      for (const auto& n : c.narratives)
        if (!model::narrative_mark(c, n).confidential) out.push_back(model::plain_text(n.content));
      for (const auto& e : c.events)
        if (!c.confidentiality.confidential && !e.confidentiality.confidential && !e.description.empty())
          out.push_back(e.description);
    }
    for (const auto& r : corpus->recommendations)
      for (const auto& t : r.texts) out.push_back(t.text);
  }
  return out;
}

}  // namespace briefc::leak
