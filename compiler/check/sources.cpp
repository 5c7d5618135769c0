// Source records: never cited, recorded twice, malformed URL, unknown
// language, dated after the document that cites them. (An impossible date,
// 30 February or the year 1066, is already refused by the reader.)
#include "check/families.hpp"
#include "check/url.hpp"

#include <fmt/format.h>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace briefc::check {

namespace {

// ISO 639-1: the two-letter language subtags of BCP 47.
constexpr std::string_view iso639_1 =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee "
    "el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it "
    "iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my "
    "na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn "
    "so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

bool known_language(const std::string& tag) {
  std::string primary = tag.substr(0, tag.find('-'));
  if (primary.size() == 3) return true;  // ISO 639-2/3: too many to list; the reader checked the shape
  if (primary.size() != 2) return false;
  for (std::size_t i = 0; i + 1 < iso639_1.size(); i += 3)
    if (iso639_1.substr(i, 2) == primary) return true;
  return false;
}

void check_unused(const CheckContext& ctx, Reporter& out) {
  if (!out.enabled("source-unused")) return;
  std::unordered_set<std::string_view> used;
  for_each_corpus_inline(ctx, [&](const model::Inline& n) {
    if (n.kind == model::InlineKind::Cite)
      for (const auto& id : n.ids) used.insert(id);
  });
  for (const auto& c : ctx.corpus.cases)
    for (const auto& e : c.events)
      for (const auto& id : e.sources) used.insert(id);
  for (const auto& p : ctx.corpus.provisions)
    if (!p.source.empty()) used.insert(p.source);
  for (const auto& s : ctx.corpus.sources)
    if (!used.count(s.id))
      out.report("source-unused", s.location, fmt::format("source '{}' is never cited", s.id),
                 "cite it with <cite src=\"" + s.id + "\"/>, name it in an event's sources, or remove the record");
}

void check_duplicates(const CheckContext& ctx, Reporter& out) {
  if (!out.enabled("source-duplicate")) return;
  std::unordered_map<std::string, const model::Source*> by_url;
  std::unordered_map<std::string, const model::Source*> by_title;
  by_url.reserve(ctx.corpus.sources.size());
  for (const auto& s : ctx.corpus.sources) {
    if (!s.url.empty()) {
      auto [it, inserted] = by_url.emplace(normalise_url(s.url), &s);
      if (!inserted) {
        const model::Source& first = *it->second;
        bool same_text = first.url == s.url;
        // Two places in one long page ("#pos=2311", "#pos=2550") are one
        // source cited twice; say so, as the fix may be a check-ignore.
        auto fragment = [](const std::string& u) {
          auto hash = u.find('#');
          return hash == std::string::npos ? std::string{} : u.substr(hash);
        };
        bool only_fragment = !same_text && fragment(s.url) != fragment(first.url) &&
                             s.url.substr(0, s.url.find('#')) == first.url.substr(0, first.url.find('#'));
        std::string message =
            same_text       ? fmt::format("source '{}' has the same URL as '{}'", s.id, first.id)
            : only_fragment ? fmt::format("source '{}' has the same URL as '{}' but for the fragment ('{}', '{}')",
                                          s.id, first.id, fragment(s.url), fragment(first.url))
                            : fmt::format("source '{}' has the same URL as '{}' once normalised", s.id, first.id);
        auto& d = out.report("source-duplicate", s.location, message,
                             fmt::format("cite '{}' and remove this record", first.id));
        d.notes.push_back({first.location, same_text ? fmt::format("'{}' is recorded here", first.id)
                                                     : fmt::format("'{}' is recorded here as {}", first.id, first.url)});
        continue;
      }
    }
    if (!s.title.empty() && !s.publisher.empty() && s.date) {
      auto [it, inserted] = by_title.emplace(s.title + '\x1f' + s.publisher + '\x1f' + s.date->iso(), &s);
      if (!inserted) {
        const model::Source& first = *it->second;
        auto& d = out.report("source-duplicate", s.location,
                             fmt::format("source '{}' has the same title, publisher and date as '{}'", s.id, first.id),
                             fmt::format("cite '{}' and remove this record, unless they are different items",
                                         first.id));
        d.notes.push_back({first.location, fmt::format("'{}' is recorded here", first.id)});
      }
    }
  }
}

void check_fields(const CheckContext& ctx, Reporter& out) {
  for (const auto& s : ctx.corpus.sources) {
    if (!s.url.empty())
      if (auto problem = url_problem(s.url); !problem.empty())
        out.report("source-url-malformed", s.location,
                   fmt::format("the URL of source '{}' is malformed: {}", s.id, problem),
                   "write the address exactly as a browser shows it, unescaped");
    if (!s.lang.empty() && !known_language(s.lang))
      out.report("source-lang-invalid", s.location,
                 fmt::format("source '{}' has the language tag '{}', which names no ISO 639 language", s.id, s.lang),
                 "use a tag such as en, ru, kk or en-GB");
  }
}

void check_dates_against_documents(const CheckContext& ctx, Reporter& out) {
  if (!out.enabled("source-date-future")) return;
  for (std::size_t i = 0; i < ctx.documents.size(); ++i) {
    const auto& doc = *ctx.documents[i].document;
    if (!doc.date) continue;
    for (const auto& cite : ctx.facts[i].cites) {
      const auto* s = ctx.corpus.source(cite.source);
      if (!s || !s->date || s->date->first_day_key() <= doc.date->last_day_key()) continue;
      auto& d = out.report("source-date-future", s->location,
                           fmt::format("source '{}' is dated {}, after the document '{}' ({}) that cites it", s->id,
                                       s->date->iso(), doc.id, doc.date->iso()),
                           "check the source's date and the document's date");
      d.notes.push_back({cite.location, fmt::format("'{}' cites it here", doc.id)});
    }
  }
}

}  // namespace

void check_sources(const CheckContext& ctx, Reporter& out) {
  check_unused(ctx, out);
  check_duplicates(ctx, out);
  check_fields(ctx, out);
  check_dates_against_documents(ctx, out);
  check_source_sites(ctx, out);
}

}  // namespace briefc::check
