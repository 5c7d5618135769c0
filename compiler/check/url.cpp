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

std::string normalise_url(std::string_view raw) {
  std::string url = drop_markdown_escapes(raw);
  // Trim surrounding whitespace.
  while (!url.empty() && (url.back() == ' ' || url.back() == '\n')) url.pop_back();
  while (!url.empty() && (url.front() == ' ' || url.front() == '\n')) url.erase(url.begin());
  if (auto hash = url.find('#'); hash != std::string::npos) url.erase(hash);

  std::string scheme;
  std::string rest = url;
  if (auto sep = url.find("://"); sep != std::string::npos) {
    scheme = lower(url.substr(0, sep));
    rest = url.substr(sep + 3);
  }
  if (scheme == "http") scheme = "https";

  std::size_t host_end = rest.find_first_of("/?");
  std::string host = lower(rest.substr(0, host_end));
  std::string tail = host_end == std::string::npos ? std::string{} : rest.substr(host_end);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  if (host.size() > 3 && host.compare(host.size() - 3, 3, ":80") == 0) host.resize(host.size() - 3);
  if (host.size() > 4 && host.compare(host.size() - 4, 4, ":443") == 0) host.resize(host.size() - 4);

  std::string path = tail, query;
  if (auto q = tail.find('?'); q != std::string::npos) {
    path = tail.substr(0, q);
    query = tail.substr(q + 1);
  }
  path = text::percent_decode(path);
  while (!path.empty() && path.back() == '/') path.pop_back();

  std::string kept;
  std::size_t pos = 0;
  while (pos <= query.size() && !query.empty()) {
    auto amp = query.find('&', pos);
    if (amp == std::string::npos) amp = query.size();
    std::string param = query.substr(pos, amp - pos);
    std::string name = param.substr(0, param.find('='));
    if (!param.empty() && !is_tracking_parameter(name)) {
      if (!kept.empty()) kept += '&';
      kept += text::percent_decode(param);
    }
    pos = amp + 1;
  }
  std::string key = scheme + "://" + host + path;
  if (!kept.empty()) key += "?" + kept;
  return key;
}

std::string url_problem(std::string_view url) {
  if (url.find("\\_") != std::string_view::npos || url.find("\\[") != std::string_view::npos ||
      url.find("\\]") != std::string_view::npos)
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

}  // namespace briefc::check
