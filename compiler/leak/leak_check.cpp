#include "leak/leak_check.hpp"

#include "leak/pdf_text.hpp"
#include "leak/printed_text.hpp"
#include "leak/text_fold.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <fstream>
#include <iterator>

namespace briefc::leak {

namespace {

constexpr std::size_t long_value_characters = 8;

struct Sighting {
  std::vector<std::string> places;  // where it was seen, first first
};

void seen(std::vector<Sighting>& sightings, std::size_t value, const std::string& where) {
  auto& places = sightings[value].places;
  for (const auto& p : places)
    if (p == where) return;
  places.push_back(where);
}

std::string plain(const std::vector<resolve::Span>& spans) {
  std::string out;
  for (const auto& s : spans)
    if (!s.superscript) out += s.text;
  return out;
}

// The paragraph or footnote that printed a value, when it can be traced.
diag::SourceLocation printed_from(const LeakFinder& finder, std::size_t value, const resolve::ResolvedDocument& doc) {
  auto holds = [&](const std::vector<resolve::Span>& spans) {
    for (std::size_t v : finder.find(plain(spans)))
      if (v == value) return true;
    return false;
  };
  for (const auto& p : doc.paragraphs)
    if (holds(p.spans)) return p.location;
  for (const auto& f : doc.footnotes)
    if (holds(f.spans)) return f.location;
  return {};
}

// "page 2, a bookmark (to page 2) and the document info (Title)"; past three
// places, "… and 4 more".
std::string describe(const std::vector<std::string>& places) {
  constexpr std::size_t shown = 3;
  std::string out;
  for (std::size_t i = 0; i < std::min(places.size(), shown); ++i) {
    bool last = i + 1 == places.size();
    out += (i == 0 ? "" : last ? " and " : ", ") + places[i];
  }
  if (places.size() > shown) out += fmt::format(" and {} more", places.size() - shown);
  return out;
}

// A value found only where a longer value of the same record was found
// ("Nurlanova" inside "Aigul Nurlanova") adds nothing to that report.
bool covered(const LeakFinder& finder, const std::vector<ConfidentialValue>& values,
             const std::vector<Sighting>& sightings, std::size_t v) {
  for (std::size_t w = 0; w < values.size(); ++w) {
    if (w == v || sightings[w].places.empty()) continue;
    if (values[w].location.file != values[v].location.file || values[w].location.offset != values[v].location.offset)
      continue;
    const auto& longer = finder.folded(w);
    const auto& shorter = finder.folded(v);
    if (longer.size() < shorter.size() || (longer == shorter && w > v) || longer.find(shorter) == std::string::npos)
      continue;
    bool all_there = true;
    for (const auto& p : sightings[v].places)
      all_there = all_there &&
                  std::find(sightings[w].places.begin(), sightings[w].places.end(), p) != sightings[w].places.end();
    if (all_there) return true;
  }
  return false;
}

}  // namespace

LeakFinder::LeakFinder(const std::vector<ConfidentialValue>& values, const text::LocaleContext& locales)
    : locales_(locales) {
  for (const auto& v : values) {
    std::string f = fold(locales, v.text);
    folded_.push_back(f.size() > 1 ? f : std::string{});
  }
  bool any = false;
  for (const auto& f : folded_) any = any || !f.empty();
  if (!any) folded_.clear();
}

std::vector<std::size_t> LeakFinder::find(std::string_view text, bool long_values_only) const {
  std::vector<std::size_t> found;
  if (folded_.empty()) return found;
  std::string haystack = fold(locales_, text);
  for (std::size_t i = 0; i < folded_.size(); ++i) {
    const auto& needle = folded_[i];
    if (needle.empty()) continue;
    if (long_values_only && word_characters(needle) < long_value_characters) continue;
    if (haystack.find(needle) != std::string::npos) found.push_back(i);
  }
  return found;
}

bool check_for_leaks(const std::vector<ConfidentialValue>& values, const PublishedPdf& pdf,
                     const text::LocaleContext& locales, diag::Diagnostics& diags) {
  LeakFinder finder(values, locales);
  if (finder.empty()) return true;
  std::vector<Sighting> sightings(values.size());

  for (const auto& printed : pdf.printed)
    for (std::size_t v : finder.find(printed.text)) seen(sightings, v, printed.where);

  std::ifstream in(pdf.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string unreadable;
  if (!in.good() && !in.eof()) unreadable = "cannot read the written file back";
  auto file = file_texts(bytes, unreadable);
  if (bytes.empty()) unreadable = "the written file is empty";
  if (!unreadable.empty()) {
    // A check that could not look proves nothing: refuse rather than publish.
    diags.file_error(pdf.path, fmt::format("the leak check could not read the PDF: {}", unreadable));
    return false;
  }
  for (const auto& piece : file)
    for (std::size_t v : finder.find(piece.text, piece.long_values_only)) seen(sightings, v, piece.where);

  bool clean = true;
  for (std::size_t v = 0; v < values.size(); ++v) {
    if (sightings[v].places.empty()) continue;
    clean = false;
    if (covered(finder, values, sightings, v)) continue;
    const auto& value = values[v];
    auto& d = diags.error(value.location,
                          fmt::format("confidential {} ('{}') appears in the public PDF: {}", value.what, value.text,
                                      describe(sightings[v].places)),
                          fmt::format("it is confidential ({}); print it by its public wording (<person ref>, "
                                      "<org ref> or <cite> of a record with public-as) or take it out of the "
                                      "document, or build with --internal",
                                      value.reason));
    if (auto where = printed_from(finder, v, pdf.resolved); where.known())
      d.notes.push_back({where, "printed from here"});
  }
  return clean;
}

}  // namespace briefc::leak
