#include "check/document_facts.hpp"

#include "resolve/confidentiality.hpp"

#include "resolve/case_selection.hpp"

#include <algorithm>
#include <array>

namespace briefc::check {

namespace {

// Phrases by which a section says it is about the document's reporting period.
constexpr std::array period_phrases = {"reporting period", "past year", "past twelve months", "past 12 months"};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

class Walker {
public:
  Walker(const model::Document& doc, const model::Corpus& corpus, const text::LocaleContext& locales,
         DocumentFacts& out)
      : doc_(doc), corpus_(corpus), locales_(locales), out_(out) {}

  void run() {
    out_.document = &doc_;
    out_.body_words += count_words(doc_.title) + count_words(doc_.subtitle);
    blocks(doc_.body);
  }

private:
  void blocks(const std::vector<model::Block>& list) {
    for (const auto& b : list) block(b);
  }

  void block(const model::Block& b) {
    using B = model::BlockKind;
    switch (b.kind) {
      case B::Paragraph:
      case B::Quote:
        inline_content(b.content, -1);
        note_period_phrase(b.content, b.location);
        break;
      case B::List: list(b); break;
      case B::Section: {
        out_.anchors.insert(b.id);
        out_.sections.push_back({&b, {}, {}, static_cast<int>(current_section_index_stack_.size()) + 1});
        std::size_t index = out_.sections.size() - 1;
        current_section_index_stack_.push_back(index);
        const model::Block* saved = section_;
        section_ = &b;
        // The section's counts: what the totals grew by while it was read.
        const std::size_t body = out_.body_words, notes = out_.note_words, footnotes = out_.footnotes.size();
        inline_content(b.heading, -1);
        note_period_phrase(b.heading, b.location);
        blocks(b.children);
        auto& fact = out_.sections[index];
        fact.body_words = out_.body_words - body;
        fact.note_words = out_.note_words - notes;
        fact.footnotes = out_.footnotes.size() - footnotes;
        section_ = saved;
        current_section_index_stack_.pop_back();
        break;
      }
      case B::Recommendations: recommendations(b); break;
      case B::CaseInclusion:
        if (const auto* c = corpus_.find_case(b.ref)) include_case(*c, b);
        break;
      case B::CaseQuery: case_query(b); break;
      case B::Developments:
      case B::RecommendationHistory: break;  // generated from the records (resolve/generated_lists.hpp)
    }
  }

  void list(const model::Block& b) {
    for (const auto& item : b.items) {
      inline_content(item.content, -1);
      for (const auto& sub : item.sublists) list(sub);
    }
  }

  void recommendations(const model::Block& b) {
    out_.body_words += count_words(b.heading_text) + count_words(b.lead);
    for (const auto& use : b.recommendations) {
      const auto* tmpl = corpus_.recommendation(use.ref);
      if (!tmpl || tmpl->texts.empty()) continue;
      inline_content(tmpl->text_for(doc_.audience).content, -1);
      for (const auto& arg : use.args) {
        out_.body_words += count_words(arg.text);
        inline_content(arg.mentions, -1);  // names written in the argument are mentions like any other
      }
    }
  }

  void include_case(const model::Case& c, const model::Block& b) {
    if (c.narratives.empty()) return;
    const model::Narrative* narrative = printed_narrative(c, b.narrative, doc_.lang);
    out_.anchors.insert(c.id);
    out_.cases.push_back({&c, b.location, section_, narrative});
    if (!narrative) return;  // build reports that the case has nothing to print
    if (b.form == "profile" && !c.subjects.empty()) {
      if (const auto* p = corpus_.person(c.subjects.front())) out_.body_words += count_words(p->latin().full());
    }
    printing_case_ = &b;
    inline_content(narrative->content, -1);
    printing_case_ = nullptr;
  }

  void case_query(const model::Block& b) {
    for (const auto* c : resolve::select_cases(b, corpus_, doc_.period, locales_, doc_.lang)) include_case(*c, b);
  }

