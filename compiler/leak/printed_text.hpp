// What a laid-out document puts into its PDF as text, for the leak check:
// exactly what pdf/ draws and writes, so nothing is missed and nothing is
// guessed from the file.
//
//   the body        one text for all pages, in drawing order, so a name broken
//                   across a page break is found; each page's start is kept
//                   to say where a finding lies ("page 3", "pages 3–4");
//   the footnotes   likewise one text (a note runs on to the next page);
//   page furniture  the running footer of each page, on its own;
//   line-end joins  where a line (or page) ends in a hyphen, the five words
//                   on each side once more with the word joined ("Nurla-" + "nova" is
//                   read as "Nurla nova" in the flow and as "Nurlanova" here),
//                   since a hyphen at a line end may be inserted or the
//                   word's own;
//   links           each link's URI as written, once (the file, read back,
//                   gives it as pdf/ encodes it);
//   bookmarks       each outline title, with its page;
//   document info   title, author, subject, keywords, language;
//   the file name   of the PDF being written.
// Two pieces drawn with a gap between them (a space, a new line) are separate
// words; pieces that touch (a name in bold, then its "’s") are one.
#pragma once

#include "layout/font_metrics.hpp"
#include "layout/pages.hpp"
#include "pdf/pdf_document.hpp"

#include <string>
#include <unordered_set>
#include <vector>

namespace briefc::leak {

struct PrintedText {
  std::string where;  // "a bookmark (to page 2)", "the document info (Keywords)"; for a flow, see `pages`
  std::string text;
  bool address = false;  // a URI or a file name: case does not matter anywhere in it
  // For a flow over several pages: the byte offset where each page's text
  // starts, with the page's index. Empty for a text of one place.
  std::vector<std::pair<std::size_t, std::size_t>> pages;

  // Where the bytes [begin, end) of `text` lie: `where`, or "page N" / "pages N–M".
  std::string place(std::size_t begin, std::size_t end) const;
};

// Collects the printed text page by page, as a build draws each page and
// then drops it.
class PrintedTextCollector {
 public:
  explicit PrintedTextCollector(const layout::FontMetrics& metrics) : metrics_(metrics) {}

  // One page (`index` counts from 0).
  void add_page(std::size_t index, const layout::Page& page);
  // The bookmarks, the document info and the output file's name; then
  // everything collected, the flows first.
  std::vector<PrintedText> finish(const std::vector<layout::OutlineEntry>& outline, const pdf::DocumentInfo& info,
                                  const std::string& file_name);

 private:
  struct Flow {
    PrintedText text;
    const layout::PlacedText* previous = nullptr;  // valid only within the page being added
    double previous_end = 0;
    bool previous_hyphen = false;                  // the flow's last piece ended a line with "-"
    double previous_y = 0;
    std::size_t previous_page = 0;
    std::vector<std::pair<std::size_t, std::size_t>> joins;  // a line-end "-" and the start of the next piece
  };
  void append(Flow& flow, std::size_t page, const layout::PlacedText& t);

  const layout::FontMetrics& metrics_;
  Flow body_, notes_;
  std::vector<PrintedText> joins_, furniture_, links_;
  std::unordered_set<std::string> link_uris_;
};

// Everything a laid-out document prints (for tests and for callers that hold
// every page).
std::vector<PrintedText> printed_texts(const layout::LaidOutDocument& document, const layout::FontMetrics& metrics,
                                       const pdf::DocumentInfo& info, const std::string& file_name = {});

}  // namespace briefc::leak
