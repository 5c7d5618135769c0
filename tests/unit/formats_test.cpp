// The Word and web editions (write/): choosing the format on the command
// line, the pieces each writer is made of, and the editions of the shipped
// papers — every one builds, twice to the same bytes. What LibreOffice,
// pandoc, python-docx, html5lib and Chromium make of them is
// tests/e2e/formats.sh's business.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include "cli/build_command.hpp"
#include "cli/options.hpp"
#include "write/docx/docx_parts.hpp"
#include "write/docx/zip_archive.hpp"
#include "write/html/html_writer.hpp"
#include "write/output_format.hpp"
#include "write/text_language.hpp"
#include "write/text_runs.hpp"

#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;
using namespace briefc;

namespace {

std::optional<cli::Options> parse(std::vector<std::string> args, std::string& error) {
  return cli::parse_options(args, error);
}

resolve::Span text_span(std::string text) {
  resolve::Span s;
  s.text = std::move(text);
  return s;
}

// A small resolved document: a numbered heading with a bookmark, a paragraph
// with a bold name, a Russian title, a link to the heading and a footnote
// holding a URL.
resolve::ResolvedDocument sample() {
  resolve::ResolvedDocument doc;
  doc.lang = "en";
  doc.title = "A & B <briefing>";
  resolve::Paragraph title;
  title.kind = resolve::ParagraphKind::Title;
  title.spans = {text_span("A & B <briefing>")};
  resolve::Paragraph heading;
  heading.kind = resolve::ParagraphKind::Heading;
  heading.anchor = "sec-legal";
  heading.spans = {text_span("1. "), text_span("Legal framework")};
  resolve::Paragraph body;
  body.spans = {text_span("As "), text_span("Aigul Nurlanova"), text_span(" wrote in "), text_span("Свобода слова"),
                text_span(" (see "), text_span("section 1"), text_span(")."), text_span("1")};
  body.spans[1].bold = true;
  body.spans[5].anchor = "sec-legal";
  body.spans[7].superscript = true;
  body.spans[7].footnote = 0;
  resolve::Footnote note;
  note.number = 1;
  note.spans = {text_span("See: "), text_span("https://example.org/a?b=1&c=2")};
  note.spans[1].uri = note.spans[1].text;
  note.spans[1].url = true;
  doc.paragraphs = {title, heading, body};
  doc.footnotes = {note};
  return doc;
}

struct Built {
  int status = 0;
  std::string out, err;
};

Built build_shipped(const std::string& name, const std::string& formats, const fs::path& dir,
                    const char* epoch = "1700000000") {
  std::string error;
  auto options = cli::parse_options(
      {"build", (fs::path(BRIEFC_SOURCE_DIR) / "sources" / "documents" / (name + ".xml")).string(), "--format",
       formats, "--output-dir", dir.string()},
      error);
  REQUIRE(options);
  options->source_date = cli::parse_source_date_epoch(epoch);
  std::ostringstream out, err;
  Built b;
  b.status = cli::run_build(*options, out, err);
  b.out = out.str();
  b.err = err.str();
  return b;
}

}  // namespace

