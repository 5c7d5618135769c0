#include "read/xml_file.hpp"

#include "read/input_file.hpp"
#include "read/read_ahead.hpp"
#include "read/xml_characters.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_set>
#include <filesystem>
#include <fmt/format.h>
#include <vector>

namespace briefc::read {

diag::SourceLocation XmlFile::at(const pugi::xml_node& node) const {
  auto offset = node.offset_debug();
  return {file, static_cast<std::uint32_t>(offset < 0 ? 0 : offset)};
}

namespace {

// From an attribute's name at `pos` in `text`, the offset of its value.
std::size_t value_offset(std::string_view text, std::size_t pos, std::size_t name_length) {
  std::size_t after = pos + name_length;
  auto skip_space = [&] {
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\n' || text[after] == '\r'))
      ++after;
  };
  skip_space();
  if (after < text.size() && text[after] == '=') ++after;
  skip_space();
  if (after < text.size() && (text[after] == '"' || text[after] == '\'')) ++after;
  return after;
}

}  // namespace

diag::SourceLocation XmlFile::at(const pugi::xml_node& node, const pugi::xml_attribute& attribute,
                                 const diag::SourceManager& sm) const {
  auto where = at(node);
  // pugixml parses in its own copy of the text, leaving names where they
  // stood: the attribute's name lies as far from the element's as in the file.
  std::ptrdiff_t distance = attribute.name() - node.name();
  std::string_view text = sm.text(file);
  std::string_view name = attribute.name();
  if (distance > 0 && where.offset + static_cast<std::size_t>(distance) + name.size() <= text.size() &&
      text.substr(where.offset + static_cast<std::size_t>(distance), name.size()) == name)
    return {file, static_cast<std::uint32_t>(value_offset(text, where.offset + static_cast<std::size_t>(distance), name.size()))};
  return at(node, attribute.name(), sm);
}

diag::SourceLocation XmlFile::at(const pugi::xml_node& node, const char* attribute,
                                 const diag::SourceManager& sm) const {
  if (auto a = node.attribute(attribute)) {
    std::ptrdiff_t distance = a.name() - node.name();
    std::string_view text = sm.text(file);
    std::size_t pos = at(node).offset + static_cast<std::size_t>(distance > 0 ? distance : 0);
    if (distance > 0 && pos + std::strlen(attribute) <= text.size() && text.substr(pos, std::strlen(attribute)) == attribute)
      return {file, static_cast<std::uint32_t>(value_offset(text, pos, std::strlen(attribute)))};
  }
  auto where = at(node);
  std::string_view text = sm.text(file);
  std::size_t tag_end = text.find('>', where.offset);
  std::string needle = attribute;
  std::size_t pos = where.offset;
  while (true) {
    pos = text.find(needle, pos);
    if (pos == std::string_view::npos || pos > tag_end) return where;
    bool starts_word = pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\n' || text[pos - 1] == '\t' ||
                                   text[pos - 1] == '\r');
    std::size_t after = pos + needle.size();
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\n')) ++after;
    if (starts_word && after < text.size() && text[after] == '=') {
      ++after;
      while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\n')) ++after;
      if (after < text.size() && (text[after] == '"' || text[after] == '\'')) ++after;
      return {file, static_cast<std::uint32_t>(after)};
    }
    pos += needle.size();
  }
}

namespace {

const char* describe_parse_status(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_end_element_mismatch: return "closing tag does not match the open element";
    case pugi::status_unrecognized_tag: return "malformed tag";
    case pugi::status_bad_start_element: return "malformed start tag";
    case pugi::status_bad_end_element: return "malformed end tag";
    case pugi::status_bad_attribute: return "malformed attribute (values need quotes)";
    case pugi::status_bad_cdata: return "malformed CDATA section";
    case pugi::status_bad_comment: return "malformed comment";
    case pugi::status_bad_pi: return "malformed processing instruction";
    case pugi::status_bad_doctype: return "malformed document type declaration";
    case pugi::status_bad_pcdata: return "malformed text";
    case pugi::status_no_document_element: return "no root element";
    default: return "malformed XML";
  }
}

// pugixml says only "start-end tags mismatch", at the closing tag (or at the
// end of the file). A person needs to know which element is left open, so
// replay the tags before that point and take the innermost one still open.
struct OpenTag {
  std::string name;
  std::size_t offset = 0;  // of its '<'
};

