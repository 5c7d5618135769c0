#include "write/text_runs.hpp"

#include "write/text_language.hpp"

namespace briefc::write {

namespace {

bool look_alike(const resolve::Span& a, const resolve::Span& b) {
  return a.footnote < 0 && b.footnote < 0 && a.bold == b.bold && a.italic == b.italic &&
         a.superscript == b.superscript && a.uri == b.uri && a.anchor == b.anchor && a.url == b.url &&
         a.no_hyphen == b.no_hyphen;
}

}  // namespace

std::vector<resolve::Span> joined_runs(const std::vector<resolve::Span>& spans, std::string_view document_lang) {
  std::vector<resolve::Span> out;
  out.reserve(spans.size());
  for (const auto& s : spans) {
    if (!out.empty() && !s.text.empty() && look_alike(out.back(), s) &&
        run_language(out.back().text, document_lang) == run_language(s.text, document_lang)) {
      out.back().text += s.text;
      continue;
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace briefc::write
