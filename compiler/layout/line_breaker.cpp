#include "layout/line_breaker.hpp"

#include "text/line_breaks.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace briefc::layout {

namespace {

constexpr int infinite_penalty = 10000;
constexpr double infinite_stretch = 1e6;
// Hyphenation is a last resort: a hyphen (9e6 demerits) costs more than any
// number of lines a paragraph has set within the comfortable limit, so total
// fit hyphenates only where no spacing avoids it, and a little less than a
// loose line (loose_line_demerits). TeX's plain default, 50, hyphenated one
// line in five of the shipped papers.
constexpr int hyphen_penalty = 3000;
// A break after a hyphen the author wrote ("state-|sponsored") adds no
// character and breaks no word, so it costs what TeX's \exhyphenpenalty does.
constexpr int explicit_hyphen_penalty = 50;
constexpr int url_penalty = 20;
constexpr double flagged_demerits = 3000;
// TeX's \finalhyphendemerits: a hyphen on the paragraph's second-last line
// leaves a short word fragment alone on the last.
constexpr double final_hyphen_demerits = 5000;
constexpr double fitness_demerits = 3000;
constexpr double line_penalty = 10;
constexpr int max_hyphen_run = 2;
// Spaces are set up to this wide in every paragraph total fit can set that
// way: with stretch = half a space (a space is about 0.26 em in the shipped
// fonts) a 0.40 em space, the widest a reader takes for an even texture.
constexpr double comfortable_stretch_ratio = 1.07;
// A paragraph that cannot be set so is re-broken accepting looser lines, up
// to this ratio (about 0.55 em); each costs a little more than a hyphen, so
// total fit takes as few as it can. See break_lines.
constexpr double loosest_stretch_ratio = 2.2;
constexpr double loose_line_demerits = 1e7;
// Letter spacing a loose line may receive, in em: below what a reader sees.
constexpr double max_letter_spacing = 0.01;
// A line that spaces at their widest and glyphs expanded by the setting's
// share cannot fill (a long name that may not be broken comes next) may
// expand its glyphs by this much more before it is letter-spaced: a 1 %
// wider glyph moves its neighbour less than 0.01 em does, and keeps the
// word's own spacing.
constexpr double emergency_expansion = 0.01;

enum class ItemType { Box, Glue, Penalty };

struct Item {
  ItemType type = ItemType::Box;
  double width = 0, stretch = 0, shrink = 0;
  int penalty = 0;
  bool flagged = false;
  bool hyphen = false;  // a hyphenation point: a break here adds a hyphen
  bool ragged = false;  // a break inside a URL: the line ends short rather than spread its spaces
  std::size_t span = 0;              // the span a box (or hyphen) belongs to
  std::size_t begin = 0, end = 0;    // byte range of a box in the paragraph text
  std::size_t glyph_begin = 0, glyph_end = 0;  // a box's glyphs in ItemBuilder::glyphs()
  double expandable = 0;  // the part of the width font expansion scales (see mark_expansion)
};

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x400 && c <= 0x42F);
}

bool is_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x400 && c <= 0x52F);
}

class ItemBuilder {
public:
  ItemBuilder(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
              const ParagraphSetting& setting, BreakServices& services, BreakCaches& caches)
      : spans_(spans), setting_(setting), caches_(caches) {
    for (std::size_t i = 0; i < spans.size(); ++i) {
      span_start_.push_back(text_.size());
      text_ += spans[i].text;
      face_.push_back(caches.widths.face(looks[i].font, looks[i].size));
      sizes_.push_back(looks[i].size);
      tracking_.push_back(setting.tracking * looks[i].size);
    }
    space_width_.resize(spans.size());
    hyphen_width_.resize(spans.size());
    span_start_.push_back(text_.size());
    for (std::size_t i = 0; i < spans.size(); ++i)
      if (spans[i].superscript && spans[i].text.empty()) hidden_.emplace_back(span_start_[i], i);
    if (setting.hyphenate) hyphenator_ = services.hyphenators.for_language(setting.lang);
    // English capitalises proper nouns, and a broken name ("Kaza-khstan")
    // reads worst of all hyphenations; the paper's own names are marked, but
    // not every country and organisation is.
    keep_capitalised_ = setting.lang == "en" || setting.lang.rfind("en-", 0) == 0;
    shape_words(services.metrics, looks);
  }

