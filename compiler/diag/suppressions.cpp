#include "diag/suppressions.hpp"

namespace briefc::diag {

const Suppression* Suppressions::find(std::string_view rule, SourceLocation location) const {
  // Linear: a corpus carries a handful of marks, and a finding is looked up
  // once. (Were there thousands, index by file and offset.)
  for (const auto& s : list_) {
    if (s.rule != rule || s.where.file != location.file) continue;
    if (location.offset < s.tag_begin || location.offset > s.tag_end) continue;
    s.used = true;
    return &s;
  }
  return nullptr;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

bool parse_check_ignore(std::string_view value, std::vector<std::string>& rules, std::string& reason,
                        std::string& error) {
  rules.clear();
  auto colon = value.find(':');
  if (colon == std::string_view::npos) {
    error = "check-ignore needs a rule and a reason";
    return false;
  }
  std::string_view ids = value.substr(0, colon);
  reason = std::string(trim(value.substr(colon + 1)));
  std::string current;
  for (char c : ids) {
    if (is_space(c) || c == ',') {
      if (!current.empty()) rules.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) rules.push_back(std::move(current));
  if (rules.empty()) {
    error = "check-ignore names no rule";
    return false;
  }
  if (reason.empty()) {
    error = "check-ignore needs a reason after the colon";
    return false;
  }
  return true;
}

}  // namespace briefc::diag
