#include "read/element_reader.hpp"

#include "text/percent_encoding.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <fmt/format.h>

namespace briefc::read {

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

bool contains(Names names, const char* name) {
  // Comparing first letters first: elements have up to sixteen allowed
  // attributes, and a strcmp call for each showed in profiles.
  return std::any_of(names.begin(), names.end(),
                     [&](const char* n) { return n[0] == name[0] && std::strcmp(n, name) == 0; });
}

std::string join(Names names) {
  std::string out;
  for (const char* n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool only_whitespace(const char* s) {
  for (; *s; ++s)
    if (!is_xml_space(*s)) return false;
  return true;
}

}  // namespace

std::vector<std::string> closest_names(const std::string& name, Names candidates) {
  return closest_names(name, std::vector<std::string>(candidates.begin(), candidates.end()));
}

std::vector<std::string> closest_names(const std::string& name, const std::vector<std::string>& candidates) {
  const std::size_t limit = name.size() <= 3 ? 1 : name.size() <= 6 ? 2 : 3;
  std::vector<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    auto d = edit_distance(name, candidate);
    if (d > limit || d >= name.size() || d >= candidate.size()) continue;
    if (d < best_distance) {
      best_distance = d;
      best.clear();
    }
    if (d == best_distance) best.push_back(candidate);
  }
  return best;
}

std::string did_you_mean(const std::string& name, Names candidates, std::string_view form) {
  return did_you_mean(name, std::vector<std::string>(candidates.begin(), candidates.end()), form);
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates, std::string_view form) {
  auto names = closest_names(name, candidates);
  if (names.empty()) return {};
  std::string out = "did you mean ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += fmt::format(fmt::runtime(form), names[i]);
  }
  return out + "?";
}

