// Names: every <person>/<org> mention must be spelled as its record says
// (a name, a part of one, or a declared <variant>), and no two person records
// may look like one person spelled twice.
//
// Both checks are linear or n·log n: a mention is compared with its own
// record's few words only, and records are compared within buckets of one
// folded key and with their neighbours in sorted order (see name_folding.hpp).
#include "check/families.hpp"
#include "check/name_folding.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace briefc::check {

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view spelling) {
  std::string s(spelling);
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool has_cyrillic(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) == 0xD0 || static_cast<unsigned char>(c) == 0xD1;
  });
}

// A set of a record's few spellings. A record has a handful (its names in
// two scripts, both orders, some variants), so a linear search beats hashing
// and costs no allocation beyond the vector's.
struct FewStrings {
  std::vector<std::string> items;

  bool contains(std::string_view s) const { return std::find(items.begin(), items.end(), s) != items.end(); }
  bool insert(std::string s) {
    if (contains(s)) return false;
    items.push_back(std::move(s));
    return true;
  }
};

// What a record accepts: whole spellings and the words they are made of.
struct KnownSpellings {
  std::string id;
  bool person = true;
  std::string canonical;   // the record's first name, for messages
  std::string cyrillic;    // its name in Cyrillic, if it has one: a Cyrillic mention is answered in Cyrillic
  diag::SourceLocation cyrillic_where;

  // The record's name in the script `spelled` is written in, and where it is.
  const std::string& shown_for(std::string_view spelled) const {
    return has_cyrillic(spelled) && !cyrillic.empty() ? cyrillic : canonical;
  }
  diag::SourceLocation where_for(std::string_view spelled) const {
    return has_cyrillic(spelled) && !cyrillic.empty() && cyrillic_where.known() ? cyrillic_where : where;
  }
  diag::SourceLocation where;
  FewStrings wholes;                 // lower-cased
  std::vector<std::string> words;    // as written
  std::vector<std::string> folded;   // fold_name of each word, same order
  FewStrings exact_words;            // lower-cased

  void add(const std::string& spelling, bool whole) {
    if (spelling.empty()) return;
    if (whole) wholes.insert(lower_ascii(spelling));
    for (auto w : name_words(spelling)) {
      if (!exact_words.insert(lower_ascii(w))) continue;
      folded.push_back(fold_name(w));
      words.emplace_back(w);
    }
  }
};

KnownSpellings known_for(const model::Person& p) {
  KnownSpellings k;
  k.id = p.id;
  k.canonical = p.latin().full();
  k.where = p.latin().location.known() ? p.latin().location : p.location;
  if (const auto* c = p.in_script(model::Script::Cyrillic)) k.cyrillic = c->full(), k.cyrillic_where = c->location;
  for (const auto& n : p.names) {
    k.add(n.full(), true);
    k.add(n.family + " " + n.given, true);
  }
  for (const auto& v : p.variants) k.add(v, true);
  return k;
}

KnownSpellings known_for(const model::Organisation& o) {
  KnownSpellings k;
  k.id = o.id;
  k.person = false;
  k.canonical = o.names.empty() ? o.id : o.names.front().text;
  k.where = o.location;
  for (const auto& n : o.names) k.add(n.text, true);
  k.add(o.abbrev, true);
  for (const auto& v : o.variants) k.add(v, true);
  return k;
}

// How the record would write this mention: each word replaced by the
// recorded word it is a variant of. Empty when a word matches nothing.
struct Verdict {
  bool accepted = true;
  bool near = true;         // every unrecorded word is close to a recorded one
  std::string recorded;     // the mention as the record spells it
};

Verdict judge(const std::string& spelled, const KnownSpellings& k) {
  Verdict v;
  if (k.wholes.contains(lower_ascii(spelled))) return v;
  std::string recorded;
  for (auto w : name_words(spelled)) {
    std::string shown(w);
    if (!k.exact_words.contains(lower_ascii(w))) {
      v.accepted = false;
      std::string f = fold_name(w);
      std::size_t best = 3, best_i = k.words.size();
      // On a tie, a recorded word in the mention's own script: the hint
      // prints the name in one script.
      bool cyrillic_word = has_cyrillic(w);
      for (std::size_t i = 0; i < k.folded.size(); ++i) {
        auto d = f == k.folded[i] ? 0 : bounded_edit_distance(f, k.folded[i], 2);
        bool better_script = d == best && best_i < k.words.size() && has_cyrillic(k.words[i]) == cyrillic_word &&
                             has_cyrillic(k.words[best_i]) != cyrillic_word;
        if (d < best || better_script) {
          best = d;
          best_i = i;
        }
      }
      if (best_i < k.words.size()) shown = k.words[best_i];
      else v.near = false;
    }
    if (!recorded.empty()) recorded += ' ';
    recorded += shown;
  }
  v.recorded = recorded;
  return v;
}