std::vector<OpenTag> open_tags_before(std::string_view text, std::size_t end) {
  std::vector<OpenTag> open;
  std::size_t i = 0;
  while ((i = text.find('<', i)) < end) {
    auto skip_past = [&](std::string_view terminator) {
      auto found = text.find(terminator, i);
      i = found == std::string_view::npos ? end : found + terminator.size();
    };
    std::string_view rest = text.substr(i);
    if (rest.starts_with("<!--")) skip_past("-->");
    else if (rest.starts_with("<![CDATA[")) skip_past("]]>");
    else if (rest.starts_with("<?")) skip_past("?>");
    else if (rest.starts_with("<!")) skip_past(">");
    else {
      bool closing = rest.starts_with("</");
      std::size_t name_begin = i + (closing ? 2 : 1);
      std::size_t name_end = text.find_first_of(" \t\r\n/>", name_begin);
      if (name_end == std::string_view::npos) name_end = text.size();
      std::size_t tag_end = name_end;
      for (char quote = 0; tag_end < text.size(); ++tag_end) {
        char c = text[tag_end];
        if (quote) quote = c == quote ? 0 : quote;
        else if (c == '"' || c == '\'') quote = c;
        else if (c == '>') break;
      }
      std::string name(text.substr(name_begin, name_end - name_begin));
      if (closing) {
        if (!open.empty() && open.back().name == name) open.pop_back();
      } else if (tag_end >= text.size() || text[tag_end - 1] != '/') {
        open.push_back({name, i});
      }
      i = tag_end + 1;
    }
  }
  return open;
}

void report_mismatched_tags(const XmlFile& xml, std::string_view text, std::size_t offset,
                            diag::Diagnostics& diags) {
  const char* hint = "end each element with its closing tag, or write <name … /> when it holds nothing";
  bool at_end = text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
  std::size_t tag = at_end ? text.size() : text.rfind('<', offset);
  if (tag == std::string_view::npos) tag = offset;
  if (text.find('>', tag) == std::string_view::npos) at_end = true;  // cut off inside this tag
  auto open = open_tags_before(text, tag);
  auto where = [&](std::size_t at) { return diag::SourceLocation{xml.file, static_cast<std::uint32_t>(at)}; };
  if (at_end) {
    if (open.empty()) {
      diags.error(where(offset), "malformed XML: the file ends inside an element", hint);
      return;
    }
    auto& d = diags.error(where(offset), fmt::format("malformed XML: the file ends before <{}> is closed",
                                                     open.back().name), hint);
    d.notes.push_back({where(open.back().offset), fmt::format("<{}> is opened here", open.back().name)});
    return;
  }
  if (text.substr(tag, 2) != "</") {  // not the shape pugixml reports; say what it said
    diags.error(where(offset), "malformed XML: a closing tag does not match the open element", hint);
    return;
  }
  std::size_t name_end = text.find_first_of(" \t\r\n>", tag);
  std::string closing(text.substr(tag + 2, (name_end == std::string_view::npos ? text.size() : name_end) - tag - 2));
  bool closes_something = std::any_of(open.begin(), open.end(), [&](const OpenTag& t) { return t.name == closing; });
  if (!closes_something || open.empty()) {
    diags.error(where(tag), fmt::format("malformed XML: </{}> closes an element that is not open", closing),
                "remove it, or add the matching start tag");
    return;
  }
  auto& d = diags.error(where(tag), fmt::format("malformed XML: <{}> is not closed before </{}>", open.back().name,
                                                closing), hint);
  d.notes.push_back({where(open.back().offset), fmt::format("<{}> is opened here", open.back().name)});
}

// The first attribute that repeats an earlier one's name on its element
// (XML 1.0 §3.1, "Unique Att Spec"; pugixml keeps both), or an empty one.
pugi::xml_attribute first_repeated_attribute(const pugi::xml_node& element) {
  auto first = element.first_attribute();
  if (!first || !first.next_attribute()) return {};
  std::unordered_set<std::string_view> seen;
  for (auto a = first; a; a = a.next_attribute())
    if (!seen.insert(a.name()).second) return a;
  return {};
}

// The first structural problem pugixml lets through, in document order: an
// element deeper than `limit` levels (the root being level 1), or an
// attribute repeated on its element. Iterative: the tree may be deep enough
// to exhaust the stack of a recursive walk, which is what this guards against.
struct TreeProblem {
  pugi::xml_node too_deep;
  pugi::xml_node element;          // holding `repeated`
  pugi::xml_attribute repeated;
};

TreeProblem first_tree_problem(const pugi::xml_document& doc, int limit) {
  pugi::xml_node node = doc.document_element();
  int depth = 1;
  while (node) {
    if (node.type() == pugi::node_element) {
      if (depth > limit) return {node, {}, {}};
      if (auto repeated = first_repeated_attribute(node)) return {{}, node, repeated};
    }
    if (auto child = node.first_child()) {
      node = child;
      ++depth;
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
      --depth;
      if (depth <= 0) return {};
    }
    if (node) node = node.next_sibling();
  }
  return {};
}

