// check_vocabulary (declared in loader.hpp): every theme and status a record
// or the document names must be one of briefc's or one the project declares
// in a <vocabulary>. Run once every file is read, since a records file may
// use a term that a later file declares.
#include "read/element_reader.hpp"
#include "read/loader.hpp"

#include <fmt/format.h>

namespace briefc::read {

namespace {

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

class VocabularyChecker {
 public:
  VocabularyChecker(const model::Vocabulary& v, diag::Diagnostics& diags)
      : vocabulary_(v), diags_(diags), themes_(v.theme_ids()), statuses_(v.status_ids()) {}

  void themes(const std::vector<std::string>& values, diag::SourceLocation where) {
    for (const auto& t : values)
      if (!vocabulary_.knows_theme(t)) unknown("theme", t, themes_, where);
  }
  void status(const std::string& value, diag::SourceLocation where) {
    if (!vocabulary_.knows_status(value)) unknown("status", value, statuses_, where);
  }

 private:
  void unknown(const char* what, const std::string& value, const std::vector<std::string>& known,
               diag::SourceLocation where) {
    std::string guess = did_you_mean(value, known);
    if (!guess.empty()) guess += " ";
    diags_.error(where, fmt::format("'{}' is not a {} briefc or the project knows", value, what),
                 fmt::format("{}the {} are: {}; a project declares its own in a <vocabulary> of its records",
                             guess, std::string_view(what) == "status" ? "statuses" : "themes", joined(known)));
  }

  const model::Vocabulary& vocabulary_;
  diag::Diagnostics& diags_;
  std::vector<std::string> themes_, statuses_;
};

void document_blocks(VocabularyChecker& vc, const std::vector<model::Block>& blocks) {
  for (const auto& b : blocks) {
    if (b.kind == model::BlockKind::CaseQuery || b.kind == model::BlockKind::Developments)
      vc.themes(b.themes, b.themes_location);
    if (b.kind == model::BlockKind::CaseQuery && !b.status.empty()) {
      std::size_t start = 0;
      while (start < b.status.size()) {
        auto end = b.status.find(' ', start);
        if (end == std::string::npos) end = b.status.size();
        vc.status(b.status.substr(start, end - start), b.status_location);
        start = end + 1;
      }
    }
    document_blocks(vc, b.children);
  }
}

}  // namespace

void check_vocabulary(const model::Corpus& corpus, const model::Document* document, diag::Diagnostics& diags) {
  VocabularyChecker vc(corpus.vocabulary, diags);
  for (const auto& c : corpus.cases) {
    vc.themes(c.themes, c.themes_location);
    for (const auto& s : c.statuses) vc.status(s.value, s.location);
  }
  for (const auto& r : corpus.recommendations) vc.themes(r.themes, r.themes_location);
  if (document) document_blocks(vc, document->body);
}

}  // namespace briefc::read
