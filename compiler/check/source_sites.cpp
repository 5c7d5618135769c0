// source-publisher-domain: a source whose URL is on another publisher's site.
// The project itself says which site is whose: a site that carries three or
// more sources, at least four in five of them by one publisher, belongs to
// that publisher. A source on it that names another publisher, one the
// project knows from a site of its own, has had its URL or its publisher
// changed by mistake (a link pasted into the wrong record, a publisher copied
// from the record above). A publisher named as a site ("Vlast.kz") is held to
// that site. Hosts that carry everyone (social networks, video and blog
// platforms, archives) belong to no publisher.
#include "check/families.hpp"
#include "check/url.hpp"
#include "text/case_map.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace briefc::check {

namespace {

constexpr std::string_view rule = "source-publisher-domain";

// Sites whose pages are written by many publishers.
bool shared_host(std::string_view site) {
  for (std::string_view s : {"facebook.com", "fb.com", "t.me", "telegram.org", "telegram.me", "youtube.com",
                             "youtu.be", "twitter.com", "x.com", "instagram.com", "vk.com", "ok.ru", "tiktok.com",
                             "wordpress.com", "blogspot.com", "medium.com", "livejournal.com", "google.com",
                             "archive.org", "archive.ph", "archive.today", "telegra.ph", "linkedin.com",
                             "change.org", "substack.com", "dropbox.com", "scribd.com", "issuu.com"})
    if (site == s) return true;
  return false;
}

// A publisher's name for comparison: ASCII letters and digits lower-cased,
// other bytes (Cyrillic) kept, the rest dropped ("Vlast.kz" → "vlastkz").
std::string publisher_key(std::string_view publisher) {
  std::string key;
  for (char c : text::lower_latin_cyrillic(publisher)) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) key += c;
  }
  return key;
}

// The site a publisher's name is, when it is written as one ("Vlast.kz",
// "CABAR.asia"): one word with a dot and a top-level label of letters.
std::string site_named(std::string_view publisher) {
  if (publisher.find(' ') != std::string_view::npos || publisher.find('/') != std::string_view::npos) return {};
  auto dot = publisher.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  auto tld = publisher.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return {};
  for (char c : tld)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return {};
  return site_of(fmt::format("https://{}/", publisher));
}

struct SiteUse {
  std::map<std::string, std::vector<const model::Source*>> by_publisher;  // publisher key → its sources here
  std::size_t total = 0;
};

}  // namespace

void check_source_sites(const CheckContext& ctx, Reporter& out) {
  if (!out.enabled(rule)) return;
  std::map<std::string, SiteUse> sites;
  std::map<std::string, std::set<std::string>> sites_of_publisher;
  struct Entry {
    const model::Source* source;
    std::string site, publisher;
  };
  std::vector<Entry> entries;
  for (const auto& s : ctx.corpus.sources) {
    if (s.url.empty() || s.publisher.empty()) continue;
    std::string site = site_of(s.url), publisher = publisher_key(s.publisher);
    if (site.empty() || publisher.empty()) continue;
    auto& use = sites[site];
    use.by_publisher[publisher].push_back(&s);
    ++use.total;
    sites_of_publisher[publisher].insert(site);
    entries.push_back({&s, std::move(site), std::move(publisher)});
  }
  for (const auto& entry : entries) {
    // Named copies of the fields: a lambda below uses them (clang 14 cannot
    // capture a structured binding).
    const model::Source* s = entry.source;
    const std::string& site = entry.site;
    const std::string& publisher = entry.publisher;
    if (std::string named = site_named(s->publisher); !named.empty()) {
      if (named != site)
        out.report(rule, s->location,
                   fmt::format("source '{}' names the publisher '{}', but its URL is on {}", s->id, s->publisher, site),
                   "correct the URL, or the publisher if the page is another's");
      continue;
    }
    if (shared_host(site)) continue;
    const auto& use = sites.at(site);
    // The publisher the site belongs to, if one.
    const std::string* owner = nullptr;
    std::size_t owned = 0;
    for (const auto& [p, list] : use.by_publisher)
      if (list.size() > owned) owner = &p, owned = list.size();
    if (!owner || *owner == publisher || owned < 3 || owned * 5 < use.total * 4) continue;
    if (owner->find(publisher) != std::string::npos || publisher.find(*owner) != std::string::npos) continue;
    // Only a publisher the project knows from a site of its own.
    const auto& own_sites = sites_of_publisher.at(publisher);
    bool known_elsewhere = std::any_of(own_sites.begin(), own_sites.end(),
                                       [&](const std::string& other) { return other != site; });
    if (!known_elsewhere) continue;
    const model::Source& example = *use.by_publisher.at(*owner).front();
    auto& d = out.report(rule, s->location,
                         fmt::format("source '{}' names the publisher '{}', but its URL is on {}, where the "
                                     "project's {} other sources are published by '{}'",
                                     s->id, s->publisher, site, owned, example.publisher),
                         "correct the URL, or the publisher if the page is another's");
    d.notes.push_back({example.location, fmt::format("'{}' is on {} here", example.publisher, site)});
  }
}


}  // namespace briefc::check