TEST_CASE("formats: --format and -o's extension choose the editions; a mismatch is a usage error") {
  std::string error;
  auto both = parse({"build", "doc.xml", "--format", "pdf,docx"}, error);
  REQUIRE(both);
  CHECK(both->formats == std::vector{write::OutputFormat::Pdf, write::OutputFormat::Docx});
  auto by_name = parse({"build", "doc.xml", "-o", "out/Paper.DOCX"}, error);
  REQUIRE(by_name);
  CHECK(by_name->formats == std::vector{write::OutputFormat::Docx});
  auto html = parse({"build", "--all", "--format=html"}, error);
  REQUIRE(html);
  CHECK(html->formats == std::vector{write::OutputFormat::Html});
  CHECK(parse({"build", "doc.xml", "--format", "docx", "-o", "paper.docx"}, error));

  CHECK(!parse({"build", "doc.xml", "--format", "odt"}, error));
  CHECK(error.find("--format is pdf, docx or html") != std::string::npos);
  CHECK(!parse({"build", "doc.xml", "--format", "pdf,"}, error));
  CHECK(!parse({"build", "doc.xml", "-o", "paper.txt"}, error));
  CHECK(error.find("must end in .pdf, .docx or .html") != std::string::npos);
  CHECK(!parse({"build", "doc.xml", "-o", "paper"}, error));
  CHECK(!parse({"build", "doc.xml", "--format", "docx", "-o", "paper.pdf"}, error));
  CHECK(error.find("is a PDF file, but --format asks for DOCX") != std::string::npos);
  CHECK(!parse({"build", "doc.xml", "--format", "pdf,docx", "-o", "paper.pdf"}, error));
  CHECK(!parse({"build", "doc.xml", "--internal", "-o", "paper.docx"}, error));
  CHECK(error.find(".internal.docx") != std::string::npos);
  CHECK(!parse({"build", "doc.xml", "-o", "paper.internal.html"}, error));
  CHECK(parse({"build", "doc.xml", "--internal", "-o", "paper.internal.html"}, error));
  // check keeps its own --format (text, json, sarif).
  CHECK(parse({"check", "doc.xml", "--format", "json"}, error));
  CHECK(!parse({"check", "doc.xml", "--format", "docx"}, error));
}

TEST_CASE("formats: names, extensions and lists") {
  CHECK(write::format_of_path("a/b.c/paper.html") == write::OutputFormat::Html);
  CHECK(write::format_of_path("paper.htm") == write::OutputFormat::Html);
  CHECK(!write::format_of_path("a.docx/paper"));
  CHECK(!write::format_of_path(".pdf"));
  CHECK(write::extension(write::OutputFormat::Docx) == ".docx");
  std::string error;
  auto list = write::parse_format_list("html,pdf,html", error);
  REQUIRE(list);
  CHECK(*list == std::vector{write::OutputFormat::Html, write::OutputFormat::Pdf});
}

TEST_CASE("formats: each run is marked with its language by its letters") {
  CHECK(write::run_language("Свобода слова", "en") == "ru-RU");
  CHECK(write::run_language("Қазақстан", "en") == "kk-KZ");
  CHECK(write::run_language("Алматы", "kk") == "kk-KZ");
  CHECK(write::run_language("Human Rights Watch", "ru") == "en-GB");
  CHECK(write::run_language("2020–2021", "ru") == "ru-RU");
  CHECK(write::run_language("the Committee", "en") == "en-GB");
  CHECK(write::regional_tag("ru") == "ru-RU");
  CHECK(write::regional_tag("en-US") == "en-US");
}

TEST_CASE("formats: neighbouring spans that look alike are one run, in one language") {
  std::vector<resolve::Span> spans = {text_span("Revise articles "), text_span("131"), text_span(" and "),
                                      text_span("Уголовного кодекса"), text_span("1"), text_span("1")};
  for (auto& s : spans) s.italic = true;
  spans[4].superscript = spans[5].superscript = true;
  spans[4].footnote = 0;
  spans[5].footnote = 1;
  auto runs = write::joined_runs(spans, "en");
  REQUIRE(runs.size() == 4);
  CHECK(runs[0].text == "Revise articles 131 and ");
  CHECK(runs[1].text == "Уголовного кодекса");  // Russian: a run of its own, marked ru-RU
  CHECK(runs[2].footnote == 0);                 // markers stay apart
  CHECK(runs[3].footnote == 1);
}

TEST_CASE("formats: Word bookmark names are Word's letters, at most 40, one per anchor") {
  CHECK(write::docx::bookmark_name("sec-legal") == "_sec_legal");
  std::string a = write::docx::bookmark_name(std::string(50, 'x') + "-1");
  std::string b = write::docx::bookmark_name(std::string(50, 'x') + "-2");
  CHECK(a.size() <= 40);
  CHECK(a != b);
}

