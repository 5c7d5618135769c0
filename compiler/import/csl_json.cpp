#include "import/csl_json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace briefc::import {

namespace {

using nlohmann::json;

std::string text_of(const json& item, const char* field) {
  auto it = item.find(field);
  if (it == item.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

// issued: {"date-parts": [[2020, 4, 17]]} or {"raw": "2020-04-17"}.
std::string date_of(const json& item) {
  auto issued = item.find("issued");
  if (issued == item.end() || !issued->is_object()) return {};
  auto parts = issued->find("date-parts");
  if (parts != issued->end() && parts->is_array() && !parts->empty() && (*parts)[0].is_array()) {
    std::string date;
    const auto& first = (*parts)[0];
    for (std::size_t i = 0; i < first.size() && i < 3; ++i) {
      long long v = first[i].is_number_integer() ? first[i].get<long long>()
                    : first[i].is_string()       ? std::atoll(first[i].get<std::string>().c_str())
                                                 : 0;
      if (v <= 0) break;
      date += i == 0 ? fmt::format("{:04}", v) : fmt::format("-{:02}", v);
    }
    return date;
  }
  std::string raw = text_of(*issued, "raw");
  bool iso = raw.size() >= 4 && std::isdigit(static_cast<unsigned char>(raw[0]));
  return iso ? raw.substr(0, std::min<std::size_t>(raw.size(), 10)) : std::string();
}

std::string kind_of(const std::string& type) {
  if (type == "article-newspaper" || type == "article-magazine" || type == "webpage" || type == "post-weblog" ||
      type == "broadcast" || type == "interview")
    return "media";
  if (type == "post") return "social-media";
  if (type == "report") return "ngo-report";
  if (type == "legislation" || type == "legal_case" || type == "regulation") return "legal-text";
  return "other";
}

}  // namespace

ImportResult read_csl_json(std::string_view text) {
  ImportResult result;
  json items = json::parse(text, nullptr, false);
  if (items.is_discarded()) {
    result.error = "not valid JSON";
    return result;
  }
  if (items.is_object()) items = json::array({items});  // one item exported alone
  if (!items.is_array()) {
    result.error = "CSL-JSON is an array of items";
    return result;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const json& item = items[i];
    if (!item.is_object()) {
      result.problems.push_back(fmt::format("item {}: not an object; skipped", i + 1));
      continue;
    }
    ImportedSource s;
    s.key = text_of(item, "id");
    s.where = s.key.empty() ? fmt::format("item {}", i + 1) : fmt::format("item {} ('{}')", i + 1, s.key);
    if (s.key.empty()) s.key = fmt::format("item-{}", i + 1);
    s.url = text_of(item, "URL");
    s.title = text_of(item, "title");
    s.publisher = text_of(item, "container-title");
    if (s.publisher.empty()) s.publisher = text_of(item, "publisher");
    s.date = date_of(item);
    s.lang = language_tag(text_of(item, "language"));
    s.kind = kind_of(text_of(item, "type"));
    result.sources.push_back(std::move(s));
  }
  return result;
}

}  // namespace briefc::import
