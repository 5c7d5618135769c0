#include "page_estimate.hpp"

#include <cmath>

namespace briefc::bench {

namespace {

// Measured on briefc's output: characters that fit one line of the text block.
constexpr double body_chars_per_line = 92;
constexpr double note_chars_per_line = 118;
constexpr double body_leading = 14.2;
constexpr double note_leading = 10;
constexpr double paragraph_gap = 6;
constexpr double note_gap = 2;
// The text block of an A4 page with 22/24 mm top/bottom margins.
constexpr double page_height = 711;
// Pages are never quite full: a footnote that does not fit moves its line on.
constexpr double fill_ratio = 0.955;

double lines(std::size_t chars, double per_line) { return std::ceil(static_cast<double>(chars) / per_line); }

}  // namespace

void PageEstimate::title() { points_ += 3 * 24 + 30; }

void PageEstimate::heading(int level, std::size_t chars) {
  points_ += (level == 1 ? 16.5 : 14.2) * lines(chars, 60) + (level == 1 ? 22 : 14);
}

void PageEstimate::profile_heading() { points_ += body_leading + 8; }

void PageEstimate::block(Block kind, const Fragment& content) {
  double width = kind == Block::Paragraph ? 1.0 : 0.92;
  points_ += lines(content.printed_chars, body_chars_per_line * width) * body_leading + paragraph_gap;
  for (auto chars : content.note_chars) points_ += lines(chars, note_chars_per_line) * note_leading + note_gap;
  footnotes_ += content.note_chars.size();
}

double PageEstimate::pages() const { return points_ / (page_height * fill_ratio); }

}  // namespace briefc::bench