struct MentionGroup {
  const KnownSpellings* known;
  std::string spelled;
  std::vector<diag::SourceLocation> places;
  bool person;
};

void check_mentions(const CheckContext& ctx, Reporter& out) {
  std::unordered_map<std::string, KnownSpellings> known;
  auto known_record = [&](const std::string& id, bool person) -> const KnownSpellings* {
    if (auto it = known.find(id); it != known.end()) return &it->second;
    if (person) {
      if (const auto* p = ctx.corpus.person(id)) return &known.emplace(id, known_for(*p)).first->second;
    } else if (const auto* o = ctx.corpus.organisation(id)) {
      return &known.emplace(id, known_for(*o)).first->second;
    }
    return nullptr;
  };
  std::vector<MentionGroup> groups;
  std::unordered_map<std::string, std::size_t> group_of;  // "id\x1fspelling" → group
  std::string key;            // reused: most mentions repeat a group already seen
  std::string built_spelling;  // the plain text of a mention with markup inside
  for_each_corpus_inline(ctx, [&](const model::Inline& n) {
    bool person = n.kind == model::InlineKind::Person;
    if (!person && n.kind != model::InlineKind::Org) return;
    // Most mentions are one run of text: skip building plain text for them.
    bool single_text = n.children.size() == 1 && n.children.front().kind == model::InlineKind::Text;
    if (!single_text) built_spelling = model::plain_text(n.children);
    std::string_view spelled = trimmed(single_text ? n.children.front().text : built_spelling);
    if (spelled.empty()) return;
    key.assign(n.target);
    key += '\x1f';
    key += spelled;
    if (auto it = group_of.find(key); it != group_of.end()) {
      groups[it->second].places.push_back(n.location);
      return;
    }
    const auto* k = known_record(n.target, person);
    if (!k) return;  // an unknown id: the reader reports it
    group_of.emplace(key, groups.size());
    groups.push_back({k, std::string(spelled), {n.location}, person});
  });
  // Whose name a spelling is, when it is a whole recorded spelling of other
  // records (found only when some mention needs it).
  std::optional<std::unordered_map<std::string, std::vector<const KnownSpellings*>>> owners;
  std::deque<KnownSpellings> all_known;
  auto owners_of = [&](const std::string& spelled, bool person) -> std::vector<const KnownSpellings*> {
    if (!owners) {
      owners.emplace();
      for (const auto& p : ctx.corpus.persons) all_known.push_back(known_for(p));
      for (const auto& o : ctx.corpus.organisations) all_known.push_back(known_for(o));
      // By folded spelling (check/name_folding.hpp): "Асет Абишев" is the
      // name of the person recorded only as "Aset Abishev".
      for (const auto& k : all_known)
        for (const auto& whole : k.wholes.items) (*owners)[fold_name(whole)].push_back(&k);
    }
    std::vector<const KnownSpellings*> found;
    if (auto it = owners->find(fold_name(spelled)); it != owners->end())
      for (const auto* k : it->second)
        if (k->person == person && std::find(found.begin(), found.end(), k) == found.end()) found.push_back(k);
    return found;
  };
  for (const auto& g : groups) {
    Verdict v = judge(g.spelled, *g.known);
    if (v.accepted) continue;
    const char* what = g.person ? "person" : "organisation";
    // The right spelling on the wrong id: the id is what to fix.
    auto others = owners_of(g.spelled, g.person);
    // Its own record's spelling by folding: a question of spelling, below.
    if (std::any_of(others.begin(), others.end(), [&](const KnownSpellings* o) { return o->id == g.known->id; }))
      others.clear();
    if (!others.empty()) {
      auto listed = [&](std::string_view last_joint) {
        std::string ids;
        for (std::size_t i = 0; i < others.size(); ++i)
          ids += fmt::format("{}'{}'", i == 0 ? "" : i + 1 == others.size() ? last_joint : ", ", others[i]->id);
        return ids;
      };
      std::string ids = listed(" and ");
      auto& d = out.report(
          "name-variant", g.places.front(),
          fmt::format("'{}' is the name of {}{} {}, but the mention refers to '{}' ('{}')", g.spelled, what,
                      others.size() == 1 ? "" : "s", ids,
                      g.known->id, g.known->shown_for(g.spelled)),
          others.size() == 1 ? fmt::format("if it means {}, write ref=\"{}\"", others[0]->shown_for(g.spelled),
                                           others[0]->id)
                             : fmt::format("write the ref of the one it means: {}", listed(" or ")));
      for (const auto* o : others)
        d.notes.push_back(
            {o->where_for(g.spelled), fmt::format("'{}' is recorded as '{}' here", o->id, o->shown_for(g.spelled))});
      for (std::size_t i = 1; i < g.places.size() && i <= 3; ++i)
        d.notes.push_back({g.places[i], fmt::format("also spelled '{}' here", g.spelled)});
      continue;
    }
    std::string message =
        v.near ? fmt::format("'{}' is not a spelling recorded for {} '{}', which is spelled '{}'", g.spelled, what,
                             g.known->id, v.recorded)
               : fmt::format("'{}' is none of the names recorded for {} '{}' ('{}')", g.spelled, what, g.known->id,
                             g.known->shown_for(g.spelled));
    auto& d = out.report("name-variant", g.places.front(), message,
                         fmt::format("correct the text, or if both spellings are right declare "
                                     "<variant>{}</variant> in the record",
                                     g.spelled));
    d.notes.push_back(
        {g.known->where_for(g.spelled),
         fmt::format("'{}' is recorded as '{}' here", g.known->id, g.known->shown_for(g.spelled))});
    for (std::size_t i = 1; i < g.places.size() && i <= 3; ++i)
      d.notes.push_back({g.places[i], fmt::format("also spelled '{}' here", g.spelled)});
  }
}