  const std::string& text() const { return text_; }
  // Every glyph of the paragraph's words, in text order, byte ranges in text().
  const std::vector<ShapedGlyph>& glyphs() const { return glyphs_; }

  std::vector<Item> build() {
    auto breaks = opportunities();
    std::size_t prev = 0;
    for (std::size_t o : breaks) {
      if (o < text_.size() && inside_glyph_[o]) continue;  // inside a ligature: the word breaks elsewhere
      std::size_t content_end = o;
      while (content_end > prev && text_[content_end - 1] == ' ') --content_end;
      boxes(prev, content_end);
      if (o == text_.size()) break;
      if (content_end < o) {
        std::size_t s = span_at(content_end);
        double w = measured(space_width_, s, " ");
        // Justified spaces may grow by half and shrink by a third of their
        // width: at the first pass's limit a space is about 0.39 em wide.
        Item g{ItemType::Glue, w, setting_.justify ? w * 0.5 : 0, setting_.justify ? w * 0.34 : 0};
        items_.push_back(g);
      } else {
        Item p{ItemType::Penalty};
        bool after_hyphen = text_[o - 1] == '-';
        bool in_url = spans_[span_at(o - 1)].url;
        p.span = span_at(o - 1);
        p.width = -kern_before(p.span, o);
        p.penalty = in_url ? url_penalty : after_hyphen ? explicit_hyphen_penalty : 0;
        p.flagged = after_hyphen && !in_url;
        p.ragged = in_url;
        items_.push_back(p);
      }
      prev = o;
    }
    items_.push_back(Item{ItemType::Penalty, 0, 0, 0, infinite_penalty});
    items_.push_back(Item{ItemType::Glue, 0, infinite_stretch, 0});
    items_.push_back(Item{ItemType::Penalty, 0, 0, 0, -infinite_penalty});
    return std::move(items_);
  }

  std::size_t span_at(std::size_t offset) const {
    auto it = std::upper_bound(span_start_.begin(), span_start_.end(), offset);
    return static_cast<std::size_t>(it - span_start_.begin()) - 1;
  }
  std::size_t span_begin(std::size_t s) const { return span_start_[s]; }

  // Whether font expansion may draw span s's glyphs wider or narrower: not a
  // URL (copied and typed as printed) nor a footnote marker.
  bool expands(std::size_t s) const { return setting_.justify && !spans_[s].url && !spans_[s].superscript; }

  // Gives every box, and every penalty with a width (an inserted hyphen, the
  // kerning a break inside a word gives back), of a span that expands its
  // width as expandable: Tz scales kerning as it scales glyphs. Kept apart
  // from the measuring above.
  void mark_expansion(std::vector<Item>& items) const {
    if (setting_.expansion <= 0 || !setting_.justify) return;
    for (auto& it : items) {
      bool hyphen = it.type == ItemType::Penalty && it.width != 0;
      if ((it.type == ItemType::Box || hyphen) && expands(it.span)) it.expandable = it.width;
    }
  }

private:
  // Break offsets: UAX #14 outside URLs, URL break points inside them, never
  // just before a footnote marker; the paragraph's end closes the list.
  std::vector<std::size_t> opportunities() const {
    std::vector<std::size_t> out;
    std::size_t s = 0;  // the span at b.offset: the offsets ascend, so the spans are walked, not searched
    for (const auto& b : caches_.line_breaks.opportunities(text_, setting_.lang)) {
      while (span_start_[s + 1] <= b.offset) ++s;  // the last span starting at or before it, as span_at
      if (b.offset == span_start_[s] && spans_[s].superscript) continue;
      if (spans_[s].url && b.offset > span_start_[s]) continue;  // inside a URL: its own rules
      if (b.offset == span_start_[s] && b.offset > 0 && spans_[span_at(b.offset - 1)].url &&
          text_[b.offset - 1] != ' ' && !spans_[s].url && (text_[b.offset] == '.' || text_[b.offset] == ','))
        continue;
      out.push_back(b.offset);
    }
    for (std::size_t u = 0; u < spans_.size(); ++u) {
      if (!spans_[u].url) continue;
      for (const auto& b : text::url_break_opportunities(spans_[u].text)) out.push_back(span_start_[u] + b.offset);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.erase(std::remove_if(out.begin(), out.end(), [&](std::size_t o) { return o == 0 || o >= text_.size(); }),
              out.end());
    out.push_back(text_.size());
    return out;
  }

  // The code point at byte i of the text, moving i past it; ASCII, most of
  // any paragraph, without the general decoder.
  char32_t next_code_point(std::size_t& i) const {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte >= 0x80) return text::decode_at(text_, i);
    ++i;
    return byte;
  }

