// Strict reading of one element at a time. The format is closed: an attribute
// or child element that is not part of it is an error (with a "did you mean"
// hint), never silently ignored, because a misspelt attribute would otherwise
// drop a fact from the briefing without anyone noticing.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/date.hpp"
#include "read/xml_file.hpp"

#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace briefc::read {

using Names = std::initializer_list<const char*>;

class ElementReader {
public:
  ElementReader(const XmlFile& file, const diag::SourceManager& sources, diag::Diagnostics& diags)
      : file_(file), sources_(sources), diags_(diags) {}

  diag::SourceLocation at(const pugi::xml_node& node) const { return file_.at(node); }
  diag::SourceLocation at(const pugi::xml_node& node, const char* attribute) const {
    return file_.at(node, attribute, sources_);
  }
  diag::SourceLocation at(const pugi::xml_node& node, const pugi::xml_attribute& attribute) const {
    return file_.at(node, attribute, sources_);
  }
  // The location of byte `in_value` of an attribute's (decoded) value: exact
  // while the value holds no entity before it, else the value's start.
  diag::SourceLocation at(const pugi::xml_node& node, const char* attribute, std::size_t in_value) const;
  diag::Diagnostics& diags() const { return diags_; }
  const XmlFile& file() const { return file_; }

  // Unknown attributes (xmlns* and xsi:* aside) and missing required ones.
  // Records a check-ignore mark, which every element may carry.
  // Returns false when it reported an error.
  bool check_attributes(const pugi::xml_node& node, Names allowed, Names required = {}) const;
  // For elements whose content is other elements only: reports stray text and
  // elements not in `allowed`.
  bool check_children(const pugi::xml_node& node, Names allowed) const;

  // Where the schema wants child elements in an order (xs:sequence): `groups`
  // in that order, each the names that may stand at that place. Reports the
  // first child that comes after one of a later group; `order` says the order
  // for the hint ("<status>, then <event>, then <narrative>"). Names in no
  // group are left to check_children.
  bool check_order(const pugi::xml_node& node, std::initializer_list<Names> groups, std::string_view order) const;

  // For elements that hold plain text only: reports any child element.
  bool check_text_only(const pugi::xml_node& node) const;

  std::string text_attr(const pugi::xml_node& node, const char* name) const;
  // A value from a closed list; reports anything else and returns "".
  std::string enum_attr(const pugi::xml_node& node, const char* name, Names values) const;
  std::vector<std::string> list_attr(const pugi::xml_node& node, const char* name) const;
  std::vector<std::string> enum_list_attr(const pugi::xml_node& node, const char* name, Names values) const;
  std::optional<model::Date> date_attr(const pugi::xml_node& node, const char* name) const;
  int int_attr(const pugi::xml_node& node, const char* name) const;
  // A link target (url, href): refused when, percent-encoded, it is longer
  // than a PDF link can hold, here where the caret can point at it.
  std::string uri_attr(const pugi::xml_node& node, const char* name) const;
  // An id: lower-case letters, digits and hyphens.
  std::string id_attr(const pugi::xml_node& node, const char* name = "id") const;

private:
  // Registers a check-ignore="rule: reason" mark (see diag/suppressions.hpp).
  void record_check_ignore(const pugi::xml_node& node, const char* value) const;

  const XmlFile& file_;
  const diag::SourceManager& sources_;
  diag::Diagnostics& diags_;
};

// The names in `candidates` closest to `name`, when close enough to be a
// typo of it: at most one edit for a name of up to three letters, two up to
// six, three beyond, and never as many edits as either name has letters
// ("em" is no typo of "b"). Every name at the best distance, in the
// candidates' order: a hint that picked one of two would mislead.
std::vector<std::string> closest_names(const std::string& name, const std::vector<std::string>& candidates);
std::vector<std::string> closest_names(const std::string& name, Names candidates);

// "did you mean 'x'?" or "did you mean 'x' or 'y'?" (`form` wraps each name:
// "'{}'" or "<{}>"), or "" when no candidate is close.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates,
                         std::string_view form = "'{}'");
std::string did_you_mean(const std::string& name, Names candidates, std::string_view form = "'{}'");

// Collapses runs of XML whitespace (space, tab, CR, LF) into one space; keeps
// no-break spaces.
std::string collapse_whitespace(std::string_view text);

}  // namespace briefc::read
