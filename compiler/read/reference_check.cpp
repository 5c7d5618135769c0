// check_references (declared in loader.hpp): every id that a record or the
// document names must exist and be of the right kind.
#include "read/loader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace briefc::read {

namespace {

std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

class ReferenceChecker {
public:
  ReferenceChecker(const model::Corpus& corpus, diag::Diagnostics& diags) : corpus_(corpus), diags_(diags) {}

  // `rule` names the checker rule (see check/rules.cpp) a finding belongs to, if any.
  void expect(const std::string& id, std::initializer_list<model::RecordKind> kinds, const char* what,
              diag::SourceLocation where, const char* rule = "") {
    auto it = corpus_.index.find(id);
    if (it != corpus_.index.end()) {
      for (auto k : kinds)
        if (it->second.kind == k) return;
      auto& d = diags_.error(where, fmt::format("'{}' is a {}, not a {}", id, model::record_kind_name(it->second.kind),
                                                what));
      d.notes.push_back({corpus_.location_of(it->second), fmt::format("'{}' is defined here", id)});
      d.rule = rule;
      return;
    }
    std::string best;
    std::size_t best_d = std::max<std::size_t>(3, id.size() / 4);
    for (const auto& [other, ref] : corpus_.index) {
      bool right_kind = false;
      for (auto k : kinds) right_kind = right_kind || ref.kind == k;
      if (!right_kind) continue;
      auto d = distance(id, other);
      if (d < best_d || (d == best_d && other < best)) {
        best_d = d;
        best = other;
      }
    }
    unknown_.push_back({id, diags_.all().size()});
    diags_.error(where, fmt::format("unknown {} '{}'", what, id),
                 best.empty() ? std::string{} : fmt::format("did you mean '{}'?", best)).rule = rule;
  }

  std::vector<UnknownReference> take_unknown() { return std::move(unknown_); }

  // `anchors`: the document's section ids; null in records, where a
  // <ref to> may name a section of whichever document prints the narrative
  // (check's crossref-unknown judges it there, document by document).
  void inline_refs(const model::InlineContent& content, const std::set<std::string>* anchors) {
    using K = model::InlineKind;
    for (const auto& n : content) {
      switch (n.kind) {
        case K::Cite:
          for (const auto& id : n.ids)
            expect(id, {model::RecordKind::Source}, "source", n.location, "citation-unknown-source");
          break;
        case K::Person: expect(n.target, {model::RecordKind::Person}, "person", n.location); break;
        case K::Org: expect(n.target, {model::RecordKind::Organisation}, "organisation", n.location); break;
        case K::Law: expect(n.target, {model::RecordKind::Provision}, "provision", n.location); break;
        case K::CrossRef:
          if (anchors && !anchors->count(n.target) && !corpus_.find_case(n.target))
            diags_.error(n.location, fmt::format("cross-reference to '{}', which is no section or case", n.target))
                .rule = "crossref-unknown";
          break;
        default: break;
      }
      inline_refs(n.children, anchors);
    }
  }

private:
  const model::Corpus& corpus_;
  diag::Diagnostics& diags_;
  std::vector<UnknownReference> unknown_;
};

// The document's section ids. Two sections with one id would make a
// cross-reference ambiguous (and the schema refuses them): reported here.
void collect_anchors(const std::vector<model::Block>& blocks, std::map<std::string, diag::SourceLocation>& out,
                     diag::Diagnostics& diags) {
  for (const auto& b : blocks) {
    if (b.kind == model::BlockKind::Section) {
      if (auto [first, inserted] = out.emplace(b.id, b.location); !inserted && !b.id.empty())
        diags.error(b.location, fmt::format("duplicate section id '{}'", b.id), "give each section an id of its own")
            .notes.push_back({first->second, "first defined here"});
      collect_anchors(b.children, out, diags);
    }
  }
}

void check_blocks(ReferenceChecker& rc, const std::vector<model::Block>& blocks, const std::set<std::string>& anchors) {
  using B = model::BlockKind;
  for (const auto& b : blocks) {
    rc.inline_refs(b.content, &anchors);
    rc.inline_refs(b.heading, &anchors);
    for (const auto& item : b.items) {
      rc.inline_refs(item.content, &anchors);
      check_blocks(rc, item.sublists, anchors);
    }
    check_blocks(rc, b.children, anchors);
    if (b.kind == B::CaseInclusion) rc.expect(b.ref, {model::RecordKind::Case}, "case", b.location);
    for (const auto& use : b.recommendations) {
      rc.expect(use.ref, {model::RecordKind::Recommendation}, "recommendation template", use.location);
      for (const auto& arg : use.args)
        for (const auto& id : arg.ids())
          rc.expect(id, {model::RecordKind::Person, model::RecordKind::Organisation, model::RecordKind::Group},
                    "person, organisation or group", arg.location);
    }
  }
}

}  // namespace

std::vector<UnknownReference> check_references(const model::Corpus& corpus, const model::Document* document,
                                               diag::Diagnostics& diags) {
  ReferenceChecker rc(corpus, diags);
  std::map<std::string, diag::SourceLocation> sections;
  if (document) collect_anchors(document->body, sections, diags);
  std::set<std::string> anchors;
  for (const auto& [id, where] : sections) anchors.insert(id);
  for (const auto& p : corpus.persons)
    if (!p.affiliation.empty())
      rc.expect(p.affiliation, {model::RecordKind::Organisation}, "organisation", p.location);
  for (const auto& p : corpus.provisions)
    if (!p.source.empty()) rc.expect(p.source, {model::RecordKind::Source}, "source", p.location);
  for (const auto& g : corpus.groups)
    for (const auto& m : g.members) rc.expect(m, {model::RecordKind::Person}, "person", g.location);
  for (const auto& c : corpus.cases) {
    for (const auto& s : c.subjects)
      rc.expect(s, {model::RecordKind::Person, model::RecordKind::Organisation, model::RecordKind::Group},
                "person, organisation or group", c.location);
    for (const auto& e : c.events) {
      for (const auto& p : e.provisions)
        rc.expect(p, {model::RecordKind::Provision}, "provision", e.location, "charge-unknown-provision");
      for (const auto& s : e.sources) rc.expect(s, {model::RecordKind::Source}, "source", e.location);
      for (const auto& s : e.subjects)
        if (std::find(c.subjects.begin(), c.subjects.end(), s) == c.subjects.end())
          diags.error(e.location, fmt::format("the event concerns '{}', who is not a subject of case '{}'", s, c.id),
                      "subjects=\"…\" on an event names some of the case's own subjects");
    }
    for (const auto& st : c.statuses)
      for (const auto& s : st.subjects)
        if (std::find(c.subjects.begin(), c.subjects.end(), s) == c.subjects.end())
          diags.error(st.location, fmt::format("the status is of '{}', who is not a subject of case '{}'", s, c.id),
                      "subjects=\"…\" on a status names some of the case's own subjects");
    for (const auto& n : c.narratives) rc.inline_refs(n.content, nullptr);
  }
  check_vocabulary(corpus, document, diags);
  if (document) {
    for (const auto& a : document->authors)
      rc.expect(a.ref, {model::RecordKind::Organisation}, "organisation", a.location);
    check_blocks(rc, document->body, anchors);
  }
  return rc.take_unknown();
}

}  // namespace briefc::read
