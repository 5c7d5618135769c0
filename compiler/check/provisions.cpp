// Legal provisions: one code and article must name one offence. A text that
// names article 274 for "incitement" (article 174's offence) is wrong however
// often the rest of the corpus gets it right.
//
// Offence names are compared by their content words, stemmed, so that
// "knowingly spreading false information" agrees with the catalogue's
// "Knowingly disseminating false information" (they share three words) while
// "incitement to ethnic, social or other discord" shares none with it, and
// "financing a criminal group" only one with "Financing of extremism or
// terrorism": two shared words are needed.
#include "check/families.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <set>
#include <unordered_map>

namespace briefc::check {

namespace {

constexpr std::array<std::string_view, 18> stopwords = {"a",   "an",   "and", "as",   "at",    "by",
                                                         "for", "from", "in",  "into", "of",    "on",
                                                         "or",  "other", "the", "to",   "with", "its"};

std::string stem(std::string w) {
  // A few English suffixes, longest first; enough to join "riots"/"rioting",
  // "dissemination"/"disseminating", "extremist"/"extremism".
  static constexpr std::array<std::string_view, 14> suffixes = {"ations", "ation", "ating", "ings", "ing", "ions", "ion",
                                                                "ment",   "ism",   "ist",   "ous",  "es",  "ed",  "s"};
  for (auto suffix : suffixes)
    if (w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      w.resize(w.size() - suffix.size());
      break;
    }
  return w;
}

std::set<std::string> content_words(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && std::find(stopwords.begin(), stopwords.end(), word) == stopwords.end())
      out.insert(stem(word));
    word.clear();
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') word += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) word += c;
    else flush();
  }
  flush();
  return out;
}

// Two stems are one word when equal, or when they begin alike for six
// letters or more ("propagat-ing" and "propagand-a", which the suffixes
// above do not join).
bool same_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  return common >= 6;
}

std::size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t n = 0;
  for (const auto& w : a)
    n += std::any_of(b.begin(), b.end(), [&](const std::string& x) { return same_word(w, x); }) ? 1 : 0;
  return n;
}

// A mention names the catalogue's offence when they share two content
// words, or every word of the shorter when it has one ("slander"): one
// shared word is not enough, "financing a criminal group" is not
// "financing of extremism or terrorism".
bool names_offence(const std::set<std::string>& mention, const std::set<std::string>& catalogue) {
  std::size_t needed = std::min<std::size_t>({2, mention.size(), catalogue.size()});
  return needed > 0 && shared(mention, catalogue) >= needed;
}

std::string describe(const model::Provision& p) {
  std::string out = fmt::format("article {}", p.article);
  if (!p.part.empty()) out += fmt::format(" part {}", p.part);
  return out + fmt::format(" of the {} code ({})", p.code, p.id);
}

struct Mention {
  const model::Inline* node;
  std::set<std::string> words;
};

}  // namespace

void check_provisions(const CheckContext& ctx, Reporter& out) {
  if (!out.enabled("provision-offence-mismatch")) return;
  const auto& provisions = ctx.corpus.provisions;
  std::vector<std::set<std::string>> catalogue;
  catalogue.reserve(provisions.size());
  for (const auto& p : provisions) catalogue.push_back(content_words(p.offence));

  // The catalogue itself: two records for one code and article must agree.
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> by_article;
  for (std::size_t i = 0; i < provisions.size(); ++i) {
    const auto& p = provisions[i];
    auto [it, inserted] = by_article.emplace(std::tuple{p.code, p.article, p.part}, i);
    if (inserted || shared(catalogue[i], catalogue[it->second]) > 0) continue;
    const auto& first = provisions[it->second];
    auto& d = out.report("provision-offence-mismatch", p.location,
                         fmt::format("{} is recorded as '{}' here but as '{}' in '{}'", describe(p), p.offence,
                                     first.offence, first.id),
                         "one article has one offence: keep one record");
    d.notes.push_back({first.location, fmt::format("'{}' is recorded here", first.id)});
  }

  // Every <law offence="…"> mention against the catalogue.
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < provisions.size(); ++i) index.emplace(provisions[i].id, i);
  std::unordered_map<std::string, std::vector<Mention>> mentions;
  for_each_corpus_inline(ctx, [&](const model::Inline& n) {
    if (n.kind == model::InlineKind::Law && !n.offence.empty() && index.count(n.target))
      mentions[n.target].push_back({&n, content_words(n.offence)});
  });
  // Stable order of reports: by provision, in catalogue order.
  for (std::size_t i = 0; i < provisions.size(); ++i) {
    auto it = mentions.find(provisions[i].id);
    if (it == mentions.end()) continue;
    const auto& p = provisions[i];
    const Mention* agreeing = nullptr;
    for (const auto& m : it->second)
      if (names_offence(m.words, catalogue[i])) {
        agreeing = &m;
        break;
      }
    for (const auto& m : it->second) {
      if (names_offence(m.words, catalogue[i])) continue;
      // Which provision's offence is this? The one sharing the most words.
      std::size_t best = provisions.size(), best_shared = 0;
      for (std::size_t j = 0; j < provisions.size(); ++j) {
        auto n = shared(m.words, catalogue[j]);
        if (n > best_shared) {
          best_shared = n;
          best = j;
        }
      }
      std::string hint = "correct the article or the offence named in the text";
      if (best < provisions.size())
        hint = fmt::format("'{}' is the offence of {}: did you mean ref=\"{}\"?", m.node->offence,
                           describe(provisions[best]), provisions[best].id);
      auto& d = out.report("provision-offence-mismatch", m.node->location,
                           fmt::format("{} is named for '{}' here, but its offence is '{}'", describe(p),
                                       m.node->offence, p.offence),
                           hint);
      d.notes.push_back({p.location, fmt::format("the catalogue records '{}' here", p.id)});
      if (agreeing)
        d.notes.push_back({agreeing->node->location,
                           fmt::format("elsewhere the text names it for '{}'", agreeing->node->offence)});
    }
  }
}

}  // namespace briefc::check