std::string collapse_whitespace(std::string_view text) {
  // Most attribute values and text runs have nothing to collapse: find the
  // first place that has, testing each byte once (every byte above the space
  // is kept as it is), and copy everything before it as it stands.
  std::size_t first_change = 0;
  for (; first_change < text.size(); ++first_change) {
    char c = text[first_change];
    if (static_cast<unsigned char>(c) > ' ') continue;
    if (c == '\t' || c == '\n' || c == '\r') break;
    if (c == ' ' && first_change + 1 < text.size() && text[first_change + 1] == ' ') break;
  }
  if (first_change == text.size()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  out.append(text, 0, first_change);
  bool in_space = first_change > 0 && text[first_change - 1] == ' ';
  for (char c : text.substr(first_change)) {
    if (is_xml_space(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  return out;
}

bool ElementReader::check_attributes(const pugi::xml_node& node, Names allowed, Names required) const {
  bool ok = true;
  std::vector<std::string> guessed;  // a misspelt required attribute is one mistake, reported once
  // Which required attributes are present, noted in the one pass over the
  // attributes rather than looked up again by name afterwards.
  std::uint64_t present = 0;  // bit i: required[i] (no element requires more than a few)
  for (auto a : node.attributes()) {
    const char* name = a.name();
    for (std::size_t i = 0; i < required.size(); ++i)
      if (required.begin()[i][0] == name[0] && std::strcmp(required.begin()[i], name) == 0)
        present |= std::uint64_t{1} << i;
    std::string_view name_view = name;
    if (name_view.starts_with("xmlns") || name_view.starts_with("xsi:")) continue;
    if (name_view == "check-ignore") {
      record_check_ignore(node, a.value());
      continue;
    }
    if (contains(allowed, name)) continue;
    std::string hint = did_you_mean(name, allowed);
    for (auto& guess : closest_names(name, allowed)) guessed.push_back(std::move(guess));
    if (hint.empty())
      hint = allowed.size() > 0 ? fmt::format("<{}> takes: {}", node.name(), join(allowed))
                                : fmt::format("<{}> takes no attributes", node.name());
    diags_.error(at(node, a), fmt::format("unknown attribute '{}' on <{}>", name, node.name()), hint);
    ok = false;
  }
  for (std::size_t i = 0; i < required.size(); ++i) {
    const char* r = required.begin()[i];
    if (present >> i & 1) continue;
    ok = false;
    if (std::find(guessed.begin(), guessed.end(), r) != guessed.end()) continue;
    diags_.error(at(node), fmt::format("<{}> is missing the required attribute '{}'", node.name(), r),
                 fmt::format("add {}=\"…\" to the <{}>", r, node.name()));
  }
  return ok;
}

void ElementReader::record_check_ignore(const pugi::xml_node& node, const char* value) const {
  // Any element that can be located may carry the mark, so it is accepted
  // here, where every element's attributes pass, rather than in each reader.
  std::vector<std::string> rules;
  std::string reason, error;
  auto where = at(node, "check-ignore");
  if (!diag::parse_check_ignore(value, rules, reason, error)) {
    diags_.error(where, error, "write check-ignore=\"rule-id: why this finding is accepted\"");
    return;
  }
  auto begin = at(node).offset;
  std::string_view text = sources_.text(file_.file);
  auto end = text.find('>', begin);
  if (end == std::string_view::npos) end = text.size();
  for (auto& rule : rules)
    diags_.suppressions().add({std::move(rule), reason, where, begin, static_cast<std::uint32_t>(end)});
}

bool ElementReader::check_children(const pugi::xml_node& node, Names allowed) const {
  bool ok = true;
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!only_whitespace(child.value())) {
        diags_.error(at(child), fmt::format("text is not allowed directly inside <{}>", node.name()),
                     allowed.size() ? fmt::format("put it inside one of: {}", join(allowed)) : std::string{});
        ok = false;
      }
      continue;
    }
    if (child.type() != pugi::node_element) continue;  // comments, processing instructions
    if (contains(allowed, child.name())) continue;
    std::string hint = did_you_mean(child.name(), allowed, "<{}>");
    if (hint.empty() && allowed.size() > 0)
      hint = fmt::format("<{}> may contain: {}", node.name(), join(allowed));
    diags_.error(at(child), fmt::format("unknown element <{}> inside <{}>", child.name(), node.name()), hint);
    ok = false;
  }
  return ok;
}

bool ElementReader::check_text_only(const pugi::xml_node& node) const {
  bool ok = true;
  for (auto child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    diags_.error(at(child), fmt::format("<{}> holds plain text only, not <{}>", node.name(), child.name()));
    ok = false;
  }
  return ok;
}

diag::SourceLocation ElementReader::at(const pugi::xml_node& node, const char* attribute, std::size_t in_value) const {
  auto start = at(node, attribute);
  std::string_view value = node.attribute(attribute).value();
  std::string_view raw = sources_.text(start.file).substr(start.offset);
  if (in_value > value.size() || raw.substr(0, in_value) != value.substr(0, in_value)) return start;
  return {start.file, start.offset + static_cast<std::uint32_t>(in_value)};
}

bool ElementReader::check_order(const pugi::xml_node& node, std::initializer_list<Names> groups,
                                std::string_view order) const {
  int reached = -1;
  const char* reached_name = "";
  for (auto child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    int group = 0, found = -1;
    for (const auto& names : groups) {
      if (contains(names, child.name())) found = group;
      ++group;
    }
    if (found < 0) continue;
    if (found < reached) {
      diags_
          .error(at(child), fmt::format("<{}> is out of order in <{}>: it must come before <{}>", child.name(),
                                        node.name(), reached_name),
                 fmt::format("the schema's order in <{}> is {}", node.name(), order))
          .rule = "element-order";
      return false;
    }
    if (found > reached) {
      reached = found;
      reached_name = child.name();
    }
  }
  return true;
}

std::string ElementReader::uri_attr(const pugi::xml_node& node, const char* name) const {
  std::string value = node.attribute(name).value();
  if (auto length = text::encoded_uri_length(value); length > text::max_pdf_string_bytes)
    diags_
        .error(at(node, name),
               fmt::format("'{}' is {} bytes long once percent-encoded; a PDF link holds at most {} bytes", name, length,
                           text::max_pdf_string_bytes),
               "link to a shorter address (a permalink or the page that holds the document)")
        .rule = "pdf-limit";
  return value;
}

std::string ElementReader::text_attr(const pugi::xml_node& node, const char* name) const {
  return collapse_whitespace(node.attribute(name).value());
}

std::string ElementReader::enum_attr(const pugi::xml_node& node, const char* name, Names values) const {
  auto attr = node.attribute(name);
  if (!attr) return {};
  std::string value = attr.value();
  if (contains(values, value.c_str())) return value;
  std::string hint = fmt::format("expected one of: {}", join(values));
  if (auto guess = did_you_mean(value, values); !guess.empty()) hint = guess;
  diags_.error(at(node, name), fmt::format("'{}' is not a valid value for '{}' on <{}>", value, name, node.name()),
               hint);
  return {};
}

std::vector<std::string> ElementReader::list_attr(const pugi::xml_node& node, const char* name) const {
  // The items are the runs between XML whitespace: the same as collapsing
  // the value and splitting it at spaces, without the collapsed copy. Counted
  // first, so the vector is allocated once.
  std::string_view value = node.attribute(name).value();
  auto next_item = [&](std::size_t from, std::size_t& end) {
    while (from < value.size() && is_xml_space(value[from])) ++from;
    end = from;
    while (end < value.size() && !is_xml_space(value[end])) ++end;
    return from;
  };
  std::size_t count = 0, end = 0;
  for (std::size_t begin = next_item(0, end); begin < value.size(); begin = next_item(end, end)) ++count;
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t begin = next_item(0, end); begin < value.size(); begin = next_item(end, end))
    out.emplace_back(value.substr(begin, end - begin));
  return out;
}

