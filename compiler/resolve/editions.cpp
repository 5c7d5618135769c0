#include "resolve/editions.hpp"

#include "resolve/case_selection.hpp"
#include "resolve/names.hpp"
#include "resolve/resolver.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>

namespace briefc::resolve {

namespace {

void add_once(std::vector<std::string>& list, const std::string& id) {
  if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

std::string trimmed(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

class ContentsCollector {
 public:
  ContentsCollector(const model::Document& doc, const model::Corpus& corpus, const text::LocaleContext& locales,
                    const ConfidentialityPolicy* policy, EditionContents& out)
      : doc_(doc), corpus_(corpus), locales_(locales), policy_(policy), out_(out) {}

  void blocks(const std::vector<model::Block>& list) {
    for (const auto& b : list) block(b);
  }

 private:
  void block(const model::Block& b) {
    using B = model::BlockKind;
    cites(b.content);
    cites(b.heading);
    for (const auto& item : b.items) {
      cites(item.content);
      blocks(item.sublists);
    }
    switch (b.kind) {
      case B::Section:
        blocks(b.children);
        break;
      case B::CaseInclusion:
        if (const auto* c = corpus_.find_case(b.ref)) printed_case(*c, b.narrative);
        break;
      case B::CaseQuery:
        for (const auto* c : select_cases(b, corpus_, doc_.period, locales_, doc_.lang)) {
          if (b.form == "names")
            add_once(out_.cases, c->id);
          else
            printed_case(*c, b.narrative);
        }
        break;
      case B::Recommendations:
        for (const auto& use : b.recommendations) recommendation(use);
        break;
      default:
        break;
    }
  }

  void printed_case(const model::Case& c, const std::string& narrative_id) {
    add_once(out_.cases, c.id);
    for (const auto& n : c.narratives)
      if (narrative_id.empty() || n.id == narrative_id) {
        cites(n.content);
        break;
      }
  }

  void cites(const model::InlineContent& content) {
    for (const auto& n : content) {
      if (n.kind == model::InlineKind::Cite)
        for (const auto& id : n.ids) add_once(out_.sources, id);
      cites(n.children);
    }
  }

  // A name as the build prints it, without reporting again what the resolver
  // reports: the public-as wording of a record a public build withholds.
  std::string printed_name(const std::string& id) const {
    const model::Confidentiality* c = nullptr;
    if (const auto* p = corpus_.person(id)) c = &p->confidentiality;
    if (const auto* o = corpus_.organisation(id)) c = &o->confidentiality;
    if (policy_ && !policy_->internal() && c && c->confidential) return c->public_as;
    return subject_name(corpus_, id, doc_.lang);
  }

  void recommendation(const model::RecommendationUse& use) {
    EditionRecommendation rec{stable_recommendation_id(use), use.ref, {}, use.location};
    if (const auto* tmpl = corpus_.recommendation(use.ref)) {
      std::vector<std::pair<std::string, std::string>> values;
      for (const auto& arg : use.args)
        if (arg.ref.empty()) {
          values.emplace_back(arg.name, trimmed(arg.text));
        } else {
          std::vector<std::string> names;
          for (const auto& id : arg.ids()) names.push_back(printed_name(id));
          values.emplace_back(arg.name, join_list(locales_, names, doc_.lang));
        }
      diag::Diagnostics quiet;  // the document's own build reports these
      const auto& text = tmpl->text_for(doc_.audience, doc_.lang);
      rec.text = trimmed(model::plain_text(fill_template(*tmpl, text, values, use.location, quiet)));
      cites(text.content);
    }
    out_.recommendations.push_back(std::move(rec));
  }

  const model::Document& doc_;
  const model::Corpus& corpus_;
  const text::LocaleContext& locales_;
  const ConfidentialityPolicy* policy_;
  EditionContents& out_;
};

void collect_uses(const std::vector<model::Block>& blocks, std::vector<const model::RecommendationUse*>& out) {
  for (const auto& b : blocks) {
    for (const auto& use : b.recommendations) out.push_back(&use);
    collect_uses(b.children, out);
  }
}

}  // namespace

bool EditionContents::includes_case(const std::string& case_id) const {
  return std::find(cases.begin(), cases.end(), case_id) != cases.end();
}

bool EditionContents::cites(const std::string& source_id) const {
  return std::find(sources.begin(), sources.end(), source_id) != sources.end();
}

const EditionRecommendation* EditionContents::recommendation(const std::string& stable_id) const {
  for (const auto& r : recommendations)
    if (r.id == stable_id) return &r;
  return nullptr;
}

std::string stable_recommendation_id(const model::RecommendationUse& use) {
  if (!use.id.empty()) return use.id;
  std::string id = use.ref;
  for (const auto& arg : use.args)
    if (!arg.ref.empty()) id += ":" + arg.ref;
  return id;
}

EditionContents edition_contents(const model::Document& document, const model::Corpus& corpus,
                                 const text::LocaleContext& locales, const ConfidentialityPolicy* policy) {
  EditionContents out;
  out.id = document.id;
  out.path = document.path;
  out.date = document.date;
  out.period = document.period;
  ContentsCollector(document, corpus, locales, policy, out).blocks(document.body);
  return out;
}

void check_recommendation_ids(const model::Document& document, diag::Diagnostics& diags) {
  std::vector<const model::RecommendationUse*> uses;
  collect_uses(document.body, uses);
  std::map<std::string, const model::RecommendationUse*> seen;
  for (const auto* use : uses) {
    auto id = stable_recommendation_id(*use);
    auto [it, inserted] = seen.emplace(id, use);
    if (inserted) continue;
    auto& d = diags.error(use->location, fmt::format("a second recommendation with the id '{}'", id),
                          "give one of them its own id=\"…\" so that later editions can tell them apart");
    d.notes.push_back({it->second->location, "the first is here"});
  }
}

}  // namespace briefc::resolve
