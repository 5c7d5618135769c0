#include "cli/withholding.hpp"

#include <algorithm>

namespace briefc::cli {

namespace {

constexpr std::string_view withheld = "[withheld]";

// A replacement goes into text, JSON and SARIF alike: no quote or backslash
// that would end or escape a JSON string.
std::string safe(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) out += c;
  return out;
}

// A whole name or field is replaced by its public wording, in brackets so a
// reader sees the substitution; a part of one (a family name alone, the
// given name in an XML attribute beside it) or anything else by "[withheld]".
std::string replacement(const leak::ConfidentialValue& v) {
  bool whole = v.what == "field" || (v.kind == leak::ValueKind::Name && v.text.find(' ') != std::string::npos);
  if (!whole || v.public_as.empty()) return std::string(withheld);
  std::string shown(1, '[');
  shown += safe(v.public_as);
  shown += ']';
  return shown;
}

// An address is found without its scheme and "www."; it is withheld with them.
std::size_t with_scheme(std::string_view text, std::size_t begin) {
  std::size_t b = begin;
  if (b >= 4 && text.substr(b - 4, 4) == "www.") b -= 4;
  if (b >= 3 && text.substr(b - 3, 3) == "://") {
    b -= 3;
    while (b > 0 && ((text[b - 1] | 0x20) >= 'a' && (text[b - 1] | 0x20) <= 'z')) --b;
    return b;
  }
  return b == begin - 4 ? b : begin;
}

}  // namespace

Withholding::Withholding(std::vector<leak::ConfidentialValue> values, const std::vector<std::string>& public_texts)
    : values_(std::move(values)), public_texts_(public_texts) {
  scanner_.emplace(values_, fold_, public_texts_, true);
}

std::string Withholding::apply(std::string_view text) {
  auto findings = scanner_->scan(text, {false, true});
  if (findings.empty()) return std::string(text);
  // The widest of findings that start together; later ones inside it are gone with it.
  std::stable_sort(findings.begin(), findings.end(), [](const leak::Finding& a, const leak::Finding& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::string out;
  std::size_t at = 0;
  for (auto f : findings) {
    if (values_[f.value].kind == leak::ValueKind::Address) f.begin = with_scheme(text, f.begin);
    if (f.begin < at) continue;
    out.append(text.substr(at, f.begin - at));
    out += replacement(values_[f.value]);
    at = f.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace briefc::cli
