#include "prose.hpp"

#include "vocabulary.hpp"
#include "xml_text.hpp"

#include <array>
#include <cctype>
#include <stdexcept>
#include <tuple>

namespace briefc::bench {

namespace {

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::string two_digits(int n) {
  std::string out = std::to_string(n);
  if (n < 10) out.insert(out.begin(), '0');
  return out;
}

}  // namespace

std::string Day::iso() const { return iso_month() + "-" + two_digits(day); }
std::string Day::iso_month() const { return std::to_string(year) + "-" + two_digits(month); }
std::string Day::spoken() const { return std::to_string(day) + " " + month_year(); }
std::string Day::month_year() const {
  return vocabulary::month_names()[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

Day Day::plus_days(int days) const {
  Day d = *this;
  d.day += days;
  while (d.day > days_in_month(d.year, d.month)) {
    d.day -= days_in_month(d.year, d.month);
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

bool Day::operator<(const Day& other) const {
  return std::tie(year, month, day) < std::tie(other.year, other.month, other.day);
}

void ProseWriter::text(std::string_view words) {
  out_.xml += escape_text(words);
  out_.printed_chars += printed_length(words);
}

void ProseWriter::raw(std::string_view xml, std::size_t printed) {
  out_.xml += xml;
  out_.printed_chars += printed;
}

void ProseWriter::person(const GenPerson& p, bool full_name) {
  std::string name = full_name ? p.given + " " + p.family : p.family;
  out_.xml += "<person ref=\"" + p.id + "\">" + escape_text(name) + "</person>";
  out_.printed_chars += printed_length(name);
}

void ProseWriter::org(const GenOrganisation& o, bool abbreviated) {
  const std::string& name = abbreviated && !o.abbrev.empty() ? o.abbrev : o.name;
  out_.xml += "<org ref=\"" + o.id + "\">" + escape_text(name) + "</org>";
  out_.printed_chars += printed_length(name);
}

void ProseWriter::law(const GenProvision& provision, bool with_offence) {
  std::string words = "Article " + provision.article;
  out_.xml += "<law ref=\"" + provision.id + "\"";
  if (with_offence) {
    std::string offence = provision.offence;
    if (!offence.empty()) offence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(offence[0])));
    out_.xml += " offence=\"" + escape_attribute(offence) + "\"";
  }
  out_.xml += ">" + words + "</law>";
  out_.printed_chars += words.size();
}

void ProseWriter::cite(const std::vector<const GenSource*>& sources) {
  if (sources.empty()) throw std::logic_error("a <cite> needs a source");
  std::string ids;
  std::size_t printed = 0;
  for (const auto* s : sources) {
    ids += (ids.empty() ? "" : " ") + s->id;
    printed += printed_length(s->url.empty() ? s->title : s->url) + (printed ? 2 : 0);
  }
  out_.xml += "<cite src=\"" + ids + "\"/>";
  if (in_note_) {
    out_.printed_chars += printed;
  } else {
    // "See (in Russian): " before the first address.
    out_.note_chars.push_back(printed + 18);
    out_.printed_chars += 2;  // the superscript marker
  }
}

void ProseWriter::note(const Fragment& inner, bool marker_hidden) {
  if (in_note_) throw std::logic_error("notes do not nest");
  out_.xml += marker_hidden ? "<note marker=\"none\">" : "<note>";
  out_.xml += inner.xml + "</note>";
  out_.note_chars.push_back(inner.printed_chars);
  out_.printed_chars += marker_hidden ? 0 : 2;
}

void ProseWriter::link(std::string_view url, std::string_view words) {
  out_.xml += "<a href=\"" + escape_attribute(url) + "\">" + escape_text(words) + "</a>";
  out_.printed_chars += printed_length(words);
}

void ProseWriter::cross_reference(std::string_view target, std::string_view words) {
  out_.xml += "<ref to=\"" + std::string(target) + "\">" + escape_text(words) + "</ref>";
  out_.printed_chars += printed_length(words);
}

void ProseWriter::open(std::string_view tag) {
  out_.xml += '<';
  out_.xml += tag;
  out_.xml += '>';
}

void ProseWriter::close(std::string_view tag) {
  out_.xml += "</";
  out_.xml += tag;
  out_.xml += '>';
}

void expand(std::string_view pattern, ProseWriter& writer,
            const std::function<void(std::string_view key, ProseWriter& writer)>& fill) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    auto open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      writer.text(pattern.substr(i));
      break;
    }
    auto close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed { in a sentence pattern");
    if (open > i) writer.text(pattern.substr(i, open - i));
    fill(pattern.substr(open + 1, close - open - 1), writer);
    i = close + 1;
  }
}

}  // namespace briefc::bench