// Two records for one person: bucket by folded name, and compare neighbours
// in sorted order (forwards and backwards, so a typo at either end of the name
// still lands next to its twin).
void check_twin_records(const CheckContext& ctx, Reporter& out) {
  struct Entry {
    std::string key;
    std::size_t person;
  };
  const auto& persons = ctx.corpus.persons;
  std::vector<Entry> forward;
  forward.reserve(persons.size());
  std::vector<std::unordered_set<std::string>> declared(persons.size());
  for (std::size_t i = 0; i < persons.size(); ++i) {
    const auto& p = persons[i];
    std::set<std::string> keys;
    for (const auto& n : p.names) keys.insert(fold_name(n.given + " " + n.family));
    for (const auto& v : p.variants) declared[i].insert(fold_name(v));
    for (const auto& k : keys)
      if (!k.empty()) forward.push_back({k, i});
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  auto consider = [&](const Entry& a, const Entry& b) {
    if (a.person == b.person) return;
    bool same = a.key == b.key;
    if (!same && (a.key.size() < 8 || bounded_edit_distance(a.key, b.key, 2) > 2)) return;
    if (declared[a.person].count(b.key) || declared[b.person].count(a.key)) return;
    pairs.emplace_back(std::min(a.person, b.person), std::max(a.person, b.person));
  };
  constexpr std::size_t window = 3;
  auto scan = [&](std::vector<Entry> entries) {
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key || (a.key == b.key && a.person < b.person); });
    for (std::size_t i = 0; i < entries.size();) {
      // A bucket of one key: each member is reported against the first (a
      // chain, not every pair), then the bucket's first is compared with a
      // few neighbours beyond it.
      std::size_t end = i + 1;
      while (end < entries.size() && entries[end].key == entries[i].key) ++end;
      for (std::size_t j = i + 1; j < end; ++j) consider(entries[i], entries[j]);
      for (std::size_t k = 0; k < window && end + k < entries.size(); ++k) consider(entries[i], entries[end + k]);
      i = end;
    }
  };
  scan(forward);
  for (auto& e : forward) std::reverse(e.key.begin(), e.key.end());
  scan(std::move(forward));
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (auto [a, b] : pairs) {
    const auto& first = persons[a];
    const auto& second = persons[b];
    auto& d = out.report("name-variant", second.location,
                         fmt::format("persons '{}' ('{}') and '{}' ('{}') have nearly the same name: one person "
                                     "recorded twice?",
                                     first.id, first.latin().full(), second.id, second.latin().full()),
                         "merge the records, declare the other spelling as a <variant>, or, for two people, say "
                         "so with check-ignore=\"name-variant: two people\"");
    d.notes.push_back({first.location, fmt::format("'{}' is recorded here", first.id)});
  }
}

}  // namespace

void check_names(const CheckContext& ctx, Reporter& out) {
  if (!out.enabled("name-variant")) return;
  check_mentions(ctx, out);
  check_twin_records(ctx, out);
}

}  // namespace briefc::check
