// What a build may print of confidential records: the one place that decides.
//
// Records mark a person, organisation, source, case, event, narrative or an
// inline <span> field confidential="reason"; a person, organisation or source
// may add public-as="…", the wording a public document prints instead. The
// resolver asks this policy before it prints any of them, and does what the
// answer says:
//
//   internal build (--internal)   everything as written;
//   public build (the default)    - a person's or organisation's mention, a
//                                   template argument, a case subject's name,
//                                   an author: the public-as wording;
//                                 - a cited source: its public-as wording in
//                                   place of the citation ("Source: monitoring
//                                   by KIBHR");
//                                 - a <span confidential> field: its public-as,
//                                   or nothing (a withheld field is absent);
//                                 - a confidential case is not selected by
//                                   <cases> queries; a confidential narrative
//                                   is not chosen by default; a confidential
//                                   event is not printed.
//
// Where a public document can only be written by printing a confidential item
// — <case ref> of a confidential case or narrative, a cross-reference to a
// confidential case, a mention, argument, subject or citation of a record
// without public-as, a confidential <document> — the policy reports a located
// error (with a note at the record and its reason) rather than dropping the
// item silently, and the build writes no PDF.
//
// This decides what is *meant* to be printed. leak/leak_check.hpp then proves,
// on the written PDF, that no confidential value got through another way (a
// name typed as plain text, say).
#pragma once

#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"

#include <string>

namespace briefc::resolve {

enum class Readership {
  Public,    // the default: confidential material is left out or replaced
  Internal,  // --internal: everything, on pages stamped as confidential
};

// What a build prints for a record or field.
struct Printed {
  enum class Kind {
    AsWritten,      // the record's own name, citation or text
    PublicWording,  // `wording`, the record's public-as
    Nothing,        // nothing at all (for a mention, an error was reported)
  };
  Kind kind = Kind::AsWritten;
  std::string wording;
};

// The narrative a build for `readership` prints for case `c` in a document
// in `lang`, the document naming `id` (empty: none): the one place that
// decides it, for resolve and check alike. Without an id, language first (one
// in `lang`, else one without lang, never one in another language), then
// marks (model::narrative_mark: a translation is as confidential as what it
// translates); with an id, that narrative in `lang` (else without lang), if
// its mark allows. Null when there is none to print: the resolver says why.
const model::Narrative* narrative_to_print(const model::Case& c, const std::string& id, const std::string& lang,
                                           Readership readership);

class ConfidentialityPolicy {
 public:
  ConfidentialityPolicy(const model::Corpus& corpus, Readership readership, diag::Diagnostics& diags)
      : corpus_(corpus), readership_(readership), diags_(diags) {}

  bool internal() const { return readership_ == Readership::Internal; }

  // A confidential document (<document confidential="…">) has no public
  // build: false, with an error, when this build is public.
  bool may_build(const model::Document& document) const;

  // The name of a person or organisation printed at `where` (a mention, an
  // argument, a case subject, an author). Unknown ids print as written (the
  // reference check reports them).
  Printed name(const std::string& id, diag::SourceLocation where) const;

  // A source cited at `where`.
  Printed citation(const model::Source& source, diag::SourceLocation where) const;

  // The public-as wording a public build prints in place of `source`'s
  // citation, or null when the citation is printed as usual.
  const std::string* citation_wording(const model::Source& source) const;

  // A <span confidential> field (InlineKind::Confidential): AsWritten prints
  // its children. Never an error: a withheld field is simply absent.
  Printed field(const model::Inline& span) const;

  // <case ref> of `c`: false, with an error, for a confidential case in a
  // public build.
  bool may_include(const model::Case& c, diag::SourceLocation where) const;
  // Whether a <cases> query may select `c`.
  bool selectable(const model::Case& c) const;
  // <ref to> a case: false, with an error, when the case is confidential in
  // a public build (its anchor is not in the document).
  bool may_link_to(const std::string& id, diag::SourceLocation where) const;

  // The narrative to print when the document names none, for a document in
  // `lang`: language first (one in `lang`, else one without lang; never one in
  // another language), then marks (model::narrative_mark: a translation is as
  // confidential as what it translates). Null, with an error, when every
  // candidate is withheld; null with `none_in_language` set, and no error,
  // when the case has no candidate at all (the resolver says so).
  const model::Narrative* default_narrative(const model::Case& c, const std::string& lang, diag::SourceLocation where,
                                            bool& none_in_language) const;
  // A narrative the document names: false, with an error, when it (or the
  // narrative it translates) is confidential in a public build.
  bool may_print(const model::Case& c, const model::Narrative& n, diag::SourceLocation where) const;

  // Whether a case event may be printed (for code that prints events).
  bool prints(const model::CaseEvent& event) const;

  // The key a case is sorted by in place of the person's surname: the public
  // wording when that is what is printed, so the order reveals nothing.
  std::string sort_name(const model::Person& person) const;

 private:
  bool hidden(const model::Confidentiality& c) const { return c.confidential && !internal(); }
  void refuse(diag::SourceLocation where, const std::string& message, const std::string& hint,
              diag::SourceLocation record, const model::Confidentiality& c) const;

  const model::Corpus& corpus_;
  Readership readership_;
  diag::Diagnostics& diags_;
};

}  // namespace briefc::resolve
