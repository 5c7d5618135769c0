// A style: page geometry, fonts and the typographic conventions of one kind of
// paper. Lengths are in PostScript points.
#pragma once

#include "diag/source_manager.hpp"

#include <string>

namespace briefc::model {

struct FontSpec {
  std::string family;
  double size = 10;
  double leading = 13;  // baseline-to-baseline distance
  diag::SourceLocation location;
};

enum class TextCase { AsIs, Upper };

struct Style {
  std::string id;
  double page_width = 595.276;   // A4
  double page_height = 841.89;
  double margin_top = 62, margin_bottom = 62, margin_inner = 62, margin_outer = 62;

  FontSpec body{"Noto Serif", 10.5, 14.2, {}};
  FontSpec heading{"Noto Sans", 12.5, 16, {}};
  FontSpec title{"Noto Sans", 18, 23, {}};
  FontSpec note{"Noto Serif", 8, 10, {}};
  FontSpec footer{"Noto Sans", 8, 10, {}};

  bool numbered_headings = false;   // "1." and "1.1"
  // <paragraphs numbering="decimal">: every body paragraph numbered "1.", "2."
  // through the paper, as the UN's UPR and HRC guidelines ask.
  bool numbered_paragraphs = false;
  // <authors print="true">: a line under the title names the organisations
  // that submit the paper ("Submitted by IPHR and KIBHR").
  bool print_authors = false;
  // <title-block byline="true" period="true" date="true">: under the title,
  // the authoring organisations' names (unless <authors print> names them
  // already), the reporting period and the paper's date, in its language.
  bool title_byline = false;
  bool title_period = false;
  bool title_date = false;
  // <words limit="N">: the most words a paper in this style may have, in
  // place of its audience's (check/word_limit.hpp); 0: the audience's.
  std::size_t word_limit = 0;
  TextCase level_case[3] = {TextCase::AsIs, TextCase::AsIs, TextCase::AsIs};

  std::string citation_pattern = "{url}";
  std::string same_language_pattern;  // empty: use citation_pattern
  // The word the style wants for a footnote citing the same source as the one
  // before ("Ibid."); empty: the style repeats the citation. `briefc check`
  // reports repeated citations when it is set.
  std::string ibid;

  bool recommendations_italic = false;
  std::string item_end = ";";
  std::string last_end = ".";

  // <dates day="ordinal"/>: generated dates read "6th October 2024", not "6 October 2024".
  bool ordinal_days = false;
  // <dates status-age="24"/>: how many months a lasting status (imprisoned,
  // in exile…) may go unconfirmed, at the end of a paper's period, before
  // `check` asks whether it still holds (status-stale).
  int status_age_months = 24;

  std::string footer_text = "{page}";
  std::string path;
  diag::SourceLocation location;
  // Where the wordings are written, for "no translation" warnings; unknown
  // when the style leaves them at their defaults.
  diag::SourceLocation citation_location;
  diag::SourceLocation footer_location;
};

}  // namespace briefc::model