  // Shapes each span into glyphs_ (word by word: nothing is kerned across
  // a space, fonts/shaper.hpp): a box is measured and drawn as the glyphs
  // it holds, so a word broken nowhere is exactly the word shaped whole,
  // kerning and ligatures included, and a break falls between glyphs. (A
  // box may hold a space where no break is allowed: "” (".)
  void shape_words(const FontMetrics& metrics, const std::vector<SpanLook>& looks) {
    inside_glyph_.assign(text_.size() + 1, false);
    glyphs_.reserve(text_.size());  // at most a glyph a byte
    for (std::size_t s = 0; s < spans_.size(); ++s) {
      // A web address is set as typed, character by character; letter-spaced
      // text gets no ligatures.
      const Shaping shaping = spans_[s].url ? Shaping::Plain : tracking_[s] != 0 ? Shaping::Kerned : Shaping::Full;
      metrics.shape(looks[s].font, spans_[s].text, shaping, glyphs_, static_cast<std::uint32_t>(span_start_[s]));
    }
    for (const auto& g : glyphs_)
      for (std::size_t b = g.begin + 1; b < g.end(); ++b) inside_glyph_[b] = true;
  }

  // The kerning, in points, between the glyph ending at byte `o` and the
  // next: a line broken there does without it.
  double kern_before(std::size_t s, std::size_t o) const {
    const std::size_t next = glyph_at(o);
    if (next == 0 || glyphs_[next - 1].end() != o) return 0;
    return glyphs_[next - 1].kern * sizes_[s] / 1000.0;
  }

  // The first glyph whose characters start at or after byte `offset`. (Boxes
  // are not made in text order: a hidden marker's comes before the word it
  // follows.)
  std::size_t glyph_at(std::size_t offset) const {
    auto it = std::partition_point(glyphs_.begin(), glyphs_.end(),
                                   [&](const ShapedGlyph& g) { return g.begin < offset; });
    return static_cast<std::size_t>(it - glyphs_.begin());
  }

  // Width of `piece` in span s's font and size, with its tracking.
  double width(std::size_t s, std::string_view piece) {
    double w = caches_.widths.width(face_[s], piece);
    if (tracking_[s] != 0) w += tracking_[s] * static_cast<double>(text::count_code_points(piece));
    return w;
  }

  // Width of `piece` in span s, kept in `per_span` for the span's next space
  // or hyphen. Measured only when first needed: measuring in a face no text
  // uses would make pdf/ embed that font.
  double measured(std::vector<std::optional<double>>& per_span, std::size_t s, std::string_view piece) {
    if (!per_span[s]) per_span[s] = width(s, piece);
    return *per_span[s];
  }

  // A box of the glyphs whose characters start in [a, b): the sum of
  // their advances and kerning, and the tracking after each.
  void push_box(std::size_t s, std::size_t a, std::size_t b) {
    if (a >= b && !(spans_[s].superscript && spans_[s].text.empty())) return;
    Item box{ItemType::Box};
    box.span = s;
    box.begin = a;
    box.end = b;
    box.glyph_begin = glyph_at(a);
    long per_mille = 0;
    std::size_t g = box.glyph_begin;
    for (; g < glyphs_.size() && glyphs_[g].begin < b; ++g) per_mille += glyphs_[g].advance + glyphs_[g].kern;
    box.glyph_end = g;
    box.width = static_cast<double>(per_mille) * sizes_[s] / 1000.0 +
                tracking_[s] * static_cast<double>(box.glyph_end - box.glyph_begin);
    items_.push_back(box);
  }