// The file's bytes, or nothing with the reason reported.
std::optional<std::string> read_bytes(const std::string& path, diag::Diagnostics& diags) {
  InputBytes in = read_input_file(path, max_input_bytes);
  switch (in.status) {
    case InputStatus::Ok: return std::move(in.bytes);
    case InputStatus::Missing:
      diags.file_error(path, "file does not exist", "check the spelling of the path and the folder you run briefc in");
      break;
    case InputStatus::Folder: diags.file_error(path, "this is a folder, not a file", "name an .xml file"); break;
    case InputStatus::NotRegular:
      diags.file_error(path, "not a regular file (a FIFO, socket or device): briefc reads only ordinary files",
                       "name the .xml file itself")
          .rule = "input-not-file";
      break;
    case InputStatus::TooLarge:
      diags.file_error(path, fmt::format("file is too large ({} bytes; the limit is {} bytes)", in.size, max_input_bytes),
                       "split it into several files and include them");
      break;
    case InputStatus::Unreadable:
      diags.file_error(path, fmt::format("cannot read file: {}", in.reason),
                       "the file exists but cannot be opened: check its permissions");
      break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<XmlFile> load_xml_file(const std::string& path, diag::SourceManager& sources,
                                     diag::Diagnostics& diags, ParsedAhead* ahead) {
  if (ahead && !ahead->read) ahead = nullptr;  // read here, to say why it fails
  std::optional<std::string> bytes = ahead ? std::optional<std::string>(std::move(ahead->bytes)) : read_bytes(path, diags);
  if (!bytes) return std::nullopt;

  XmlFile xml;
  xml.path = path;
  xml.file = sources.add(path, std::move(*bytes));  // kept for diagnostics; pugixml parses its own copy
  std::string_view text = sources.text(xml.file);

  std::size_t bad = 0;
  if (!text::is_valid_utf8(text, &bad)) {
    diags.error({xml.file, static_cast<std::uint32_t>(bad)},
                fmt::format("the file is not saved as UTF-8 text (byte 0x{:02X} here is not valid UTF-8)",
                            static_cast<unsigned char>(text[bad])),
                "save the file with the UTF-8 encoding (most editors offer it in Save As… or an Encoding menu)");
    return std::nullopt;
  }

  // Before the parse: pugixml stops at a NUL and would report a mismatched
  // tag there. A file with a DTD is left to the parse, whose message (DTDs
  // are refused) explains its entities too.
  if (text.find("<!DOCTYPE") == std::string_view::npos && !check_xml_characters(text, xml.file, diags))
    return std::nullopt;

  pugi::xml_parse_result result;
  if (ahead) {
    xml.doc = std::move(ahead->doc);
    result = ahead->result;
  } else {
    xml.doc = std::make_unique<pugi::xml_document>();
    result = xml.doc->load_buffer(text.data(), text.size(), xml_parse_options, pugi::encoding_utf8);
  }
  if (result.status == pugi::status_end_element_mismatch) {
    report_mismatched_tags(xml, text, static_cast<std::size_t>(result.offset), diags);
    return std::nullopt;
  }
  if (!result) {
    diags.error({xml.file, static_cast<std::uint32_t>(result.offset)},
                fmt::format("malformed XML: {}", describe_parse_status(result.status)));
    return std::nullopt;
  }
  for (auto node : xml.doc->children()) {
    if (node.type() == pugi::node_doctype) {
      // pugixml points inside the declaration; show the caret at its "<!".
      auto where = xml.at(node);
      if (auto start = text.rfind("<!", where.offset); start != std::string_view::npos)
        where.offset = static_cast<std::uint32_t>(start);
      diags.error(where, "document type declarations (<!DOCTYPE …>) are not allowed",
                  "remove the <!DOCTYPE …> line; briefc never processes DTDs or external entities");
      return std::nullopt;
    }
  }
  auto problem = first_tree_problem(*xml.doc, max_element_depth);
  if (problem.too_deep) {
    diags.error(xml.at(problem.too_deep), fmt::format("elements are nested more than {} levels deep here", max_element_depth),
                "no briefing needs such depth: close the elements left open above, or flatten the structure")
        .rule = "nesting-too-deep";
    return std::nullopt;
  }
  if (problem.repeated) {
    diags.error(xml.at(problem.element, problem.repeated, sources),
                fmt::format("attribute '{}' appears twice on <{}>", problem.repeated.name(), problem.element.name()),
                "an attribute is written once per element: keep one")
        .rule = "xml-invalid";
    return std::nullopt;
  }
  return xml;
}

}  // namespace briefc::read
