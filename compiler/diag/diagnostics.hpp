// Diagnostics as values: every stage reports problems into a Diagnostics list
// instead of throwing or printing, and the command line renders them once, in
// the compiler form a person knows from Clang or GCC:
//
//   sources/cases.xml:12:5: error: unknown attribute 'dat' on <event>
//     12 |     <event dat="2020-01-02"/>
//        |            ^
//   hint: did you mean 'date'?
#pragma once

#include "diag/source_manager.hpp"
#include "diag/suppressions.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace briefc::diag {

enum class Severity {
  Error,    // the input is wrong; no PDF is written
  Warning,  // the PDF is written, but something deserves a look
  Note,     // attached to another diagnostic: "first defined here"
};

struct Note {
  SourceLocation location;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLocation location;
  std::string message;
  std::string hint;          // optional advice, printed as "hint: …"
  std::vector<Note> notes;   // other places involved
  std::string path_override; // a file named without a SourceLocation (unreadable file)
  std::string rule;          // the checker rule that found it ("source-unused"), printed as warning[rule]
};

class Diagnostics {
public:
  Diagnostic& error(SourceLocation where, std::string message, std::string hint = {});
  Diagnostic& warning(SourceLocation where, std::string message, std::string hint = {});
  // An error about a file that could not be read at all (so it has no FileId).
  Diagnostic& file_error(std::string path, std::string message, std::string hint = {});

  const std::vector<Diagnostic>& all() const { return list_; }
  // The diagnostic at `index` of all(), to add what was learnt later (a hint, a note).
  Diagnostic& at(std::size_t index) { return list_.at(index); }
  // Moves `other`'s diagnostics to the end of this list, in their order (a
  // part of a run made on another thread joins the whole; its marks stay).
  void append(Diagnostics&& other);
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  // The check-ignore="rule: reason" marks the reader found. They live here,
  // beside the list they filter, because every stage that reports already
  // holds a Diagnostics (as Clang's engine holds its suppression mappings).
  Suppressions& suppressions() { return suppressions_; }
  const Suppressions& suppressions() const { return suppressions_; }

private:
  std::vector<Diagnostic> list_;
  Suppressions suppressions_;
};

// Renders one diagnostic with its source line, a caret and its notes.
std::string render(const Diagnostic& d, const SourceManager& sources, bool color = false);

struct RenderOptions {
  bool color = false;
  // Errors shown before the rest are only counted (0: no limit). Warnings and
  // notes are always shown: the limit is for a flood of one mistake.
  std::size_t error_limit = 0;
};

// Renders every diagnostic in order to `out`, then, past the limit,
// "briefc: note: N more errors not shown …".
void render_all(const Diagnostics& diags, const SourceManager& sources, RenderOptions options, std::ostream& out);

}  // namespace briefc::diag