  void push_hyphen_penalty(std::size_t s, std::size_t at) {
    Item p{ItemType::Penalty};
    p.width = measured(hyphen_width_, s, "-") - kern_before(s, at);
    p.penalty = hyphen_penalty;
    p.flagged = true;
    p.hyphen = true;
    p.span = s;
    items_.push_back(p);
  }

  // A URL piece wider than the line can only be broken between characters;
  // this is the emergency exit, so it costs a lot.
  void push_url_piece(std::size_t s, std::size_t a, std::size_t b) {
    double w = width(s, std::string_view(text_).substr(a, b - a));
    if (w <= setting_.measure * 0.9) {
      push_box(s, a, b);
      return;
    }
    std::size_t i = a;
    while (i < b) {
      std::size_t start = i;
      text::decode_at(text_, i);
      push_box(s, start, i);
      if (i < b) {
        Item p{ItemType::Penalty, 0, 0, 0, 800};
        p.span = s;
        p.width = -kern_before(s, i);
        p.ragged = true;
        items_.push_back(p);
      }
    }
  }

  void hyphenated_piece(std::size_t s, std::size_t a, std::size_t b) {
    std::size_t i = a, run_start = a;
    while (i < b) {
      std::size_t word_start = i;
      char32_t c = next_code_point(i);
      if (!is_letter(c)) continue;
      // extend to the end of the letter run
      std::size_t word_end = i;
      while (word_end < b) {
        std::size_t next = word_end;
        if (!is_letter(next_code_point(next))) break;
        word_end = next;
      }
      // a letter run glued to digits ("COVID19") is not a word to hyphenate
      bool digit_before = word_start > a && std::isdigit(static_cast<unsigned char>(text_[word_start - 1]));
      bool digit_after = word_end < b && std::isdigit(static_cast<unsigned char>(text_[word_end]));
      std::size_t first = word_start;
      bool capitalised = keep_capitalised_ && is_upper(next_code_point(first));
      if (!digit_before && !digit_after && !capitalised) {
        const auto& points =
            caches_.hyphenation.points(*hyphenator_, std::string_view(text_).substr(word_start, word_end - word_start));
        for (std::size_t p : points) {
          if (inside_glyph_[word_start + p]) continue;  // inside a ligature ("of|fice")
          push_box(s, run_start, word_start + p);
          push_hyphen_penalty(s, word_start + p);
          run_start = word_start + p;
        }
      }
      i = word_end;
    }
    push_box(s, run_start, b);
  }

  void boxes(std::size_t a, std::size_t b) {
    // A footnote printed without a marker still belongs to this line.
    while (next_hidden_ < hidden_.size() && hidden_[next_hidden_].first <= b) {
      std::size_t s = hidden_[next_hidden_++].second;
      push_box(s, span_start_[s], span_start_[s]);
    }
    while (a < b) {
      std::size_t s = span_at(a);
      std::size_t piece_end = std::min(b, span_start_[s + 1]);
      const auto& span = spans_[s];
      if (span.url) push_url_piece(s, a, piece_end);
      else if (hyphenator_ && !span.no_hyphen && !span.superscript) hyphenated_piece(s, a, piece_end);
      else push_box(s, a, piece_end);
      a = piece_end;
    }
  }

  const std::vector<resolve::Span>& spans_;
  const ParagraphSetting& setting_;
  BreakCaches& caches_;
  const text::Hyphenator* hyphenator_ = nullptr;
  bool keep_capitalised_ = false;  // capitalised words are never hyphenated
  std::string text_;
  std::vector<std::size_t> span_start_;
  std::vector<std::size_t> face_;  // each span's WidthCache handle
  std::vector<double> sizes_;       // each span's font size
  std::vector<double> tracking_;    // each span's tracking, in points
  std::vector<ShapedGlyph> glyphs_;  // of every word, in text order (shape_words)
  std::vector<bool> inside_glyph_;   // per byte: within a glyph's characters, not at their start
  std::vector<std::optional<double>> space_width_, hyphen_width_;  // of " " and "-" in each span's face
  std::vector<Item> items_;
  std::vector<std::pair<std::size_t, std::size_t>> hidden_;  // (offset, span) of markers printed as nothing
  std::size_t next_hidden_ = 0;
};

struct Node {
  std::size_t position = 0;  // the break item (0 for the paragraph start)
  std::size_t start = 0;     // first item of the line after this break
  int fitness = 1;
  int hyphen_run = 0;
  double demerits = 0;
  int previous = -1;
};

