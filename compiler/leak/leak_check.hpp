// The leak check of a public build: proof, on every build, that the PDF about
// to be published holds no confidential value.
//
// It runs after the PDF is written to its temporary file and before that file
// is moved into place, and looks in two places:
//   - what the build laid out and handed to pdf/: the body and the footnotes
//     each as one text across page breaks, the running footers, the link
//     URIs, the bookmarks, the document info and the output file's name
//     (leak/printed_text.hpp);
//   - the written file itself, read back with its streams decompressed: every
//     string and text stream in it (leak/pdf_text.hpp), which covers anything
//     libharu adds (XMP, annotations) and anything written by a path the
//     first check does not know.
// Text percent-encoded anywhere is read decoded too. How a value is found —
// declined, transliterated, in capitals, with look-alike or invisible
// characters, inside a URL or a handle, six words of a narrative — is
// leak/scanner.hpp's business.
//
// Each value found is one error, located at the record that holds it, saying
// where it appeared ("on pages 2–3") and what was printed, with a note at the
// document or narrative paragraph that printed it when that can be traced.
// The caller then deletes the file: a leaking PDF never reaches output/.
//
// An author may vouch for one occurrence of a text that contains a value but
// is not about its person ("Khan Tengri", the mountain, for a witness named
// Khan) with <span leak-ok="reason">Khan Tengri</span>: each such span
// exempts one occurrence of its text in the body or the footnotes (and the
// bookmarks and info that repeat it), and every exemption used is listed in
// the build summary.
#pragma once

#include "diag/diagnostics.hpp"
#include "leak/confidential_values.hpp"
#include "leak/printed_text.hpp"
#include "leak/scanner.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"

#include <string>
#include <vector>

namespace briefc::leak {

// A <span leak-ok="reason"> of the document or its records.
struct Exemption {
  std::string text;
  std::string reason;
  diag::SourceLocation location;
  std::size_t used = 0;  // occurrences it exempted in the last check
};

// The leak-ok spans of the document and of the records it prints.
std::vector<Exemption> exemptions(const model::Corpus& corpus, const model::Document& document);

struct PublishedFile {
  // What the build handed to the writer (leak/printed_text.hpp), taken before
  // the write: pdf/ consumes the laid-out pages as it draws them.
  const std::vector<PrintedText>& printed;
  const resolve::ResolvedDocument& resolved;  // to trace a leak to the paragraph that printed it
  std::string path;                           // the written (temporary) file
};

// Reports every confidential value found in `file` as an error; true when
// there is none. `exemptions` record how often each was used.
bool check_for_leaks(const std::vector<ConfidentialValue>& values, Scanner& scanner, const PublishedFile& file,
                     std::vector<Exemption>& exemptions, const text::SpoofFold& fold, diag::Diagnostics& diags);

// A layout-free edition (DOCX, HTML) about to be published.
struct PublishedEdition {
  const resolve::ResolvedDocument& resolved;  // what it was written from
  std::string path;                           // the written (temporary) file
  std::string file_name;                      // the name it will be published under
  std::string kind;                           // "DOCX", "HTML": for the messages
};

// The check of a public DOCX or HTML edition, before it is moved into place:
// what the resolved document prints (its paragraphs and footnotes each as
// one text, where each <span leak-ok> exempts one occurrence, as in the PDF;
// its links, bookmarks and info) and the file itself read back
// (leak/edition_text.hpp), with its file name. Each value found is an error,
// "appears in the public DOCX: …"; true when there is none.
bool check_edition_for_leaks(const std::vector<ConfidentialValue>& values, Scanner& scanner,
                             const PublishedEdition& edition, std::vector<Exemption>& exemptions,
                             const text::SpoofFold& fold, diag::Diagnostics& diags);

// The same before anything is laid out, for `briefc check`: what the resolved
// document will print (its paragraphs and footnotes each as one text, its
// links, bookmarks and info), each value found an error that "would appear".
// A word the layout will break at a line end is whole here; page numbers and
// the file itself are the build's to check.
bool check_resolved_for_leaks(const std::vector<ConfidentialValue>& values, Scanner& scanner,
                              const resolve::ResolvedDocument& resolved, std::vector<Exemption>& exemptions,
                              const text::SpoofFold& fold, diag::Diagnostics& diags);

}  // namespace briefc::leak