std::vector<std::string> ElementReader::enum_list_attr(const pugi::xml_node& node, const char* name,
                                                       Names values) const {
  auto list = list_attr(node, name);
  std::vector<std::string> out;
  for (auto& item : list) {
    if (contains(values, item.c_str())) {
      out.push_back(item);
      continue;
    }
    std::string hint = fmt::format("expected any of: {}", join(values));
    if (auto guess = did_you_mean(item, values); !guess.empty()) hint = guess;
    diags_.error(at(node, name), fmt::format("'{}' is not a valid value in '{}' on <{}>", item, name, node.name()),
                 hint);
  }
  return out;
}

std::optional<model::Date> ElementReader::date_attr(const pugi::xml_node& node, const char* name) const {
  auto attr = node.attribute(name);
  if (!attr) return std::nullopt;
  auto date = model::parse_date(attr.value());
  if (!date) {
    // The rough forms are named when the text looks like one ("2020-late", "~…").
    std::string_view text = attr.value();
    bool rough = text.find_first_of("~abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
    diags_.error(at(node, name),
                 fmt::format("invalid date '{}' in '{}': {}", text, name, model::why_not_a_date(text)),
                 rough ? "a rough date is YYYY-MM-early|mid|late, YYYY-spring|summer|autumn|winter, or ~ (around) "
                         "before a date"
                       : "write YYYY-MM-DD, YYYY-MM or YYYY, with a day that exists in that month");
  }
  return date;
}

int ElementReader::int_attr(const pugi::xml_node& node, const char* name) const {
  auto attr = node.attribute(name);
  if (!attr) return 0;
  std::string_view v = attr.value();
  int out = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  if (r.ec != std::errc{} || r.ptr != v.data() + v.size() || out < 0) {
    diags_.error(at(node, name), fmt::format("'{}' must be a whole number, not '{}'", name, v));
    return 0;
  }
  return out;
}

std::string ElementReader::id_attr(const pugi::xml_node& node, const char* name) const {
  std::string id = node.attribute(name).value();
  bool ok = !id.empty();
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) ok = false;
  if (!ok && node.attribute(name))
    diags_.error(at(node, name), fmt::format("invalid id '{}'", id),
                 "ids use lower-case letters, digits and hyphens, such as 'case-ilyashev'");
  return id;
}

}  // namespace briefc::read