class KnuthPlass {
public:
  // `expansion`: ParagraphSetting::expansion, the limit of font expansion.
  KnuthPlass(const std::vector<Item>& items, double measure, double expansion)
      : items_(items), measure_(measure), expansion_(expansion) {
    sum_w_.assign(items.size() + 1, 0);
    sum_y_.assign(items.size() + 1, 0);
    sum_z_.assign(items.size() + 1, 0);
    sum_e_.assign(items.size() + 1, 0);
    for (std::size_t i = 0; i < items.size(); ++i) {
      bool counts = items[i].type != ItemType::Penalty;
      sum_w_[i + 1] = sum_w_[i] + (counts ? items[i].width : 0);
      sum_y_[i + 1] = sum_y_[i] + (items[i].type == ItemType::Glue ? items[i].stretch : 0);
      sum_z_[i + 1] = sum_z_[i] + (items[i].type == ItemType::Glue ? items[i].shrink : 0);
      sum_e_[i + 1] = sum_e_[i] + (counts ? items[i].expandable : 0);
    }
  }

  // How far the glyphs of the line from `start` to break `b` may stretch or
  // shrink by font expansion, in points.
  double expansion_room(std::size_t start, std::size_t b) const {
    double e = sum_e_[b] - sum_e_[start];
    if (items_[b].type == ItemType::Penalty) e += items_[b].expandable;
    return e * expansion_;
  }

  // The share by which a line set at ratio r draws its glyphs wider: the
  // spaces' ratio, up to the limit (see line_breaker.hpp).
  double expansion_at(double r) const { return expansion_ * std::clamp(r, -1.0, 1.0); }

  // What the line from `start` to break `b` lacks of the measure with its
  // spaces at ratio r (at least 1) and its glyphs at their widest, in
  // points, and the width of its glyphs that expansion scales.
  std::pair<double, double> shortfall(std::size_t start, std::size_t b, double r) const {
    double w = sum_w_[b] - sum_w_[start];
    if (items_[b].type == ItemType::Penalty) w += items_[b].width;
    const double y = sum_y_[b] - sum_y_[start];
    double e = sum_e_[b] - sum_e_[start];
    if (items_[b].type == ItemType::Penalty) e += items_[b].expandable;
    return {measure_ - (w + y * r + e * expansion_), e};
  }

  std::size_t line_start_after(std::size_t b) const {
    std::size_t i = b + 1;
    while (i < items_.size() && items_[i].type != ItemType::Box) {
      if (items_[i].type == ItemType::Penalty && items_[i].penalty <= -infinite_penalty) break;
      ++i;
    }
    return i;
  }

  double ratio(std::size_t start, std::size_t b) const {
    double w = sum_w_[b] - sum_w_[start];
    if (items_[b].type == ItemType::Penalty) w += items_[b].width;
    if (w < measure_ && items_[b].ragged) {
      // A line broken inside a URL is set with natural spaces: a long address
      // would otherwise spread the few spaces before it across the line. It
      // costs as much as if a line half empty were fully stretched.
      return (measure_ - w) / (measure_ * 0.5);
    }
    if (w < measure_) {
      // Spaces and glyphs share the stretch up to the glyphs' limit, then
      // the spaces take the rest alone.
      double y = sum_y_[b] - sum_y_[start], e = expansion_room(start, b);
      if (measure_ - w <= y + e) return (measure_ - w) / (y + e);
      return y > 0 ? 1 + (measure_ - w - y - e) / y : 1e9;
    }
    if (w > measure_) {
      double z = sum_z_[b] - sum_z_[start] + expansion_room(start, b);
      return z > 0 ? (measure_ - w) / z : -1e9;
    }
    return 0;
  }

  bool legal(std::size_t i) const {
    const Item& it = items_[i];
    if (it.type == ItemType::Penalty) return it.penalty < infinite_penalty;
    if (it.type == ItemType::Glue) return i > 0 && items_[i - 1].type == ItemType::Box;
    return false;
  }