TEST_CASE("formats: the zip keeps the entries' order and date, and gives the same bytes twice") {
  std::vector<write::docx::ZipEntry> entries = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "ä ö"}};
  std::string error;
  std::string first = write::docx::zip_entries(entries, 1700000000, error);
  REQUIRE(error.empty());
  CHECK(first == write::docx::zip_entries(entries, 1700000000, error));
  CHECK(first != write::docx::zip_entries(entries, 1600000000, error));
  // Local file header: "PK\3\4", then the DOS time and date at bytes 10–13.
  // 1700000000 is 2023-11-14T22:13:20Z.
  REQUIRE(first.size() > 14);
  CHECK(first.compare(0, 4, "PK\x03\x04") == 0);
  auto u16 = [&](std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(first[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(first[at + 1])) << 8;
  };
  CHECK(u16(10) == ((22u << 11) | (13u << 5) | 10u));
  CHECK(u16(12) == (((2023u - 1980u) << 9) | (11u << 5) | 14u));
  auto back = write::docx::unzip_entries(first, error);
  REQUIRE(back.size() == 2);
  CHECK(back[0].name == "[Content_Types].xml");
  CHECK(back[1].content == "ä ö");
  CHECK(write::docx::unzip_entries("not a zip", error).empty());
  CHECK(!error.empty());
}

