// Inline content: the mixed text of paragraphs, headings, narratives and notes,
// as a small tree that keeps every element's source location.
#pragma once

#include "diag/source_manager.hpp"

#include <string>
#include <vector>

namespace briefc::model {

enum class InlineKind {
  Text,      // characters printed as written (`text`)
  Bold,      // <b>
  Italic,    // <i>
  Link,      // <a href>: `target` is the URL
  Cite,      // <cite src>: `ids` are source ids
  Note,      // <note>: an explanatory footnote; `marker_hidden` for marker="none"
  Person,    // <person ref>: `target` is the person id, children the text as spelled
  Org,       // <org ref>
  Law,       // <law ref offence>: `target` provision id, `offence` as the text names it
  CrossRef,  // <ref to>: `target` section or case id; empty children = print its number
  Quote,     // <q>: quotation marks of the document's language
  Confidential,  // <span confidential="reason" public-as="…">: a withheld field; `reason`, `public_as`
  LeakOk,        // <span leak-ok="reason">: printed as written; the leak check lets one occurrence of its
                 // text through (leak/leak_check.hpp); `reason`
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  diag::SourceLocation location;
  std::string text;
  std::string target;
  std::vector<std::string> ids;
  std::string offence;
  bool marker_hidden = false;
  std::string reason;     // Confidential: why it is withheld (never printed)
  std::string public_as;  // Confidential: what a public build prints instead (may be empty)
  std::vector<Inline> children;
};

using InlineContent = std::vector<Inline>;

// The plain text of inline content (markup dropped, cites and notes skipped):
// what a mention or heading "says".
std::string plain_text(const InlineContent& content);

}  // namespace briefc::model
