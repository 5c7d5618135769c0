// Footnotes as the reader meets them: empty notes, notes whose marker the
// text does not print, and repeated citations where the style says "Ibid.".
#include "check/families.hpp"

#include <fmt/format.h>

namespace briefc::check {

namespace {

void check_document(const DocumentInput& input, const DocumentFacts& facts, Reporter& out) {
  const FootnoteFact* previous = nullptr;
  bool wants_ibid = input.style && !input.style->ibid.empty() && out.enabled("citation-ibid");
  for (const auto& f : facts.footnotes) {
    if (f.is_note && !f.has_text && f.sources.empty())
      out.report("note-empty", f.location, fmt::format("footnote {} has neither text nor a citation", f.number),
                 "write the note's text, cite a source inside it, or remove the <note>");
    if (f.marker_hidden)
      out.report("note-marker-missing", f.location,
                 fmt::format("footnote {} has no marker in the text (marker=\"none\")", f.number),
                 "place the <note> where its marker belongs and drop marker=\"none\"");
    if (wants_ibid && previous && f.sources.size() == 1 && previous->sources.size() == 1 &&
        f.sources.front() == previous->sources.front() && !f.has_text) {
      auto& d = out.report("citation-ibid", f.location,
                           fmt::format("footnote {} cites '{}' again, right after footnote {}", f.number,
                                       f.sources.front(), previous->number),
                           fmt::format("the style '{}' wants \"{}\" here: write <note>{}</note>", input.style->id,
                                       input.style->ibid, input.style->ibid));
      d.notes.push_back({previous->location, fmt::format("footnote {} cites it here", previous->number)});
    }
    previous = &f;
  }
}

}  // namespace

void check_citations(const CheckContext& ctx, Reporter& out) {
  for (std::size_t i = 0; i < ctx.documents.size(); ++i) check_document(ctx.documents[i], ctx.facts[i], out);
}

}  // namespace briefc::check