  // Returns the chosen break positions, or nothing if no feasible set exists.
  // Lines looser than `comfortable` cost loose_line_demerits each.
  std::optional<std::vector<std::size_t>> run(double tolerance, double comfortable) {
    nodes_.clear();
    nodes_.push_back(Node{0, 0, 1, 0, 0, -1});
    active_.assign(1, 0);
    // best candidate per (fitness, hyphen run) at one breakpoint; an entry
    // counts only where `have` says so, so it is not cleared between breakpoints
    Node best[4][max_hyphen_run + 1];
    for (std::size_t b = 0; b < items_.size(); ++b) {
      if (!legal(b)) continue;
      const Item& item = items_[b];
      bool forced = item.type == ItemType::Penalty && item.penalty <= -infinite_penalty;
      bool have[4][max_hyphen_run + 1] = {};
      bool any = false;
      still_active_.clear();
      for (int a : active_) {
        const Node& from = nodes_[a];
        if (from.start > b) {
          still_active_.push_back(a);
          continue;
        }
        double r = ratio(from.start, b);
        if (r < -1 || forced) {
          // too long already: this node can start no later line (but may end here if forced and feasible)
        } else {
          still_active_.push_back(a);
        }
        if (r < -1 || r > tolerance) continue;
        bool flagged = item.type == ItemType::Penalty && item.flagged;
        int run = flagged ? from.hyphen_run + 1 : 0;
        if (run > max_hyphen_run) continue;
        double badness = 100 * std::pow(std::abs(r), 3);
        double d = std::pow(line_penalty + badness, 2);
        if (r > comfortable) d += loose_line_demerits;
        if (item.type == ItemType::Penalty) {
          if (item.penalty > 0) d += std::pow(item.penalty, 2);
          else if (item.penalty > -infinite_penalty) d -= std::pow(item.penalty, 2);
        }
        if (flagged && from.hyphen_run > 0) d += flagged_demerits;
        if (forced && from.hyphen_run > 0) d += final_hyphen_demerits;
        int fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
        if (std::abs(fitness - from.fitness) > 1) d += fitness_demerits;
        double total = from.demerits + d;
        if (!have[fitness][run] || total < best[fitness][run].demerits) {
          have[fitness][run] = any = true;
          best[fitness][run] = Node{b, line_start_after(b), fitness, run, total, a};
        }
      }
      active_.swap(still_active_);
      for (int f = 0; any && f < 4; ++f)
        for (int h = 0; h <= max_hyphen_run; ++h)
          if (have[f][h]) {
            nodes_.push_back(best[f][h]);
            active_.push_back(static_cast<int>(nodes_.size()) - 1);
          }
      if (active_.empty()) return std::nullopt;
    }
    int chosen = -1;
    for (int a : active_)
      if (nodes_[a].position == items_.size() - 1 && (chosen < 0 || nodes_[a].demerits < nodes_[chosen].demerits))
        chosen = a;
    if (chosen < 0) return std::nullopt;
    std::vector<std::size_t> breaks;
    for (int n = chosen; n > 0; n = nodes_[n].previous) breaks.push_back(nodes_[n].position);
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
  }

  // First fit: the fallback when no total-fit solution exists, and the way
  // ragged text is set.
  std::vector<std::size_t> first_fit() const {
    std::vector<std::size_t> breaks;
    std::size_t start = 0;
    std::size_t last_fit = SIZE_MAX;
    int hyphen_run = 0;
    for (std::size_t b = 0; b < items_.size(); ++b) {
      if (!legal(b)) continue;
      bool flagged = items_[b].type == ItemType::Penalty && items_[b].flagged;
      if (flagged && hyphen_run >= max_hyphen_run) continue;
      bool forced = items_[b].penalty <= -infinite_penalty && items_[b].type == ItemType::Penalty;
      double w = sum_w_[b] - sum_w_[start] + (items_[b].type == ItemType::Penalty ? items_[b].width : 0);
      if (w > measure_ && last_fit != SIZE_MAX) {
        breaks.push_back(last_fit);
        hyphen_run = items_[last_fit].type == ItemType::Penalty && items_[last_fit].flagged ? hyphen_run + 1 : 0;
        start = line_start_after(last_fit);
        last_fit = SIZE_MAX;
        if (start > b) continue;
        w = sum_w_[b] - sum_w_[start] + (items_[b].type == ItemType::Penalty ? items_[b].width : 0);
      }
      if (forced) {
        breaks.push_back(b);
        break;
      }
      // A penalty with a hyphen is a last resort in ragged text.
      if (w <= measure_ || last_fit == SIZE_MAX) last_fit = b;
    }
    return breaks;
  }

private:
  const std::vector<Item>& items_;
  double measure_;
  double expansion_;
  std::vector<double> sum_w_, sum_y_, sum_z_;
  std::vector<double> sum_e_;  // expandable widths (Item::expandable)
  std::vector<Node> nodes_;
  // The active breakpoints (indices into nodes_) before and after the item
  // run() looks at; kept between items and passes to spare an allocation each.
  std::vector<int> active_, still_active_;
};

