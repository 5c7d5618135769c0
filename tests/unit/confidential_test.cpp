// Confidential records never reach a public PDF (resolve/confidentiality.hpp,
// leak/). The fixture project tests/confidential/ holds confidential persons,
// an organisation, sources, a case, a narrative and fields; its briefing is
// built both ways and read back the way an outsider would read the PDF: with
// pdftotext, and by scanning the file decompressed by qpdf for the names in
// ASCII and in UTF-16BE (how PDF strings hold non-Latin-1 text). The other
// fixture documents each try to get a confidential item printed.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <unistd.h>
#include <zlib.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/build_command.hpp"
#include "cli/options.hpp"
#include "layout/font_metrics.hpp"
#include "layout/pages.hpp"
#include "leak/confidential_values.hpp"
#include "leak/leak_check.hpp"
#include "leak/pdf_text.hpp"
#include "leak/printed_text.hpp"
#include "leak/scanner.hpp"
#include "text/spoof_fold.hpp"
#include <optional>
#include <set>
#include "text/locale_context.hpp"

namespace fs = std::filesystem;
using namespace briefc;

namespace {

const fs::path fixture_root = fs::path(BRIEFC_SOURCE_DIR) / "tests" / "confidential";

// Every confidential value of the fixture that the briefing's internal edition
// prints, with how the records write it.
const std::vector<std::string> confidential_values = {
    "Aigul Nurlanova",                                        // p-nurlanova
    "Nurlanova",                                              //   her family name alone
    "Berik Zhaksylykov",                                      // p-witness
    "Shymkent Zhenskiy Krizisnyy Tsentr",                     // org-shelter
    "https://kibhr.example/internal/prison-monitoring-2020",  // src-monitoring
    "Telephone interview with a guard of colony 157/1",       // src-informant
    "+7 701 555 0199",                                        // <span confidential>: the lawyer's number
    "Guard Berik Zhaksylykov was detained on 4 May 2020",     // case-secret
    "told monitors that the order came from",                 // narrative "internal" of case-nurlanova
};

// What the public edition prints instead.
const std::vector<std::string> public_wordings = {
    "a women’s rights activist from Shymkent",
    "a local women’s shelter",
    "Source: monitoring by KIBHR",
    "Her lawyer (number withheld) has asked for protection",
};


// For comparing with pdftotext's output: no whitespace, no hyphens (a line may
// break anywhere in a long URL), lower case ASCII.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '-') continue;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return s;
}

using test::qdf;
using test::slurp;
using test::utf16be;
using test::utf16be_hex;

