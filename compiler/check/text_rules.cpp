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
      case TextFinding::DoubledWord:
        out.report("text-doubled-word", where, fmt::format("'{}' is written twice", f.mark), "delete one of them",
                   unit.owner);
        break;
    }
  }
}

}  // namespace briefc::check