// Moves the fragments of a loose line apart by spreading `shortfall` points
// over its characters, up to max_letter_spacing; the line stays short if
// that is not enough.
void spread_letters(Line& line, double shortfall, const std::vector<SpanLook>& looks) {
  // PDF's character spacing (Tc) follows every glyph a string shows.
  auto count = [](const LineFragment& f) { return f.glyph_count; };
  if (shortfall <= 0 || line.fragments.empty()) return;
  // Each character's spacing also widens the space after its word, so the
  // spaces give that much back: the gaps stay as they were.
  std::size_t characters = 0, gaps = 0;
  std::vector<bool> space_before(line.fragments.size(), false);
  double size = 0;
  for (std::size_t i = 0; i < line.fragments.size(); ++i) {
    const auto& f = line.fragments[i];
    characters += count(f);
    size = std::max(size, looks[f.span].size);
    if (i > 0 && f.x > line.fragments[i - 1].x + line.fragments[i - 1].width + 0.01) {
      space_before[i] = true;
      ++gaps;
    }
  }
  if (characters < gaps + 2) return;
  double spacing = std::min(shortfall / static_cast<double>(characters - 1 - gaps), max_letter_spacing * size);
  line.letter_spacing += spacing;
  double shift = 0;
  for (std::size_t i = 0; i < line.fragments.size(); ++i) {
    auto& f = line.fragments[i];
    if (space_before[i]) shift -= spacing;
    f.x += shift;
    double extra = spacing * static_cast<double>(count(f));
    f.width += extra;
    shift += extra;
  }
  // The spacing after the line's last character is not part of the line.
  line.fragments.back().width -= spacing;
}

}  // namespace

