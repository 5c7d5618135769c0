// A rough forecast of how many pages the EU briefing style (styles/eu-briefing.xml:
// A4, 24 mm margins, 10.5/14.2 pt body, 8/10 pt notes) needs for what the
// generator has written so far, so that a document can be sized to a target
// page count without running briefc. Calibrated against briefc's own output
// (see bench/README.md); good to a few per cent, which is all --pages promises.
#pragma once

#include "corpus_model.hpp"

namespace briefc::bench {

class PageEstimate {
public:
  enum class Block { Paragraph, ListItem, Quote, Recommendation };

  void title();
  void heading(int level, std::size_t chars);
  void profile_heading();
  void block(Block kind, const Fragment& content);

  double pages() const;
  std::size_t footnotes() const { return footnotes_; }

private:
  double points_ = 0;
  std::size_t footnotes_ = 0;
};

}  // namespace briefc::bench
