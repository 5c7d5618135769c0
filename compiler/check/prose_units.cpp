#include "check/prose_units.hpp"

#include <algorithm>

namespace briefc::check {

namespace {

void flatten_into(const model::InlineContent& content, ProseUnit& out) {
  using K = model::InlineKind;
  for (const auto& n : content) {
    switch (n.kind) {
      case K::Text:
        out.pieces.push_back({out.text.size(), &n});
        out.text += n.text;
        break;
      case K::Note: out.notes.push_back(&n); break;
      case K::Cite:
      case K::Confidential: break;
      case K::Person:
      case K::Org:
      case K::Law: {
        std::size_t begin = out.text.size();
        flatten_into(n.children, out);
        (n.kind == K::Law ? out.laws : out.names).push_back({begin, out.text.size(), &n});
        break;
      }
      case K::Quote:
        out.text += '"';
        flatten_into(n.children, out);
        out.text += '"';
        break;
      default: flatten_into(n.children, out); break;
    }
  }
}

bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bytes one entity reference stands for, or 0 when `raw` holds none.
std::size_t entity_length(std::string_view raw, std::size_t& raw_length) {
  auto semicolon = raw.find(';');
  if (raw.empty() || raw[0] != '&' || semicolon == std::string_view::npos || semicolon > 10) return 0;
  raw_length = semicolon + 1;
  auto name = raw.substr(1, semicolon - 1);
  if (name.empty()) return 0;
  if (name[0] != '#') return 1;  // &amp; &lt; &gt; &quot; &apos;
  unsigned long cp = 0;
  try {
    cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X') ? std::stoul(std::string(name.substr(2)), nullptr, 16)
                                                              : std::stoul(std::string(name.substr(1)));
  } catch (...) {
    return 0;
  }
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

}  // namespace

ProseUnit flatten_prose(const model::InlineContent& content) {
  ProseUnit out;
  out.pieces.reserve(content.size());
  out.text.reserve(1024);
  flatten_into(content, out);
  return out;
}

diag::SourceLocation ProseUnit::locate(std::size_t offset, const diag::SourceManager* sources) const {
  if (pieces.empty()) return {};
  auto it = std::upper_bound(pieces.begin(), pieces.end(), offset,
                             [](std::size_t o, const Piece& p) { return o < p.begin; });
  if (it != pieces.begin()) --it;
  const auto* node = it->node;
  diag::SourceLocation where = node->location;
  if (!sources || !where.known()) return where;
  // Walk the raw XML beside the decoded, collapsed text of the node.
  std::string_view raw = sources->text(where.file).substr(where.offset);
  const std::string& decoded = node->text;
  std::size_t target = std::min(offset - it->begin, decoded.size());
  std::size_t i = 0, j = 0;
  while (i < target && j < raw.size()) {
    if (raw[j] == '<') break;  // past the text node: give up where we are
    std::size_t raw_length = 0;
    if (raw[j] == '&') {
      if (std::size_t n = entity_length(raw.substr(j), raw_length)) {
        i += n;
        j += raw_length;
        continue;
      }
    }
    if (xml_space(raw[j])) {
      while (j < raw.size() && xml_space(raw[j])) ++j;
      if (i < decoded.size() && decoded[i] == ' ') ++i;
      continue;
    }
    ++i;
    ++j;
  }
  // A leading run of spaces the reader collapsed: point at the first letter.
  while (j < raw.size() && xml_space(raw[j]) && i == target) ++j;
  where.offset += static_cast<std::uint32_t>(j);
  return where;
}

}  // namespace briefc::check