std::vector<Line> break_lines(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
                              const ParagraphSetting& setting, BreakServices& services, BreakCaches& caches) {
  ItemBuilder builder(spans, looks, setting, services, caches);
  auto items = builder.build();
  builder.mark_expansion(items);
  const std::string& text = builder.text();
  const std::vector<ShapedGlyph>& glyphs = builder.glyphs();
  KnuthPlass kp(items, setting.measure, setting.justify ? setting.expansion : 0);

  std::vector<std::size_t> breaks;
  if (setting.justify) {
    // The looser pass only when the comfortable one finds no solution (a
    // single loose pass would spread spaces to save hyphens everywhere, and
    // cost more time); the last one accepts any spacing, so that the rules
    // (no hyphen before a marker, at most two hyphenated lines in a row)
    // hold even in a narrow column.
    auto found = kp.run(comfortable_stretch_ratio, comfortable_stretch_ratio);
    if (!found) found = kp.run(loosest_stretch_ratio, comfortable_stretch_ratio);
    if (!found) found = kp.run(1e6, comfortable_stretch_ratio);
    breaks = found ? *found : kp.first_fit();
  } else {
    breaks = kp.first_fit();
  }

  std::vector<Line> lines;
  std::size_t start = 0;
  for (std::size_t li = 0; li < breaks.size(); ++li) {
    std::size_t b = breaks[li];
    bool last = li + 1 == breaks.size();
    double r = 0;
    if (setting.justify) r = std::max(-1.0, kp.ratio(start, b));
    // The last line is ragged, but shrinks like any other where total fit
    // chose to end the paragraph on a line a little too long.
    if (last) r = std::min(r, 0.0);
    if (r > 1e8 || (items[b].ragged && r > 0)) r = 0;
    // Total fit keeps spaces within the comfortable limit wherever it can
    // (the first pass); a paragraph it cannot set so is re-broken looser.
    // A line that still lacks width gets spaces up to the loosest ratio, and
    // only what it lacks beyond that is spread between its letters (at most
    // 0.01 em, which no reader sees); a line still short stays short.
    bool loose = r > loosest_stretch_ratio;
    r = std::min(r, loosest_stretch_ratio);
    Line line;
    // Tracking is the same on every line; it is in every box's width already.
    // (It follows the paragraph's first span: a heading is one size.)
    if (!looks.empty()) line.letter_spacing = setting.tracking * looks.front().size;
    line.expansion = kp.expansion_at(r);
    if (loose && setting.expansion > 0) {
      auto [missing, expandable] = kp.shortfall(start, b, loosest_stretch_ratio);
      if (missing > 0 && expandable > 0) line.expansion += std::min(emergency_expansion, missing / expandable);
    }
    double x = 0;
    bool previous_was_box = false;
    std::size_t fragment_start = 0;  // the text offset of the last fragment's first character
    std::size_t glyph_count = 1;     // room for a hyphen
    for (std::size_t i = start; i < b; ++i)
      if (items[i].type == ItemType::Box) glyph_count += items[i].glyph_end - items[i].glyph_begin;
    line.glyphs.reserve(glyph_count);
    for (std::size_t i = start; i < b; ++i) {
      const Item& it = items[i];
      if (it.type == ItemType::Box) {
        std::string_view piece(text.data() + it.begin, it.end - it.begin);
        double scale = it.expandable > 0 ? 1 + line.expansion : 1;
        double width = it.width + it.expandable * line.expansion;
        if (!(previous_was_box && !line.fragments.empty() && line.fragments.back().span == it.span)) {
          line.fragments.push_back(
              LineFragment{it.span, {}, x, 0, scale, static_cast<std::uint32_t>(line.glyphs.size()), 0});
          fragment_start = it.begin;
        }
        LineFragment& f = line.fragments.back();
        f.text += piece;
        f.width += width;
        const std::size_t first_new = line.glyphs.size();
        line.glyphs.insert(line.glyphs.end(), glyphs.begin() + static_cast<std::ptrdiff_t>(it.glyph_begin),
                           glyphs.begin() + static_cast<std::ptrdiff_t>(it.glyph_end));
        for (std::size_t g = first_new; g < line.glyphs.size(); ++g)
          line.glyphs[g].begin -= static_cast<std::uint32_t>(fragment_start);
        f.glyph_count += static_cast<std::uint32_t>(it.glyph_end - it.glyph_begin);
        x += width;
        previous_was_box = true;
      } else if (it.type == ItemType::Glue) {
        if (it.stretch >= infinite_stretch) continue;
        x += it.width + (r >= 0 ? r * it.stretch : r * it.shrink);
        previous_was_box = false;
      }
    }
    if (items[b].type == ItemType::Penalty && !last && !line.fragments.empty()) {
      // Broken inside a word: its last glyph here goes without the kerning
      // to the next (the penalty's width gave it back), and a hyphenation
      // point gets its hyphen, unkerned.
      LineFragment& f = line.fragments.back();
      if (f.glyph_count > 0) line.glyphs.back().kern = 0;
      if (items[b].hyphen) {
        const std::size_t before = line.glyphs.size();
        services.metrics.shape(looks[f.span].font, "-", Shaping::Plain, line.glyphs,
                               static_cast<std::uint32_t>(f.text.size()));
        f.glyph_count += static_cast<std::uint32_t>(line.glyphs.size() - before);
        f.text += "-";
        line.hyphenated = true;
      }
      double width = items[b].width + items[b].expandable * line.expansion;
      f.width += width;
      x += width;
    }
    if (loose && !line.fragments.empty()) {
      spread_letters(line, setting.measure - x, looks);
      x = line.fragments.back().x + line.fragments.back().width;
    }
    line.width = x;
    // A break at glue is between words; any other break but the paragraph's
    // end is inside one.
    line.continues = !last && items[b].type == ItemType::Penalty;
    for (const auto& f : line.fragments)
      if (spans[f.span].superscript && spans[f.span].footnote >= 0) line.footnotes.push_back(spans[f.span].footnote);
    lines.push_back(std::move(line));
    start = kp.line_start_after(b);
  }
  return lines;
}

}  // namespace briefc::layout
