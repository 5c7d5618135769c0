// check_vocabulary (declared in loader.hpp): every theme, status, event type
// and audience a record or the document names must be one of briefc's or one
// the project declares in a <vocabulary>. Run once every file is read, since a records file may
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
  VocabularyChecker(const model::Vocabulary& v, diag::Diagnostics& diags) : vocabulary_(v), diags_(diags) {}

  void themes(const std::vector<std::string>& values, diag::SourceLocation where) {
    for (const auto& t : values) term(model::TermKind::Theme, t, where);
  }
  void status(const std::string& value, diag::SourceLocation where) { term(model::TermKind::Status, value, where); }

  // An empty value is the reader's to report (a required attribute) or means
  // "none" (a recommendation's default wording).
  void term(model::TermKind kind, const std::string& value, diag::SourceLocation where) {
    if (value.empty() || vocabulary_.knows(kind, value)) return;
    const auto known = vocabulary_.ids(kind);
    std::string guess = did_you_mean(value, known);
    if (!guess.empty()) guess += " ";
    diags_.error(where, fmt::format("'{}' is not a{} {} briefc or the project knows", value,
                                    kind == model::TermKind::EventType || kind == model::TermKind::Audience ? "n" : "",
                                    model::term_kind_name(kind)),
                 fmt::format("{}the {} are: {}; a project declares its own in a <vocabulary> of its records", guess,
                             model::term_kind_name(kind, true), joined(known)));
  }

 private:
  const model::Vocabulary& vocabulary_;
  diag::Diagnostics& diags_;
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
    for (const auto& e : c.events) vc.term(model::TermKind::EventType, e.type, e.type_location);
  }
  for (const auto& r : corpus.recommendations) {
    vc.themes(r.themes, r.themes_location);
    for (const auto& t : r.texts) vc.term(model::TermKind::Audience, t.audience, t.audience_location);
  }
  if (document) {
    vc.term(model::TermKind::Audience, document->audience, document->audience_location);
    document_blocks(vc, document->body);
  }
}

}  // namespace briefc::read
