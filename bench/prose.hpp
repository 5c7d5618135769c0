// Building inline XML (docs/format.md, "Inline markup") while counting what it
// prints, plus the calendar arithmetic the generated stories need.
#pragma once

#include "corpus_model.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::bench {

// A calendar day. The generator only needs valid dates and "a few weeks later".
struct Day {
  int year = 2020;
  int month = 1;
  int day = 1;

  std::string iso() const;         // 2020-04-17
  std::string iso_month() const;   // 2020-04
  std::string spoken() const;      // 17 April 2020
  std::string month_year() const;  // April 2020
  Day plus_days(int days) const;
  bool operator<(const Day& other) const;
};

// Writes one paragraph's (or one footnote's) inline content. In running text a
// <cite> makes a footnote worded by the EU style ("See (in Russian): URL"); in
// a note it prints the address in place, and notes do not nest.
class ProseWriter {
public:
  explicit ProseWriter(bool in_note = false) : in_note_(in_note) {}

  void text(std::string_view words);
  // Markup written as is (an entity such as &#160;), printing `printed` characters.
  void raw(std::string_view xml, std::size_t printed);
  void person(const GenPerson& p, bool full_name);
  void org(const GenOrganisation& o, bool abbreviated);
  // <law ref="…">Article N</law>; with_offence adds the offence="…" the prose implies.
  void law(const GenProvision& provision, bool with_offence);
  void cite(const std::vector<const GenSource*>& sources);
  void note(const Fragment& inner, bool marker_hidden = false);
  void link(std::string_view url, std::string_view words);
  void cross_reference(std::string_view target, std::string_view words);
  // <b>, <i>, <q>: open, write the content, close.
  void open(std::string_view tag);
  void close(std::string_view tag);

  bool in_note() const { return in_note_; }
  std::size_t footnotes() const { return out_.note_chars.size(); }
  Fragment take() { return std::move(out_); }

private:
  bool in_note_;
  Fragment out_;
};

// Expands a sentence pattern: literal text is written as is, and each {key}
// calls fill(key, writer), which writes whatever the key stands for.
void expand(std::string_view pattern, ProseWriter& writer,
            const std::function<void(std::string_view key, ProseWriter& writer)>& fill);

}  // namespace briefc::bench