// A fresh output folder, removed at the end of the test.
struct OutputDir {
  fs::path path;
  OutputDir() {
    std::string pattern = (fs::temp_directory_path() / "briefc-confidential-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()));
    path = pattern;
  }
  ~OutputDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::vector<std::string> files() const {
    std::vector<std::string> names;
    for (auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

// Runs the build in the fixture project, so diagnostics show the paths a user
// there would see ("sources/records/persons.xml:3:4").
struct Build {
  int status = 0;
  std::string out, err;
};
Build build(const std::string& document, const fs::path& output_dir, bool internal = false,
            const char* source_date_epoch = nullptr) {
  fs::path before = fs::current_path();
  fs::current_path(fixture_root);
  cli::Options options;
  options.command = cli::Command::Build;
  options.documents = {"sources/documents/" + document + ".xml"};
  options.output_dir = output_dir.string();
  options.internal = internal;
  options.source_date = cli::parse_source_date_epoch(source_date_epoch);
  std::ostringstream out, err;
  Build b;
  b.status = cli::run_build(options, out, err);
  fs::current_path(before);
  b.out = out.str();
  b.err = err.str();
  return b;
}

std::string pdf_text(const fs::path& pdf) {
  return briefc::test::command_output("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null");
}

// Fake font metrics for laid-out pages built by hand: 5 points per byte.
struct FixedMetrics : layout::FontMetrics {
  double width(const layout::FontKey&, std::string_view utf8, double) const override {
    return 5.0 * static_cast<double>(utf8.size());
  }
  bool covers(const layout::FontKey&, char32_t) const override { return true; }
};

}  // namespace

// ------------------------------------------------------------------ the two editions

TEST_CASE("confidential: the public PDF holds no confidential person, organisation, source, case or field") {
  OutputDir dir;
  auto b = build("briefing", dir.path);
  INFO(b.err);
  REQUIRE(b.status == 0);
  CHECK(dir.files() == std::vector<std::string>{"briefing.pdf"});
  fs::path pdf = dir.path / "briefing.pdf";

  std::string text = pdf_text(pdf);
  REQUIRE(text.find("Women human rights defenders in Kazakhstan") != std::string::npos);
  for (const auto& value : confidential_values) {
    CAPTURE(value);
    CHECK(squeeze(text).find(squeeze(value)) == std::string::npos);
  }
  for (const auto& wording : public_wordings) {
    CAPTURE(wording);
    CHECK(squeeze(text).find(squeeze(wording)) != std::string::npos);
  }
  CHECK(text.find("CONFIDENTIAL") == std::string::npos);

  // The decompressed file: no value in ASCII, nor in UTF-16BE as raw bytes or
  // as a hex string (libharu writes bookmarks and document info that way).
  std::string file = qdf(pdf);
  REQUIRE(file.size() > 10000);
  std::string file_lower = lower(file);
  for (const auto& value : confidential_values) {
    CAPTURE(value);
    CHECK(file_lower.find(lower(value)) == std::string::npos);
    for (const auto& form : {value, lower(value), upper(value)}) {
      CHECK(file.find(utf16be(form)) == std::string::npos);
      CHECK(file_lower.find(utf16be_hex(form)) == std::string::npos);
    }
  }
}

TEST_CASE("confidential: the internal PDF holds all of it, with the stamp and the build date on every page") {
  OutputDir dir;
  auto b = build("briefing", dir.path, true);
  INFO(b.err);
  REQUIRE(b.status == 0);
  CHECK(b.out.find("briefing.internal.pdf (2 pages, 4 footnotes, 632 words, internal: holds confidential material)") !=
        std::string::npos);
  CHECK(dir.files() == std::vector<std::string>{"briefing.internal.pdf"});
  fs::path pdf = dir.path / "briefing.internal.pdf";

  std::string text = pdf_text(pdf);
  for (const auto& value : confidential_values) {
    CAPTURE(value);
    CHECK(squeeze(text).find(squeeze(value)) != std::string::npos);
  }
  // pdftotext ends every page with a form feed.
  std::vector<std::string> pages;
  std::istringstream in(text);
  for (std::string page; std::getline(in, page, '\f');)
    if (!page.empty() && page != "\n") pages.push_back(page);
  CHECK(pages.size() == 2);
  for (const auto& page : pages) CHECK(page.find("CONFIDENTIAL — internal use only · 2020-11-01") != std::string::npos);

  // The same scan that finds nothing in the public file does see a name here
  // (the case profile's bookmark), so its silence there means something.
  CHECK(lower(qdf(pdf)).find(utf16be_hex("Aigul Nurlanova")) != std::string::npos);
}

TEST_CASE("confidential: the stamp's date comes from SOURCE_DATE_EPOCH when it is set, never from the clock") {
  OutputDir dir;
  auto b = build("briefing", dir.path, true, "1700000000");  // 2023-11-14 22:13:20 UTC
  REQUIRE(b.status == 0);
  CHECK(pdf_text(dir.path / "briefing.internal.pdf").find("CONFIDENTIAL — internal use only · 2023-11-14") !=
        std::string::npos);
  auto first = slurp(dir.path / "briefing.internal.pdf");
  build("briefing", dir.path, true, "1700000000");
  CHECK(slurp(dir.path / "briefing.internal.pdf") == first);
}

TEST_CASE("confidential: an internal build never takes the name of a public PDF") {
  OutputDir dir;
  REQUIRE(build("briefing", dir.path).status == 0);
  REQUIRE(build("briefing", dir.path, true).status == 0);
  CHECK(dir.files() == std::vector<std::string>{"briefing.internal.pdf", "briefing.pdf"});
  CHECK(slurp(dir.path / "briefing.pdf") != slurp(dir.path / "briefing.internal.pdf"));

  std::string error;
  CHECK(!cli::parse_options({"build", "doc.xml", "--internal", "-o", "output/doc.pdf"}, error));
  CHECK(error ==
        "with --internal, -o must name a file ending in .internal.pdf (an internal build never replaces a public PDF)");
  CHECK(!cli::parse_options({"build", "doc.xml", "-o", "output/doc.internal.pdf"}, error));
  CHECK(error == "-o names an internal PDF (.internal.pdf); add --internal, or name the public PDF otherwise");
  auto ok = cli::parse_options({"build", "doc.xml", "--internal", "-o", "output/doc.internal.pdf"}, error);
  REQUIRE(ok);
  CHECK(ok->internal);
}

// ------------------------------------------------------------------ refused documents

TEST_CASE("confidential: a document that can only be written by printing a confidential item is a located error") {
  struct Expected {
    const char* document;
    const char* first_line;
    const char* note;
  };
  const Expected cases[] = {
      {"forced-case",
       "sources/documents/forced-case.xml:8:16: error: case 'case-secret' is confidential; a public build cannot "
       "print it\n",
       "sources/records/cases.xml:19:4: note: marked confidential here: the family has not agreed to publication\n"},
      {"forced-narrative",
       "sources/documents/forced-narrative.xml:7:16: error: narrative 'internal' of case 'case-nurlanova' is "
       "confidential; a public build cannot print it\n",
       "sources/records/cases.xml:9:6: note: marked confidential here: unconfirmed; names the guard\n"},
      {"forced-cite",
       "sources/documents/forced-cite.xml:7:47: error: source 'src-informant' is confidential and has no public "
       "attribution; a public build cannot cite it\n",
       "sources/records/sources.xml:9:4: note: marked confidential here: the guard would lose his job\n"},
      {"forced-person",
       "sources/documents/forced-person.xml:7:31: error: person 'p-witness' is confidential and has no public "
       "wording; a public build cannot print this name\n",
       "sources/records/persons.xml:10:4: note: marked confidential here: witness; risk of reprisals\n"},
      {"internal-only",
       "sources/documents/internal-only.xml:3:2: error: document 'internal-only' is confidential (notes for partner "
       "organisations); it has no public edition\n",
       "hint: build it with --internal\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.document);
    OutputDir dir;
    auto b = build(c.document, dir.path);
    CHECK(b.status == 1);
    CHECK(b.err.rfind(c.first_line, 0) == 0);
    CHECK(b.err.find(c.note) != std::string::npos);
    CHECK(b.err.find("1 error(s), 0 warning(s); no PDF written") != std::string::npos);
    CHECK(dir.files().empty());
  }
  // A cross-reference to a confidential case: its target is not in the paper.
  OutputDir dir;
  auto b = build("forced-ref", dir.path);
  CHECK(b.status == 1);
  CHECK(b.err.rfind("sources/documents/forced-ref.xml:7:25: error", 0) == 0);
  CHECK(dir.files().empty());
  // The confidential document is built as an internal edition.
  CHECK(build("internal-only", dir.path, true).status == 0);
  CHECK(dir.files() == std::vector<std::string>{"internal-only.internal.pdf"});
}

TEST_CASE("confidential: the leak check refuses a PDF that prints a confidential value written as plain text") {
  OutputDir dir;
  // A PDF from an earlier build sits where this one would go: it was made
  // from records now known to hold what leaks, so it goes too.
  std::ofstream(dir.path / "leaks.pdf") << "%PDF-1.3 earlier build";
  auto b = build("leaks", dir.path);
  INFO(b.err);
  CHECK(b.status == 1);
  CHECK(dir.files().empty());  // neither the new PDF, nor its temporary file, nor the earlier one

  auto has = [&](const std::string& s) {
    CAPTURE(s);
    CHECK(b.err.find(s) != std::string::npos);
  };
  // Every spelling of her name printed (the variant in the heading, the
  // Cyrillic name in the keywords) is one report at her record.
  has("sources/records/persons.xml:3:4: error: confidential variant name of person 'p-nurlanova' ('Aigoul "
      "Nourlanova') appears in the public PDF: page 1, a bookmark (to page 1) and the document info (Keywords)\n");
  has("sources/documents/leaks.xml:9:6: note: printed from here\n");
  has("sources/records/persons.xml:10:4: error: confidential family name of person 'p-witness' ('Zhaksylykov') "
      "appears in the public PDF: page 1\n");
  has("sources/records/cases.xml:10:");  // the lawyer's number, at its <span> in the public narrative
  has("error: confidential field ('+7 701 555 0199') appears in the public PDF: page 1\n");
  has("sources/records/sources.xml:4:4: error: confidential url of source 'src-monitoring' "
      "('https://kibhr.example/internal/prison-monitoring-2020') appears in the public PDF: a link on page 1\n");
  has("hint: it is confidential (victim asked not to be named); print it by its public wording");
  has("warning: removed the PDF an earlier build left here: it may hold the same confidential material");
  CHECK(b.err.find("('Нурланова')") == std::string::npos);
  CHECK(b.err.find("('Айгуль Нурланова')") == std::string::npos);
  CHECK(b.err.find("4 error(s)") != std::string::npos);

  // The same document as an internal edition is what it is: no check.
  CHECK(build("leaks", dir.path, true).status == 0);
}

// ------------------------------------------------------------------ the leak check's parts

namespace {

// The indices of the values found in `text`, as a string ("02").
struct Finder {
  text::SpoofFold fold;
  std::vector<leak::ConfidentialValue> values;
  std::vector<std::string> public_texts;  // the scanner reads them on first need
  std::optional<leak::Scanner> scanner;
  Finder(std::vector<leak::ConfidentialValue> v, std::vector<std::string> p = {})
      : values(std::move(v)), public_texts(std::move(p)) {
    scanner.emplace(values, fold, public_texts);
  }
  std::string operator()(const std::string& text, bool address = false) {
    std::string out;
    for (const auto& f : scanner->scan(text, {address, true}))
      if (out.find(std::to_string(f.value)) == std::string::npos) out += std::to_string(f.value);
    return out;
  }
};

leak::ConfidentialValue value(std::string text, leak::ValueKind kind, bool case_rule = false) {
  return {std::move(text), "value", "reason", {}, kind, case_rule, {}};
}

}  // namespace

TEST_CASE("confidential: values are found in any case, across line ends and hyphenation, as whole words") {
  using K = leak::ValueKind;
  Finder found({value("Aigul Nurlanova", K::Name), value("Нурланова", K::Name, true),
                value("+7 701 555 0199", K::Phrase), value("Li", K::Name)});
  CHECK(found("Ms AIGUL NURLANOVA’s case") == "01");
  CHECK(found("Aigul\u00A0Nurlanova") == "01");  // the family name alone is a value too
  CHECK(found("aigul\nnurlanova") == "0");       // in small letters: not where the family name alone is capitalised
  CHECK(found("Айгуль НУРЛАНОВА") == "01");
  CHECK(found("call +7 701 555 0199 now") == "2");
  CHECK(found("call 7-701-555-0199") == "2");
  CHECK(found("Lina and Libya") == "");
  CHECK(found("Ms Li said") == "3");
  CHECK(found("Aigul Nurlanovas") == "");  // not a Russian ending

  // Laid-out pages: the body is one text across pages, a hyphen at a line
  // (or page) end is read both ways, pieces that touch are one word, a gap
  // separates words, footnotes and furniture are flows of their own.
  FixedMetrics metrics;
  layout::LaidOutDocument doc;
  doc.pages.resize(3);
  layout::FontKey font{"Serif", layout::FontFace::Regular};
  auto& p1 = doc.pages[0].texts;
  p1.push_back({100, 700, font, 10, "Aigul"});
  p1.push_back({130, 700, font, 10, "Nurla-"});  // gap: a space; the page's body ends with a hyphen
  p1.push_back({100, 100, font, 8, "1 A note.", 0, layout::TextRole::Note});
  p1.push_back({280, 50, font, 8, "1", 0, layout::TextRole::Furniture});
  doc.pages[1].texts.push_back({100, 700, font, 10, "nova was questioned."});
  auto& p3 = doc.pages[2].texts;
  p3.push_back({100, 700, font, 10, "+7 701"});
  p3.push_back({130, 700, font, 10, " 555 01"});  // touches the previous piece (6 bytes × 5 pt)
  p3.push_back({165, 700, font, 10, "99"});       // touches too
  doc.outline.push_back({1, "Case of AIGUL NURLANOVA", 2, 700});
  doc.pages[2].links.push_back({0, 0, 10, 10, "https://example.org/Нурланова", ""});
  pdf::DocumentInfo info{"Title", "Author", "Subject", "aigul nurlanova", "en", 0};

  std::set<std::string> seen;
  for (const auto& printed : leak::printed_texts(doc, metrics, info, "nurlanova-2020.pdf"))
    for (const auto& f : found.scanner->scan(printed.text, {printed.address, true}))
      seen.insert(printed.place(f.begin, f.end) + ": " + std::to_string(f.value));
  CHECK(seen == std::set<std::string>{"page 3: 2", "pages 1–2 (a word broken at a line end): 0",
                                      "pages 1–2 (a word broken at a line end): 1",
                                      "a link on page 3: 1",
                                      "a bookmark (to page 3): 0", "a bookmark (to page 3): 1",
                                      "the document info (Keywords): 0", "the file name: 1"});
}

TEST_CASE("confidential: declined, transliterated, disguised and joined spellings are found") {
  using K = leak::ValueKind;
  Finder found({value("Aigul Nurlanova", K::Name), value("Нурланова", K::Name, true),
                value("Жаксылыков", K::Name, true), value("Strauß", K::Name, true), value("Pavel Orlov", K::Name)});
  // Russian and Kazakh declension, in Cyrillic and in a transliterated slug.
  CHECK(found("встреча с Нурлановой") == "1");
  CHECK(found("передали Нурлановой и Нурланову") == "1");
  CHECK(found("news.example/zaderzhanie-nurlanovoy-v-shymkente", true) == "1");
  CHECK(found("поговорили с Жаксылыковым") == "2");
  CHECK(found("Жаксылыковқа хат жазды") == "2");
  CHECK(found("Нурланованың ісі") == "1");
  // Not declined forms: a patronymic, a given name, a longer family name.
  CHECK(found("Айжан Нурлановна") == "");
  CHECK(found("Nurlan Abenov") == "");
  // Transliteration: Zh/J, q, -ev for -ov, ё/е, and the family alone in Latin.
  CHECK(found("Jaqsylyqov") == "2");
  CHECK(found("ZHAKSYLYKEV") == "2");
  CHECK(found("Nurlanova") == "1");
  // Upper case of ß.
  CHECK(found("GERHARD STRAUSS") == "3");
  // Invisible characters and look-alikes.
  CHECK(found("Aigul Nur\u200Blanova") == "01");
  CHECK(found("Aigul\uFEFF Nurla\u034Fnova") == "01");
  CHECK(found("Zhaksylyk\u043Ev") == "2");    // Cyrillic о in a Latin name
  CHECK(found("\u0420avel Orlov") == "4");     // Cyrillic Р, which transliterates to r
  CHECK(found("Нурл\u0061нова") == "1");      // Latin a in a Cyrillic name
  // A hyphen typed inside a name.
  CHECK(found("Aigul Nurla-nova") == "01");
  CHECK(found("Жаксы\u2010лыков") == "2");
  // Handles join the names.
  CHECK(found("@aigulnurlanova") == "0");
  CHECK(found("instagram.com/nurlanova.aigul", true) == "1");
}

TEST_CASE("confidential: addresses, numbers and narratives are found however they are written") {
  using K = leak::ValueKind;
  Finder found({value("https://secret.example/reports/case-12", K::Address), value("+7 701 555 0199", K::Phrase),
                value("A prison officer told monitors that the order to arrest him came directly from the deputy "
                      "akim of the city.",
                      K::LongText)},
               {"A prison officer told monitors that conditions were poor."});
  CHECK(found("http://www.secret.example/reports/case-12/") == "0");
  CHECK(found("see secret.example/reports/case-12 for more") == "0");
  CHECK(found("https://secret.example/reports/case-123") == "");
  CHECK(found("tel:+77015550199", true) == "1");
  CHECK(found("8 (701) 555-01-99") == "1");
  CHECK(found("the order to arrest him came directly from the deputy akim") == "2");
  // Five words are not a run; words a public text shares are a stock phrase.
  CHECK(found("the order to arrest him") == "");
  CHECK(found("A prison officer told monitors that conditions") == "");
}

TEST_CASE("confidential: a capitalised short value is not a common word written in small letters") {
  using K = leak::ValueKind;
  Finder found({value("Hope", K::Name, true), value("Released on bail", K::Phrase, true),
                value("Khan", K::Name, true), value("Held in the basement of station No. 4", K::Phrase, true)});
  CHECK(found("there is hope") == "");
  CHECK(found("Hope took her in") == "0");
  CHECK(found("HOPE") == "0");
  CHECK(found("he was released on bail") == "");
  CHECK(found("Released on bail, he left") == "1");
  CHECK(found("www.hope.example/khan", true) == "02");  // an address is written in small letters
  CHECK(found("he was held in the basement of station No. 4") == "3");  // four words or more: any case
}

TEST_CASE("confidential: the written file is read back: strings decoded, streams inflated, binary skipped") {
  auto strings = leak::pdf_strings("<< /Title <FEFF0041004E> /Author (a\\(b\\)\\101) /URI (https://x.org/%D0%90) >>");
  CHECK(strings == std::vector<std::string>{"AN", "a(b)A", "https://x.org/А", "https://x.org/%D0%90"});

  std::string xmp = "<x:xmpmeta><dc:creator>Aigul &#x4E;urlanova</dc:creator></x:xmpmeta>";
  std::string packed(compressBound(static_cast<uLong>(xmp.size())), '\0');
  uLongf packed_size = static_cast<uLongf>(packed.size());
  REQUIRE(compress(reinterpret_cast<Bytef*>(packed.data()), &packed_size, reinterpret_cast<const Bytef*>(xmp.data()),
                   static_cast<uLong>(xmp.size())) == Z_OK);
  packed.resize(packed_size);
  std::string binary(64, '\x01');
  std::string pdf =
      "%PDF-1.3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
      "7 0 obj\n<< /Type /Metadata /Subtype /XML /Length " +
      std::to_string(packed.size()) + " /Filter [ /FlateDecode ] >>\nstream\n" + packed +
      "\nendstream\nendobj\n"
      "8 0 obj\n<< /Length 64 >>\nstream\n" +
      binary +
      "\nendstream\nendobj\n"
      "9 0 obj\n<< /Title <FEFF004B> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
  std::string error;
  auto texts = leak::file_texts(pdf, error);
  CHECK(error.empty());
  bool xmp_seen = false, binary_seen = false, title_seen = false;
  for (const auto& t : texts) {
    if (t.text == "Aigul Nurlanova") xmp_seen = t.where == "the XMP metadata (object 7 of the file)";
    if (t.text.find('\x01') != std::string::npos) binary_seen = true;
    if (t.text == "K") title_seen = t.where == "object 9 of the file";
  }
  CHECK(xmp_seen);
  CHECK(!binary_seen);
  CHECK(title_seen);

  std::string broken = "1 0 obj\n<< /Type /Metadata /Filter /FlateDecode >>\nstream\nnot zlib at all\nendstream\nendobj\n";
  leak::file_texts(broken, error);
  CHECK(error == "cannot decompress the stream of object 1");
}

TEST_CASE("confidential: the actual text of tagged page content is read back; the glyph codes it shows are not") {
  // "Nurla-" / "nova" broken across lines: the first piece's /ActualText
  // holds the whole word, which the drawn glyph codes never spell.
  using namespace std::string_literals;  // the glyph codes hold NUL bytes
  std::string content =
      "BT\n/P <</MCID 0>> BDC\n/F1 10 Tf\n/Span <</ActualText <FEFF004E00750072006C0061006E006F00760061>>> BDC\n"
      "[(\x00N\x00u\x00<\x00<)] TJ\nEMC\n/Span <</ActualText ()>> BDC\n[(\x00n\x00o)] TJ\nEMC\nEMC\nET\n"s;
  std::string packed(compressBound(static_cast<uLong>(content.size())), '\0');
  uLongf packed_size = static_cast<uLongf>(packed.size());
  REQUIRE(compress(reinterpret_cast<Bytef*>(packed.data()), &packed_size,
                   reinterpret_cast<const Bytef*>(content.data()), static_cast<uLong>(content.size())) == Z_OK);
  packed.resize(packed_size);
  std::string pdf = "%PDF-1.7\n4 0 obj\n<< /Length " + std::to_string(packed.size()) +
                    " /Filter /FlateDecode >>\nstream\n" + packed + "\nendstream\nendobj\n";
  std::string error;
  auto texts = leak::file_texts(pdf, error);
  CHECK(error.empty());
  bool whole_word = false, glyph_codes = false;
  for (const auto& t : texts) {
    if (t.text == "Nurlanova") whole_word = t.where == "the stream of object 4 of the file";
    if (t.text.find('N') != std::string::npos && t.text != "Nurlanova") glyph_codes = true;
  }
  CHECK(whole_word);
  CHECK(!glyph_codes);
  CHECK(leak::property_list_strings("/Span <</ActualText (a\\)b) /Alt <FEFF0043>>> BDC (x) Tj EMC") ==
        std::vector<std::string>{"a)b", "C"});
}

TEST_CASE("confidential: every spelling a record lists is a value; a public wording never is") {
  model::Corpus corpus;
  model::Person p;
  p.id = "p-a";
  p.names = {{"Aigul", "Nurlanova", model::Script::Latin, {}}, {"Айгуль", "Нурланова", model::Script::Cyrillic, {}}};
  p.variants = {"Aigoul Nourlanova"};
  p.confidentiality = {true, "victim asked", "an activist"};
  corpus.persons.push_back(p);
  model::Person namesake;  // a public person of the same family name
  namesake.id = "p-b";
  namesake.names = {{"Dana", "Nurlanova", model::Script::Latin, {}}};
  corpus.persons.push_back(namesake);
  model::Document doc;
  std::vector<std::string> texts;
  for (const auto& v : leak::confidential_values(corpus, doc)) texts.push_back(v.text + " | " + v.what);
  CHECK(texts == std::vector<std::string>{
                     "Aigul Nurlanova | name of person 'p-a'", "Nurlanova Aigul | name of person 'p-a'",
                     "Айгуль Нурланова | name of person 'p-a'", "Нурланова Айгуль | name of person 'p-a'",
                     "Aigoul Nourlanova | variant name of person 'p-a'"});
  // (The family name alone, in any script or spelling, is no one's: Dana
  // Nurlanova is public.)

  // A public man of the same family ("Nurlanov") shares it too: declined, the
  // one is the other.
  corpus.persons[1].names = {{"Erlan", "Nurlanov", model::Script::Latin, {}}};
  texts.clear();
  for (const auto& v : leak::confidential_values(corpus, doc)) texts.push_back(v.text);
  CHECK(std::find(texts.begin(), texts.end(), "Nurlanova") == texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "Нурланова") == texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "Aigul Nurlanova") != texts.end());
}

// ------------------------------------------------------------------ input safety

TEST_CASE("confidential: includes and styles cannot reach outside the project folder") {
  OutputDir dir;
  auto relative = build("escape-relative", dir.path);
  CHECK(relative.status == 1);
  CHECK(relative.err.rfind("sources/documents/escape-relative.xml:4:18: error: include '../../../../sources/records' "
                           "reaches outside the project folder\n",
                           0) == 0);
  auto absolute = build("escape-absolute", dir.path);
  CHECK(absolute.status == 1);
  CHECK(absolute.err.rfind("sources/documents/escape-absolute.xml:4:18: error: include '/etc/hostname' reaches "
                           "outside the project folder\n",
                           0) == 0);
  auto style = build("escape-style", dir.path);
  CHECK(style.status == 1);
  CHECK(style.err.rfind("sources/documents/escape-style.xml:3:69: error: invalid style name "
                        "'../../../styles/eu-briefing'\n",
                        0) == 0);
  CHECK(style.err.find("hint: name a file of styles/ without folder or .xml, such as 'eu-briefing'") !=
        std::string::npos);
  CHECK(dir.files().empty());
}

TEST_CASE("confidential: an input above the size limit is refused with a clear message") {
  OutputDir dir;
  fs::create_directories(dir.path / "sources" / "documents");
  fs::create_directories(dir.path / "styles");
  fs::path huge = dir.path / "sources" / "documents" / "huge.xml";
  { std::ofstream(huge) << "<document/>"; }
  fs::resize_file(huge, (std::uintmax_t{32} << 20) + 1);  // sparse: nothing is written
  cli::Options options;
  options.command = cli::Command::Build;
  options.documents = {huge.string()};
  options.output_dir = (dir.path / "output").string();
  std::ostringstream out, err;
  CHECK(cli::run_build(options, out, err) == 1);
  CHECK(err.str().find("huge.xml: error: file is too large (33554433 bytes; the limit is 33554432 bytes)\n") !=
        std::string::npos);
  CHECK(err.str().find("hint: split it into several files and include them") != std::string::npos);
  CHECK(!fs::exists(dir.path / "output"));
}

// ------------------------------------------------------------------ metadata hygiene

TEST_CASE("confidential: the PDF names no path, user or host, and no tool but briefc X.Y") {
  OutputDir dir;
  REQUIRE(build("briefing", dir.path).status == 0);
  std::string file = qdf(dir.path / "briefing.pdf");
  // Producer and Creator, as UTF-16BE hex strings: "briefc 0.1".
  std::string tool = "briefc " BRIEFC_VERSION;
  CHECK(file.find("/Producer <feff" + utf16be_hex(tool) + ">") != std::string::npos);
  CHECK(file.find("/Creator <feff" + utf16be_hex(tool) + ">") != std::string::npos);
  for (const std::string& path : {fixture_root.string(), dir.path.string(), fs::current_path().string(),
                                  std::string("/usr/share/fonts"), std::string("/home/")}) {
    CAPTURE(path);
    CHECK(file.find(path) == std::string::npos);
    CHECK(file.find(utf16be_hex(path)) == std::string::npos);
  }
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  if (std::string(host).size() >= 4) CHECK(file.find(utf16be_hex(host)) == std::string::npos);
  for (const char* tool_name : {"libharu", "Haru", "qpdf", "poppler"}) {
    CAPTURE(tool_name);
    CHECK(file.find(tool_name) == std::string::npos);
  }
}
