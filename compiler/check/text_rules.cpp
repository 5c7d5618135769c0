#include "check/text_rules.hpp"

#include <fmt/format.h>

namespace briefc::check {

void report_text_findings(const ProseUnit& unit, const std::vector<TextFinding>& findings, Reporter& out,
                          const diag::SourceManager* sources) {
  for (const auto& f : findings) {
    auto where = unit.locate(f.span.begin, sources);
    switch (f.kind) {
      case TextFinding::Unclosed:
        out.report("text-unbalanced", where,
                   fmt::format("'{}' is never closed by '{}' in this paragraph", f.mark, f.closing),
                   "close it where the aside or quotation ends, or remove it", unit.owner);
        break;
      case TextFinding::Unopened:
        out.report("text-unbalanced", where, fmt::format("'{}' is never opened in this paragraph", f.mark),
                   "open it where the aside or quotation begins, or remove it", unit.owner);
        break;
      case TextFinding::SpacedHyphen:
        out.report("text-spaced-hyphen", where, "a hyphen with spaces around it stands where a dash is meant",
                   "the PDF, Word and web editions print it as a spaced en dash (–); write the dash the paper "
                   "means (– or —) so the source says it too, or join the words without spaces if a hyphen is meant",
                   unit.owner);
        break;
      case TextFinding::DoubledWord:
        out.report("text-doubled-word", where, fmt::format("'{}' is written twice", f.mark), "delete one of them",
                   unit.owner);
        break;
    }
  }
}

}  // namespace briefc::check