  void note_period_phrase(const model::InlineContent& content, diag::SourceLocation where) {
    if (current_section_index_stack_.empty()) return;
    auto& fact = out_.sections[current_section_index_stack_.back()];
    if (!fact.period_phrase.empty()) return;
    std::string text = lower_ascii(model::plain_text(content));
    for (const char* phrase : period_phrases)
      if (text.find(phrase) != std::string::npos) {
        fact.period_phrase = phrase;
        fact.phrase_location = where;
        return;
      }
  }

  int new_footnote(const model::Inline& n, bool is_note) {
    FootnoteFact f;
    f.number = static_cast<int>(out_.footnotes.size()) + 1;
    f.location = n.location;
    f.is_note = is_note;
    f.marker_hidden = n.marker_hidden;
    out_.footnotes.push_back(std::move(f));
    return static_cast<int>(out_.footnotes.size()) - 1;
  }

  // `note` is the index of the footnote being read, or -1 in running text.
  void inline_content(const model::InlineContent& content, int note) {
    using K = model::InlineKind;
    for (const auto& n : content) {
      switch (n.kind) {
        case K::Text: {
          auto words = count_words(n.text);
          if (note >= 0) {
            out_.note_words += words;
            if (words > 0) out_.footnotes[static_cast<std::size_t>(note)].has_text = true;
          } else {
            out_.body_words += words;
          }
          break;
        }
        case K::Cite: {
          int target = note >= 0 ? note : new_footnote(n, false);
          auto& f = out_.footnotes[static_cast<std::size_t>(target)];
          for (const auto& id : n.ids) {
            f.sources.push_back(id);
            out_.cites.push_back({id, n.location});
          }
          out_.note_words += n.ids.size();
          break;
        }
        case K::Note: {
          if (note >= 0) break;  // reported by the reader
          int f = new_footnote(n, true);
          inline_content(n.children, f);
          break;
        }
        case K::Link:
          if (n.children.empty()) {
            (note >= 0 ? out_.note_words : out_.body_words) += 1;
            if (note >= 0) out_.footnotes[static_cast<std::size_t>(note)].has_text = true;
          }
          inline_content(n.children, note);
          break;
        case K::CrossRef:
          out_.crossrefs.push_back(
              {n.target, n.location, printing_case_ ? printing_case_->location : diag::SourceLocation{}});
          inline_content(n.children, note);
          break;
        default: inline_content(n.children, note); break;
      }
    }
  }

  const model::Document& doc_;
  const model::Corpus& corpus_;
  const text::LocaleContext& locales_;
  DocumentFacts& out_;
  const model::Block* section_ = nullptr;
  const model::Block* printing_case_ = nullptr;  // the <case> whose narrative is being read
  std::vector<std::size_t> current_section_index_stack_;
};

}  // namespace

// As resolve's choose_narrative picks it for a public build: the narrative
// in the document's language (else one without lang), and without an id the
// first public one; a narrative only in another language prints nothing.
const model::Narrative* printed_narrative(const model::Case& c, const std::string& id, const std::string& lang) {
  return resolve::narrative_to_print(c, id, lang, resolve::Readership::Public);
}

namespace {

bool is_word_char(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    // U+00A0 (C2 A0) joins "444 500" into one number, as a word processor counts it;
    // other non-ASCII punctuation is rare enough to count as letters.
    bool word = is_word_char(c);
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      // General punctuation U+2000–U+203F (dashes, quotes, spaces): a separator.
      word = false;
      i += 2;
    }
    if (word && !in_word) ++words;
    in_word = word;
  }
  return words;
}

DocumentFacts gather_document_facts(const model::Document& document, const model::Corpus& corpus,
                                    const text::LocaleContext& locales) {
  DocumentFacts facts;
  Walker(document, corpus, locales, facts).run();
  return facts;
}

}  // namespace briefc::check
