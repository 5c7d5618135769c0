#include "leak/leak_check.hpp"

#include "leak/edition_text.hpp"
#include "leak/pdf_text.hpp"
#include "model/inline_walk.hpp"
#include "leak/words.hpp"
#include "pdf/pdf_document.hpp"
#include "text/percent_encoding.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <fstream>
#include <iterator>
#include <tuple>
#include <unordered_set>

namespace briefc::leak {

namespace {

struct Sighting {
  std::vector<std::string> places;  // where it was seen, first first
  std::string printed;              // the first text that matched, as printed
};

void seen(Sighting& s, const std::string& where, std::string_view printed) {
  if (s.printed.empty()) {
    std::size_t cut = std::min<std::size_t>(printed.size(), 300);
    while (cut < printed.size() && cut > 0 && (static_cast<unsigned char>(printed[cut]) & 0xC0) == 0x80) --cut;
    s.printed = std::string(printed.substr(0, cut));
  }
  for (const auto& p : s.places)
    if (p == where) return;
  s.places.push_back(where);
}

std::string plain(const std::vector<resolve::Span>& spans) {
  std::string out;
  for (const auto& s : spans)
    if (!s.superscript) out += s.text;
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The paragraph or footnote that printed a value, when it can be traced.
diag::SourceLocation printed_from(Scanner& scanner, std::size_t value, const resolve::ResolvedDocument& doc) {
  auto holds = [&](const std::vector<resolve::Span>& spans) {
    for (const auto& f : scanner.scan(plain(spans)))
      if (f.value == value) return true;
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

// Whether pdf/ writes `uri` otherwise than it is (pdf::encode_uri escapes
// spaces, non-ASCII bytes and a few more): most URLs are written as they are.
bool needs_encoding(const std::string& uri) {
  for (char c : uri) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' ||
        c == '{' || c == '|' || c == '}' || c == '%')
      return true;
  }
  return false;
}

// Letters and digits only, ASCII lower case: "+7 701" and "7 701" print alike.
std::string gist(const std::string& s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// One printed name is one report, although several values of its record
// match it ("Aigoul Nourlanova" is also "Aigul Nurlanova" and "Айгуль
// Нурланова" folded): a value is left out when another value of the same
// record was seen everywhere it was and says the same or more — the one
// written as printed, or the longer one ("Aigul Nurlanova" over "Nurlanova").
bool covered(const std::vector<ConfidentialValue>& values, const std::vector<Sighting>& sightings, std::size_t v) {
  auto rank = [&](std::size_t x) {
    bool as_printed = gist(values[x].text) == gist(sightings[x].printed);
    return std::make_tuple(as_printed ? 1 : 0, values[x].text.size(), std::size_t(SIZE_MAX - x));
  };
  for (std::size_t w = 0; w < values.size(); ++w) {
    if (w == v || sightings[w].places.empty()) continue;
    if (values[w].location.file != values[v].location.file || values[w].location.offset != values[v].location.offset)
      continue;
    bool all_there = true;
    for (const auto& p : sightings[v].places)
      all_there = all_there &&
                  std::find(sightings[w].places.begin(), sightings[w].places.end(), p) != sightings[w].places.end();
    if (all_there && rank(w) > rank(v)) return true;
  }
  return false;
}

// The first words of a long text, for a message.
std::string opening(const std::string& text, std::size_t words = 10) {
  std::size_t at = 0, count = 0;
  bool in_word = false;
  for (; at < text.size(); ++at) {
    bool space = text[at] == ' ' || text[at] == '\n' || text[at] == '\t';
    if (!space && !in_word && ++count > words) break;
    in_word = !space;
  }
  std::string out = text.substr(0, at);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return at < text.size() ? out + " …" : out;
}

// Which findings in one text the exemptions cover. In a flow (the body, the
// footnotes) each exemption covers one occurrence of its text; elsewhere
// (bookmarks and info repeat what the flow prints) any occurrence.
class ExemptionMatcher {
 public:
  ExemptionMatcher(std::vector<Exemption>& exemptions, const text::SpoofFold& fold)
      : exemptions_(exemptions), scanner_(values(exemptions), fold, no_public_texts_) {}

  // The byte ranges of `text` the exemptions cover.
  std::vector<std::pair<std::size_t, std::size_t>> covered(const std::string& text, bool flow) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (exemptions_.empty()) return out;
    for (const auto& f : scanner_.scan(text, {false, false})) {
      if (!flow) {
        out.push_back({f.begin, f.end});
        continue;
      }
      // One unused exemption of the same text.
      std::string key = lower_ascii(exemptions_[f.value].text);
      for (auto& e : exemptions_)
        if (e.used == 0 && lower_ascii(e.text) == key) {
          ++e.used;
          out.push_back({f.begin, f.end});
          break;
        }
    }
    return out;
  }

 private:
  static std::vector<ConfidentialValue> values(const std::vector<Exemption>& exemptions) {
    std::vector<ConfidentialValue> out;
    for (const auto& e : exemptions)
      out.push_back({e.text, "exemption", e.reason, e.location, ValueKind::Phrase, false, {}});
    return out;
  }
  std::vector<Exemption>& exemptions_;
  const std::vector<std::string> no_public_texts_;  // before scanner_, which keeps a pointer to it
  Scanner scanner_;
};

}  // namespace

std::vector<Exemption> exemptions(const model::Corpus& corpus, const model::Document& document) {
  std::vector<Exemption> out;
  auto collect = [&](const model::Inline& n) {
    if (n.kind == model::InlineKind::LeakOk) out.push_back({model::plain_text(n.children), n.reason, n.location, 0});
  };
  model::for_each_block_inline(document.body, collect);
  for (const auto& c : corpus.cases)
    for (const auto& n : c.narratives) model::for_each_inline(n.content, collect);
  for (const auto& r : corpus.recommendations)
    for (const auto& t : r.texts) model::for_each_inline(t.content, collect);
  return out;
}

namespace {

// The search shared by the two checks: every place a value was seen,
// exemptions applied.
class LeakSearch {
 public:
  LeakSearch(const std::vector<ConfidentialValue>& values, Scanner& scanner, std::vector<Exemption>& exemptions,
             const text::SpoofFold& fold)
      : scanner_(scanner), exempt_(reset(exemptions), fold), sightings(values.size()) {}

