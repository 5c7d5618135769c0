// The PDF writer: the only code in briefc that calls libharu.
//
// libharu's errors are sticky (after one failed call every later call fails,
// the save too), so every call goes through one checker, and the first error
// stops the write with a message rather than producing a broken file.
//
// Fonts are embedded TrueType subsets with UTF-8 text; libharu ignores word
// spacing for such fonts, which is why layout places every word itself.
// Layout measures with the font files themselves (fonts/truetype_font.hpp),
// and the subsets keep every advance width, so measured is drawn.
// Output is reproducible: no date comes from the clock.
//
// Every PDF is tagged (PDF/UA-1: pdf/structure_tree.hpp, marked content in
// pdf/page_content.hpp) and archival (PDF/A-2u: pdf/archival.hpp); libharu
// has no API for either, so briefc writes those objects itself
// (pdf/pdf_syntax.hpp). docs/accessibility.md describes the result.
#pragma once

#include "fonts/font_locator.hpp"
#include "layout/font_metrics.hpp"
#include "layout/pages.hpp"

#include <memory>
#include <string>
#include <vector>

namespace briefc::pdf {

struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string lang;              // BCP 47, written as the catalog's /Lang
  long long timestamp = 0;       // creation and modification date, seconds since 1970 (UTC)
};

struct WriterMemo;

class PdfDocument {
public:
  // With `memo` (pdf/writer_memo.hpp), what earlier builds of a session
  // compressed and embedded is reused; without, the document keeps its own.
  // The bytes written are the same either way.
  explicit PdfDocument(WriterMemo* memo = nullptr);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // Finds and opens the four faces of `family` (write() embeds subsets of the
  // ones the pages use). On failure `error` says which face could not be
  // found or read.
  bool load_family(const std::string& family, const fonts::FontLocator& locator, std::string& error);

  // Widths and coverage of the loaded fonts, for layout.
  const layout::FontMetrics& metrics() const;

  // Names the font files behind the loaded faces (path, size, modification
  // time of each): equal fingerprints mean equal metrics, which is what a
  // session's line memo (layout/line_memo.hpp) needs to know.
  std::string font_fingerprint() const;

  // The document's blocks (layout/document_blocks.hpp), which the pages'
  // texts name: the structure tree is made of them; and its language (BCP
  // 47), against which words in another are marked. Call before add_page.
  void set_structure(std::vector<layout::Block> blocks, std::string lang);

  // Draws a laid-out page as the next page of the PDF, then lets go of its
  // texts and rules; its links and destinations stay, for finish(). Layout
  // hands each page over as soon as it is made (layout::PageConsumer), so a
  // long document's words are never all in memory at once. After a libharu
  // error the remaining pages are not drawn and finish() reports the error.
  void add_page(layout::Page& page, double width, double height);

  // Embeds the font subsets, adds links, bookmarks and document info, and
  // saves to `path` (the caller renames it into place). `pages` is the laid-
  // out document whose pages went through add_page. Returns false with
  // `error` set if libharu failed.
  bool finish(const layout::LaidOutDocument& pages, const DocumentInfo& info, const std::string& path,
              std::string& error);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Percent-encodes what a URI may not hold as is (non-ASCII bytes, spaces,
// quotes, angle brackets); keeps everything else, so the link goes where the
// printed address says.
std::string encode_uri(const std::string& uri);

}  // namespace briefc::pdf