TEST_CASE("formats: the DOCX body has real footnotes, links, bookmarks, styles and languages") {
  model::Style style;
  style.numbered_headings = true;
  auto parts = write::docx::body_parts(sample(), style);
  const std::string& d = parts.document;
  CHECK(d.find(R"(<w:pStyle w:val="Title"/>)") != std::string::npos);
  CHECK(d.find("A &amp; B &lt;briefing&gt;") != std::string::npos);
  // Word numbers the heading: the resolver's "1. " is not written.
  CHECK(d.find(R"(<w:pStyle w:val="Heading1"/>)") != std::string::npos);
  CHECK(d.find(">1. <") == std::string::npos);
  CHECK(d.find(R"(<w:bookmarkStart w:id="0" w:name="_sec_legal"/>)") != std::string::npos);
  CHECK(d.find(R"(<w:hyperlink w:anchor="_sec_legal">)") != std::string::npos);
  CHECK(d.find(R"(<w:footnoteReference w:id="1"/>)") != std::string::npos);
  CHECK(d.find(R"(<w:b/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">Aigul Nurlanova</w:t>)") !=
        std::string::npos);
  CHECK(d.find(R"(<w:lang w:val="ru-RU"/></w:rPr><w:t xml:space="preserve">Свобода слова</w:t>)") !=
        std::string::npos);
  CHECK(d.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
  const std::string& n = parts.footnotes;
  CHECK(n.find(R"(<w:footnote w:type="separator" w:id="-1">)") != std::string::npos);
  CHECK(n.find(R"(<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>)") != std::string::npos);
  CHECK(n.find("<w:footnoteRef/>") != std::string::npos);
  CHECK(n.find(R"(<w:hyperlink r:id="rLink1" w:history="1">)") != std::string::npos);
  CHECK(parts.footnote_relationships.find(
            R"(Target="https://example.org/a?b=1&amp;c=2" TargetMode="External")") != std::string::npos);
  CHECK(parts.document_relationships.find("hyperlink") == std::string::npos);

  // A numbered paragraph: Word numbers it, the resolver's "1. " is not written.
  auto numbered = sample();
  numbered.paragraphs[2].number = 1;
  numbered.paragraphs[2].spans.insert(numbered.paragraphs[2].spans.begin(), text_span("1. "));
  std::string with_number = write::docx::body_parts(numbered, style).document;
  CHECK(with_number.find(R"(<w:pStyle w:val="NumberedParagraph"/>)") != std::string::npos);
  CHECK(with_number.find(">1. <") == std::string::npos);

  std::string styles = write::docx::styles_part(style, "ru");
  for (const char* name : {"Title", "Subtitle", "heading 1", "heading 2", "heading 3", "footnote text",
                           "footnote reference", "Hyperlink", "List Bullet", "List Number", "Quote"}) {
    CAPTURE(name);
    CHECK(styles.find(std::string("<w:name w:val=\"") + name + "\"/>") != std::string::npos);
  }
  CHECK(styles.find(R"(<w:lang w:val="ru-RU")") != std::string::npos);
  CHECK(write::docx::numbering_part(2).find(R"(<w:lvlText w:val="%1.%2."/>)") != std::string::npos);
  CHECK(write::docx::footer_part("Page {page} of {pages}", "").find(R"(w:instr=" NUMPAGES ")") != std::string::npos);
}

TEST_CASE("formats: the HTML is one page with notes linked both ways, escaped text and languages") {
  model::Style style;
  write::EditionInfo info{"A & B", "IPHR", "", "", "en", 0, ""};
  std::string page = write::html::html_edition(sample(), style, info);
  CHECK(page.rfind("<!DOCTYPE html><html lang=\"en\">", 0) == 0);
  CHECK(page.find("<title>A &amp; B</title>") != std::string::npos);
  CHECK(page.find("<h1>A &amp; B &lt;briefing&gt;</h1>") != std::string::npos);
  CHECK(page.find(R"(<h2 id="sec-legal">1. Legal framework</h2>)") != std::string::npos);
  CHECK(page.find(R"(<a href="#sec-legal">section 1</a>)") != std::string::npos);
  CHECK(page.find("<b>Aigul Nurlanova</b>") != std::string::npos);
  CHECK(page.find(R"(<span lang="ru">Свобода слова</span>)") != std::string::npos);
  CHECK(page.find(R"(<sup class="fn" id="fnref-1"><a href="#fn-1" role="doc-noteref">1</a></sup>)") !=
        std::string::npos);
  CHECK(page.find(R"(<li id="fn-1" value="1">)") != std::string::npos);
  CHECK(page.find(R"(<a href="https://example.org/a?b=1&amp;c=2" class="url">)") != std::string::npos);
  CHECK(page.find(R"(<a href="#fnref-1" class="back" role="doc-backlink")") != std::string::npos);
  // Nothing to fetch: no stylesheet, script or image from elsewhere.
  for (const char* outside : {"<link", "<script", "<img", "@import", "url("}) CHECK(page.find(outside) == std::string::npos);
}

TEST_CASE("formats: every shipped paper builds as DOCX and HTML, to the same bytes each time") {
  test::TempDir first("formats"), second("formats");
  for (const char* name : {"eu-dialogue-2020", "eu-dialogue-2021", "un-hrc-2025", "un-hrc-2025-ru"}) {
    CAPTURE(name);
    auto a = build_shipped(name, "docx,html", first.path);
    INFO(a.err);
    REQUIRE(a.status == 0);
    CHECK(a.out.find(std::string(name) + ".docx (") != std::string::npos);
    CHECK(a.out.find(std::string(name) + ".html (") != std::string::npos);
    auto b = build_shipped(name, "html,docx", second.path);
    REQUIRE(b.status == 0);
    for (const char* ext : {".docx", ".html"}) {
      CAPTURE(ext);
      std::string one = test::slurp(first.path / (std::string(name) + ext));
      CHECK(!one.empty());
      CHECK(one == test::slurp(second.path / (std::string(name) + ext)));
    }
  }
  // The date in the DOCX is SOURCE_DATE_EPOCH's, never the clock's.
  auto later = build_shipped("un-hrc-2025", "docx", second.path, "1800000000");
  REQUIRE(later.status == 0);
  CHECK(test::slurp(first.path / "un-hrc-2025.docx") != test::slurp(second.path / "un-hrc-2025.docx"));
}

TEST_CASE("formats: a failed build leaves the previous DOCX and HTML as they were") {
  test::TempDir dir("formats");
  for (const char* ext : {".docx", ".html"}) std::ofstream(dir.path / (std::string("missing") + ext)) << "previous";
  std::string error;
  auto options = cli::parse_options({"build", (dir.path / "missing.xml").string(), "--format", "docx,html",
                                     "--output-dir", dir.path.string()},
                                    error);
  REQUIRE(options);
  std::ostringstream out, err;
  CHECK(cli::run_build(*options, out, err) == 1);
  CHECK(err.str().find("nothing written") != std::string::npos);
  for (const char* ext : {".docx", ".html"}) CHECK(test::slurp(dir.path / (std::string("missing") + ext)) == "previous");
}