  // `flow`: each exemption covers one occurrence in it (the body, the
  // footnotes); a flow over pages always counts so.
  void look_in(const std::string& text, const PrintedText* printed, const std::string& where, ScanMode mode,
               bool flow = false) {
    auto findings = scanner_.scan(text, mode);
    if (findings.empty()) return;
    auto covered = exempt_.covered(text, flow || (printed && !printed->pages.empty()));
    for (const auto& f : findings) {
      bool vouched = std::any_of(covered.begin(), covered.end(),
                                 [&](const auto& r) { return r.first <= f.begin && f.end <= r.second; });
      if (vouched) continue;
      seen(sightings[f.value], printed ? printed->place(f.begin, f.end) : where,
           std::string_view(text).substr(f.begin, f.end - f.begin));
    }
  }

  // Each text, and a percent-decoded copy of one that holds escapes; the
  // first `flows` texts are flows (look_in above).
  void look_in(const std::vector<PrintedText>& texts, std::size_t flows = 0) {
    for (const auto& printed : texts) {
      bool flow = static_cast<std::size_t>(&printed - texts.data()) < flows;
      look_in(printed.text, &printed, printed.where, {printed.address, true}, flow);
      if (has_percent_escape(printed.text)) {
        PrintedText decoded{printed.where + " (percent-decoded)", text::percent_decode(printed.text), true, {}};
        look_in(decoded.text, &decoded, decoded.where, {true, true});
      }
    }
  }

  // One error per value seen (the spellings of one record seen in the same
  // places are one); true when there is none. `verb`: "appears", "would appear".
  bool report(const std::vector<ConfidentialValue>& values, const resolve::ResolvedDocument& resolved,
              const char* verb, diag::Diagnostics& diags, std::string_view edition = "PDF") {
    bool clean = true;
    for (std::size_t v = 0; v < values.size(); ++v) {
      if (sightings[v].places.empty()) continue;
      clean = false;
      if (covered(values, sightings, v)) continue;
      const auto& value = values[v];
      std::string shown = value.kind == ValueKind::LongText ? opening(value.text) : value.text;
      std::string as_printed;
      std::string as_written = value.kind == ValueKind::Address ? bare_address(value.text) : shown;
      if (gist(sightings[v].printed) != gist(as_written))
        as_printed = fmt::format(", printed as '{}'", opening(sightings[v].printed, 12));
      auto& d = diags.error(value.location,
                            fmt::format("confidential {} ('{}') {} in the public {}: {}{}", value.what, shown, verb,
                                        edition, describe(sightings[v].places), as_printed),
                            fmt::format("it is confidential ({}); print it by its public wording (<person ref>, "
                                        "<org ref> or <cite> of a record with public-as) or take it out of the "
                                        "document, or build with --internal; if the text is not about it (a place "
                                        "named like a person), mark that one occurrence <span leak-ok=\"why\">",
                                        value.reason));
      if (auto where = printed_from(scanner_, v, resolved); where.known())
        d.notes.push_back({where, "printed from here"});
    }
    return clean;
  }

 private:
  static std::vector<Exemption>& reset(std::vector<Exemption>& exemptions) {
    for (auto& e : exemptions) e.used = 0;
    return exemptions;
  }

  Scanner& scanner_;
  ExemptionMatcher exempt_;

