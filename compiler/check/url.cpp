#include "check/url.hpp"

#include "text/percent_encoding.hpp"

#include <vector>

namespace briefc::check {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void append_lower(std::string& out, std::string_view s) {
  for (char c : s) out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string drop_markdown_escapes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char next = s[i + 1];
      if (next == '_' || next == '[' || next == ']' || next == '(' || next == ')' || next == '*' || next == '#' ||
          next == '~') {
        out += next;
        ++i;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

bool is_tracking_parameter(std::string_view name) {
  std::string n = lower(name);
  return n.rfind("utm_", 0) == 0 || n == "fbclid" || n == "gclid" || n == "yclid" || n == "igshid" ||
         n == "mc_cid" || n == "mc_eid";
}

}  // namespace

// The key is built in one string, piece by piece, with views into the URL
// for everything else: every source of a large corpus passes through here.
std::string normalise_url(std::string_view raw) {
  std::string unescaped;  // only a URL with backslashes needs a copy of its own
  std::string_view url = raw;
  if (raw.find('\\') != std::string_view::npos) url = unescaped = drop_markdown_escapes(raw);
  // Trim surrounding whitespace.
  while (!url.empty() && (url.back() == ' ' || url.back() == '\n')) url.remove_suffix(1);
  while (!url.empty() && (url.front() == ' ' || url.front() == '\n')) url.remove_prefix(1);
  // A fragment is a place in the page, set aside ("#section"); but one that
  // carries parameters ("#pos=2311;-54", "#/article?id=5") is how a page of
  // a whole legal code addresses one article, and two of them are two sources.
  std::string_view deep_fragment;
  if (auto hash = url.find('#'); hash != std::string_view::npos) {
    if (url.find('=', hash) != std::string_view::npos) deep_fragment = url.substr(hash);
    url = url.substr(0, hash);
  }

  std::string key;
  key.reserve(url.size() + 1);
  std::string_view rest = url;
  if (auto sep = url.find("://"); sep != std::string_view::npos) {
    append_lower(key, url.substr(0, sep));
    if (key == "http") key = "https";
    rest = url.substr(sep + 3);
  }
  key += "://";

  std::size_t host_end = rest.find_first_of("/?");
  std::size_t host_start = key.size();
  append_lower(key, rest.substr(0, host_end));
  auto host = [&] { return std::string_view(key).substr(host_start); };
  if (host().starts_with("www.")) key.erase(host_start, 4);
  // The mobile and AMP editions of a site serve the same article.
  for (std::string_view edition : {"m.", "mobile.", "amp."})
    if (host().starts_with(edition) && host().find('.', edition.size()) != std::string_view::npos)
      key.erase(host_start, edition.size());
  if (host().size() > 3 && host().ends_with(":80")) key.resize(key.size() - 3);
  if (host().size() > 4 && host().ends_with(":443")) key.resize(key.size() - 4);

  std::string_view tail = host_end == std::string_view::npos ? std::string_view{} : rest.substr(host_end);
  std::string_view path = tail, query;
  if (auto q = tail.find('?'); q != std::string_view::npos) {
    path = tail.substr(0, q);
    query = tail.substr(q + 1);
  }
  std::size_t path_start = key.size();
  text::append_percent_decoded(key, path);
  while (key.size() > path_start && key.back() == '/') key.pop_back();
  // ".../article/amp": the AMP copy of ".../article".
  if (key.size() > path_start + 4 && std::string_view(key).substr(key.size() - 4) == "/amp") key.resize(key.size() - 4);
  while (key.size() > path_start && key.back() == '/') key.pop_back();

  std::size_t query_start = key.size();
  key += '?';
  std::size_t pos = 0;
  while (pos <= query.size() && !query.empty()) {
    auto amp = query.find('&', pos);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view param = query.substr(pos, amp - pos);
    std::string_view name = param.substr(0, param.find('='));
    if (!param.empty() && !is_tracking_parameter(name)) {
      if (key.size() > query_start + 1) key += '&';
      text::append_percent_decoded(key, param);
    }
    pos = amp + 1;
  }
  if (key.size() == query_start + 1) key.pop_back();  // no parameter kept: no '?'
  key += deep_fragment;
  return key;
}

std::string url_problem(std::string_view url) {
  bool has_backslash = url.find('\\') != std::string_view::npos;  // most URLs have none: one scan, not three
  if (has_backslash && (url.find("\\_") != std::string_view::npos || url.find("\\[") != std::string_view::npos ||
                        url.find("\\]") != std::string_view::npos))
    return "it keeps the backslash escapes of a Markdown copy ('\\_')";
  for (char c : url)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return "it contains whitespace";
  auto sep = url.find("://");
  if (sep == std::string_view::npos) return "it has no scheme (write https://…)";
  std::string scheme = lower(url.substr(0, sep));
  if (scheme != "http" && scheme != "https") return "its scheme '" + scheme + "' is not http or https";
  std::string_view rest = url.substr(sep + 3);
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (auto at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (auto colon = host.rfind(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  if (host.empty()) return "it has no host";
  if (host.find('.') == std::string_view::npos && host != "localhost") return "its host '" + std::string(host) + "' has no domain";
  if (host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos)
    return "its host '" + std::string(host) + "' is malformed";
  for (char c : host) {
    auto u = static_cast<unsigned char>(c);
    bool ok = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '.';
    if (!ok) return "its host '" + std::string(host) + "' holds the character '" + std::string(1, c) + "'";
  }
  return {};
}

std::string site_of(std::string_view url) {
  auto sep = url.find("://");
  if (sep == std::string_view::npos) return {};
  std::string_view rest = url.substr(sep + 3);
  std::string host;
  append_lower(host, rest.substr(0, rest.find_first_of("/?#")));
  if (auto at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);  // user@host
  if (auto colon = host.find(':'); colon != std::string::npos) host.resize(colon);
  while (!host.empty() && host.back() == '.') host.pop_back();
  std::vector<std::string_view> labels;
  for (std::size_t start = 0; start <= host.size();) {
    auto dot = host.find('.', start);
    if (dot == std::string::npos) dot = host.size();
    labels.push_back(std::string_view(host).substr(start, dot - start));
    start = dot + 1;
  }
  if (labels.size() < 2 || labels.back().empty()) return host;
  std::size_t keep = 2;
  const std::string_view second = labels[labels.size() - 2];
  if (labels.size() >= 3 && labels.back().size() == 2 &&
      (second == "co" || second == "com" || second == "org" || second == "net" || second == "gov" ||
       second == "ac" || second == "edu"))
    keep = 3;
  std::string site;
  for (std::size_t i = labels.size() - keep; i < labels.size(); ++i) {
    if (!site.empty()) site += '.';
    site += labels[i];
  }
  return site;
}

}  // namespace briefc::check