 public:
  std::vector<Sighting> sightings;
};

// What a resolved document will print, as the leak check reads it: the body
// and the footnotes each as one text, the links, the bookmarks' titles and
// the document info.
std::vector<PrintedText> resolved_texts(const resolve::ResolvedDocument& doc) {
  PrintedText body, notes;
  body.where = "the body text";
  notes.where = "the footnotes";
  std::vector<PrintedText> more;  // links and bookmarks, after the two flows
  auto add_spans = [&](std::string& text, const std::vector<resolve::Span>& spans) {
    for (const auto& s : spans) {
      if (s.superscript) continue;
      text += s.text;
      if (!s.uri.empty()) {
        PrintedText link;
        link.where = "a link";
        link.text = s.uri;
        link.address = true;
        more.push_back(std::move(link));
      }
    }
    text += '\n';
  };
  for (const auto& p : doc.paragraphs) {
    if (!p.label.empty()) body.text += p.label + ' ';
    add_spans(body.text, p.spans);
    if (!p.outline_title.empty()) {
      PrintedText bookmark;
      bookmark.where = "a bookmark";
      bookmark.text = p.outline_title;
      more.push_back(std::move(bookmark));
    }
  }
  for (const auto& f : doc.footnotes) add_spans(notes.text, f.spans);
  std::vector<PrintedText> out;
  out.push_back(std::move(body));
  out.push_back(std::move(notes));
  for (auto& m : more) out.push_back(std::move(m));
  for (auto [where, text] : {std::pair{"the document info (Title)", &doc.title},
                             std::pair{"the document info (Author)", &doc.author},
                             std::pair{"the document info (Subject)", &doc.subject},
                             std::pair{"the document info (Keywords)", &doc.keywords}}) {
    PrintedText info;
    info.where = where;
    info.text = *text;
    out.push_back(std::move(info));
  }
  return out;
}

}  // namespace

bool check_for_leaks(const std::vector<ConfidentialValue>& values, Scanner& scanner, const PublishedFile& file,
                     std::vector<Exemption>& exemptions, const text::SpoofFold& fold, diag::Diagnostics& diags) {
  if (scanner.empty()) return true;
  LeakSearch search(values, scanner, exemptions, fold);
  search.look_in(file.printed);

  std::ifstream in(file.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string unreadable;
  if (!in.good() && !in.eof()) unreadable = "cannot read the written file back";
  auto pieces = file_texts(bytes, unreadable);
  std::vector<std::string> encoded;  // the link URIs as pdf/ writes them
  if (bytes.empty()) unreadable = "the written file is empty";
  if (!unreadable.empty()) {
    // A check that could not look proves nothing: refuse rather than publish.
    diags.file_error(file.path, fmt::format("the leak check could not read the file: {}", unreadable));
    return false;
  }
  // A string of the file that is exactly a text already read as laid out (a
  // link's URI, a bookmark's title, the info) says nothing new.
  std::unordered_set<std::string_view> already;
  for (const auto& printed : file.printed) {
    already.insert(printed.text);
    if (printed.address && needs_encoding(printed.text)) encoded.push_back(pdf::encode_uri(printed.text));
  }
  for (const auto& e : encoded) already.insert(e);
  // A text the file repeats (a word hyphenated on several pages, a link's
  // text on each of its lines) is read once, where it first appears.
  for (const auto& piece : pieces)
    if (already.insert(piece.text).second)
      search.look_in(piece.text, nullptr, piece.where, {false, !piece.long_values_only});
  return search.report(values, file.resolved, "appears", diags);
}

bool check_edition_for_leaks(const std::vector<ConfidentialValue>& values, Scanner& scanner,
                             const PublishedEdition& edition, std::vector<Exemption>& exemptions,
                             const text::SpoofFold& fold, diag::Diagnostics& diags) {
  if (scanner.empty()) return true;
  LeakSearch search(values, scanner, exemptions, fold);
  auto printed = resolved_texts(edition.resolved);
  PrintedText name;
  name.where = "the file name";
  name.text = edition.file_name;
  name.address = true;
  printed.push_back(std::move(name));
  search.look_in(printed, 2);  // the body and the footnotes: each exemption covers one occurrence

  std::ifstream in(edition.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string unreadable;
  if (!in.good() && !in.eof()) unreadable = "cannot read the written file back";
  else if (bytes.empty()) unreadable = "the written file is empty";
  auto texts = unreadable.empty() ? (edition.kind == "DOCX" ? docx_texts(bytes, unreadable) : html_texts(bytes, unreadable))
                                  : std::vector<EditionText>{};
  if (!unreadable.empty()) {
    // A check that could not look proves nothing: refuse rather than publish.
    diags.file_error(edition.path, fmt::format("the leak check could not read the file: {}", unreadable));
    return false;
  }
  for (const auto& t : texts) {
    search.look_in(t.text, nullptr, t.where, {t.address, !t.address});
    if (has_percent_escape(t.text))
      search.look_in(text::percent_decode(t.text), nullptr, t.where + " (percent-decoded)", {true, !t.address});
  }
  return search.report(values, edition.resolved, "appears", diags, edition.kind);
}

bool check_resolved_for_leaks(const std::vector<ConfidentialValue>& values, Scanner& scanner,
                              const resolve::ResolvedDocument& resolved, std::vector<Exemption>& exemptions,
                              const text::SpoofFold& fold, diag::Diagnostics& diags) {
  if (scanner.empty()) return true;
  LeakSearch search(values, scanner, exemptions, fold);
  search.look_in(resolved_texts(resolved));
  return search.report(values, resolved, "would appear", diags);
}

}  // namespace briefc::leak
