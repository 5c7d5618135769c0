// Never crash, never hang (issue 18): each class of bad input found by
// fuzzing, as a regression test with the exact message a person now gets.
// Each case writes a tiny project into a fresh temporary folder and runs the
// whole `briefc build` (or `check`) on it, in process. A test that hangs is
// caught by ctest's timeout on the `unit` test.
#include <doctest/doctest.h>

#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "cli/options.hpp"
#include "cli/source_date.hpp"
#include "diag/diagnostics.hpp"
#include "text/placeholders.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace briefc;

namespace {

// A throwaway project that builds cleanly until a test breaks one part.
class Project {
public:
  Project() {
    std::string pattern = (fs::temp_directory_path() / "briefc-robust-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    root_ = fs::canonical(pattern);
    for (const char* folder : {"sources/records", "sources/documents", "styles", "output"})
      fs::create_directories(root_ / folder);
    style("");
    write("sources/records/records.xml",
          "<records>\n"
          "  <source id=\"src-one\" kind=\"media\" lang=\"en\" url=\"https://example.org/1\"/>\n"
          "</records>\n");
    document("<p>Text.<cite src=\"src-one\"/></p>");
    saved_ = fs::current_path();
    fs::current_path(root_);
  }
  ~Project() {
    std::error_code ec;
    fs::current_path(saved_, ec);
    fs::remove_all(root_, ec);
  }
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  const fs::path& root() const { return root_; }
  void write(const std::string& relative, std::string_view text) const {
    std::ofstream out(root_ / relative, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + relative);
  }
  // styles/plain.xml holding `children`.
  void style(std::string_view children) const { write("styles/plain.xml", "<style id=\"plain\">\n" + std::string(children) + "\n</style>\n"); }
  // sources/documents/doc.xml with `body` in its <body>, line 5.
  void document(std::string_view body, std::string_view style_attribute = "style=\"plain\"") const {
    write("sources/documents/doc.xml",
          "<document id=\"doc\" lang=\"en\" audience=\"eu-dialogue\" " + std::string(style_attribute) +
              " date=\"2020-11\">\n"
              "  <include href=\"../records\"/>\n"
              "  <title>Test</title>\n"
              "  <body>\n"
              "    " + std::string(body) + "\n"
              "  </body>\n"
              "</document>\n");
  }

private:
  fs::path root_, saved_;
};

struct Run {
  int status = -1;
  std::string err;
};

Run build(cli::Options options = {}) {
  options.command = cli::Command::Build;
  options.documents = {"sources/documents/doc.xml"};
  options.output = "output/doc.pdf";
  std::ostringstream out, err;
  Run r;
  r.status = cli::run_build(options, out, err);
  r.err = err.str();
  return r;
}

Run check() {
  cli::Options options;
  options.command = cli::Command::Check;
  options.documents = {"sources/documents/doc.xml"};
  std::ostringstream out, err;
  Run r;
  r.status = cli::run_check(options, out, err);
  r.err = err.str();
  return r;
}

// The first line of the report.
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("robust: the fixture builds") {
  Project p;
  auto r = build();
  CHECK(r.status == 0);
  CHECK(r.err == "");
}

// --- {placeholder} patterns: an unclosed '{' looped without end -----------

TEST_CASE("robust: one parser reads {placeholder} patterns and always ends") {
  auto unclosed = text::parse_pattern("See {url");
  REQUIRE(unclosed.error);
  CHECK(unclosed.error->offset == 4);
  CHECK(unclosed.error->message == "unclosed '{'");
  REQUIRE(unclosed.pieces.size() == 1);
  CHECK(unclosed.pieces[0].text == "See {url");  // kept as text, nothing lost

  auto good = text::parse_pattern("See (in {language}): {url}.");
  CHECK(!good.error);
  REQUIRE(good.pieces.size() == 5);
  CHECK(good.pieces[1].placeholder);
  CHECK(good.pieces[1].text == "language");
  CHECK(good.pieces[4].text == ".");

  CHECK(text::parse_pattern("{}").error->message == "empty placeholder '{}'");
  CHECK(text::parse_pattern("{a b}").error->message == "' ' inside a placeholder");
  CHECK(text::parse_pattern("{").error->offset == 0);
  CHECK(text::check_pattern("{ulr}", {"url"})->message == "unknown placeholder '{ulr}'");
  CHECK(!text::check_pattern("a } b {url}", {"url"}));  // a lone '}' is text
  CHECK(text::fill_pattern("{page} of {pages} {x", {{"page", "1"}, {"pages", "2"}}) == "1 of 2 {x");
}

TEST_CASE("robust: an unclosed '{' in a citation pattern is refused where it is written, by build and check") {
  Project p;
  p.style("  <citation pattern=\"See {url\"/>");
  const char* expected =
      "styles/plain.xml:2:26: error[pattern-malformed]: unclosed '{' in 'pattern'\n"
      "    2 |   <citation pattern=\"See {url\"/>\n"
      "      |                          ^\n"
      "hint: placeholders are names in braces; 'pattern' can use {url}, {language}, {title} and {publisher}\n";
  auto b = build();
  CHECK(b.status == 1);
  CHECK(b.err.rfind(expected, 0) == 0);
  auto c = check();
  CHECK(c.status == 1);
  CHECK(c.err.rfind(expected, 0) == 0);

  p.style("  <citation pattern=\"{url}\" same-language-pattern=\"{language\"/>");
  CHECK(first_line(build().err) ==
        "styles/plain.xml:2:52: error[pattern-malformed]: unclosed '{' in 'same-language-pattern'");
  p.style("  <footer text=\"Page {page\"/>");
  CHECK(first_line(build().err) == "styles/plain.xml:2:22: error[pattern-malformed]: unclosed '{' in 'text'");
  p.style("  <citation pattern=\"{ulr}\"/>");
  CHECK(first_line(build().err) == "styles/plain.xml:2:22: error[pattern-malformed]: unknown placeholder '{ulr}' in 'pattern'");
}

// --- many errors on one long line: quadratic, and no limit ----------------

TEST_CASE("robust: columns and excerpts far along a long line are exact") {
  diag::SourceManager sources;
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "слово ";  // 2 bytes a letter: columns are not bytes
  auto file = sources.add("long.xml", "first\n" + line + "\nlast\n");
  std::uint32_t offset = 6 + 11 * 15000;  // the start of word 15,001 (5 letters of 2 bytes, a space)
  auto lc = sources.line_column({file, offset});
  CHECK(lc.line == 2);
  CHECK(lc.column == 6 * 15000 + 1);
  diag::Diagnostics diags;
  diags.error({file, offset}, "here");
  CHECK(diag::render(diags.all()[0], sources) ==
        "long.xml:2:90001: error: here\n"
        "    2 | …ово слово слово слово слово слово слово слово слово слово слово слово слово слово слово слово слово …\n"
        "      |                                          ^\n");
}

TEST_CASE("robust: 100,000 errors on one line finish at once, and --error-limit prints the first 50") {
  Project p;
  std::string body = "<p>";
  for (int i = 0; i < 100000; ++i) body += "x<cite src=\"src-nope\"/> ";
  p.document(body + "</p>");
  auto r = build();
  CHECK(r.status == 1);
  CHECK(contains(r.err, "briefc: note: 99950 more errors not shown (--error-limit 50; --error-limit 0 shows all)\n"));
  CHECK(contains(r.err, "sources/documents/doc.xml: 100000 error(s), 0 warning(s); no PDF written\n"));
  cli::Options options;
  options.error_limit = 2;
  CHECK(contains(build(options).err, "briefc: note: 99998 more errors not shown (--error-limit 2; --error-limit 0 shows all)\n"));

  std::string error;
  CHECK(cli::parse_options({"build", "doc.xml", "--error-limit", "7"}, error)->error_limit == 7);
  CHECK(cli::parse_options({"check", "doc.xml", "--error-limit=0"}, error)->error_limit == 0);
  CHECK(!cli::parse_options({"build", "doc.xml", "--error-limit", "many"}, error));
  CHECK(error == "--error-limit takes a number of errors (0: no limit), not 'many'");
}

// --- FIFOs: opening one for reading blocked forever ------------------------

TEST_CASE("robust: a FIFO among the records or as the style is refused without blocking") {
  Project p;
  REQUIRE(mkfifo((p.root() / "sources/records/pipe.xml").c_str(), 0600) == 0);
  auto r = build();
  CHECK(r.status == 1);
  CHECK(r.err.rfind("sources/records/pipe.xml: error[input-not-file]: not a regular file (a FIFO, socket or device): "
                    "briefc reads only ordinary files\n"
                    "hint: name the .xml file itself\n", 0) == 0);
  fs::remove(p.root() / "sources/records/pipe.xml");
  fs::remove(p.root() / "styles/plain.xml");
  REQUIRE(mkfifo((p.root() / "styles/plain.xml").c_str(), 0600) == 0);
  CHECK(first_line(build().err) == "styles/plain.xml: error[input-not-file]: not a regular file (a FIFO, socket or "
                                   "device): briefc reads only ordinary files");
}

// --- deep nesting: the recursive readers overflowed the stack --------------

TEST_CASE("robust: nesting past the limits is a located error, not a stack overflow") {
  Project p;
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<b>";
  deep += "x";
  for (int i = 0; i < 20000; ++i) deep += "</b>";
  p.document("<p>" + deep + "</p>");
  CHECK(first_line(build().err) ==
        "sources/documents/doc.xml:5:768: error[nesting-too-deep]: elements are nested more than 256 levels deep here");

  std::string inline_150;
  for (int i = 0; i < 150; ++i) inline_150 += "<i>";
  for (int i = 0; i < 150; ++i) inline_150 += "</i>";
  p.document("<p>" + inline_150 + "</p>");
  CHECK(first_line(build().err) ==
        "sources/documents/doc.xml:5:309: error[nesting-too-deep]: inline markup is nested more than 100 levels deep here");

  std::string sections;
  for (int i = 0; i < 25; ++i) sections += "<section id=\"s" + std::to_string(i) + "\"><heading>H</heading>\n";
  sections += "<p>x</p>";
  for (int i = 0; i < 25; ++i) sections += "</section>";
  p.document(sections);
  CHECK(first_line(build().err) ==
        "sources/documents/doc.xml:25:2: error[nesting-too-deep]: sections are nested more than 20 levels deep here");

  std::string lists;
  for (int i = 0; i < 25; ++i) lists += "<list><item>x\n";
  for (int i = 0; i < 25; ++i) lists += "</item></list>";
  p.document(lists);
  CHECK(first_line(build().err) ==
        "sources/documents/doc.xml:25:2: error[nesting-too-deep]: lists are nested more than 20 levels deep here");
}

// --- numbers in styles: NaN reached the content streams ---------------------

TEST_CASE("robust: a style's numbers are finite, and its margins leave a text area") {
  Project p;
  p.style("  <font role=\"body\" size=\"nan\"/>");
  CHECK(first_line(build().err) ==
        "styles/plain.xml:2:27: error[style-page-invalid]: 'size' must be a size in points, such as 10.5, not 'nan'");
  p.style("  <font role=\"body\" size=\"10\" leading=\"inf\"/>");
  CHECK(first_line(build().err) ==
        "styles/plain.xml:2:40: error[style-page-invalid]: 'leading' must be a size in points, such as 10.5, not 'inf'");
  p.style("  <page top=\"nanmm\"/>");
  CHECK(first_line(build().err) == "styles/plain.xml:2:14: error[style-page-invalid]: invalid length 'nanmm'");
  p.style("  <page inner=\"1e308in\"/>");  // finite, but not in points
  CHECK(first_line(build().err) == "styles/plain.xml:2:16: error[style-page-invalid]: invalid length '1e308in'");
  p.style("  <page top=\"200mm\" bottom=\"200mm\"/>");
  auto r = build();
  CHECK(r.status == 1);
  CHECK(r.err.rfind("styles/plain.xml:2:14: error[style-page-invalid]: the margins leave a text area of 166.3mm × "
                    "-103.0mm on a 210.0mm × 297.0mm page\n"
                    "    2 |   <page top=\"200mm\" bottom=\"200mm\"/>\n"
                    "      |              ^\n"
                    "hint: make the margins smaller: the text area must be at least 25.4mm (1in) wide and high\n",
                    0) == 0);
  CHECK(!fs::exists(p.root() / "output/doc.pdf"));

  // A text area that is there, but holds no line of the font: text off the page.
  p.style("  <page top=\"130mm\" bottom=\"130mm\" inner=\"90mm\" outer=\"90mm\"/>\n"
          "  <font role=\"body\" size=\"200\" leading=\"200\"/>");
  CHECK(first_line(build().err) ==
        "styles/plain.xml:3:4: error[style-page-invalid]: the text area, 30.0mm × 37.0mm, is too small for the body font "
        "(200pt on a 200pt leading): it needs at least 423.3mm × 141.1mm");
  p.style("  <page top=\"20mm\" bottom=\"20mm\" inner=\"20mm\" outer=\"20mm\"/>\n"
          "  <font role=\"title\" size=\"60\" leading=\"70\"/>");  // large, but it fits
  CHECK(build().status == 0);
}

// --- the filesystem: loops threw, links escaped ------------------------------

TEST_CASE("robust: a symbolic link loop inside an included folder is walked once") {
  Project p;
  fs::create_directories(p.root() / "sources/records/sub");
  fs::create_directory_symlink("..", p.root() / "sources/records/sub/loop");
  auto r = build();
  CHECK(r.status == 0);
  CHECK(r.err == "");
}

TEST_CASE("robust: a link inside an included folder may not lead outside the project") {
  Project p;
  Project outside;  // another folder, outside the first
  outside.write("sources/records/secret.xml",
                "<records><source id=\"src-secret\" kind=\"media\" lang=\"en\" url=\"https://secret.example\"/></records>");
  fs::current_path(p.root());
  fs::create_symlink(outside.root() / "sources/records/secret.xml", p.root() / "sources/records/secret.xml");
  auto r = build();
  CHECK(r.status == 1);
  CHECK(first_line(r.err) ==
        "sources/documents/doc.xml:2:18: error[include-outside-project]: 'sources/records/secret.xml', found by a folder "
        "include, is a link to '" + (outside.root() / "sources/records/secret.xml").string() +
            "', outside the project folder");
  CHECK(!contains(r.err, "secret.example"));
  fs::remove(p.root() / "sources/records/secret.xml");
  fs::create_directory_symlink(outside.root() / "sources/records", p.root() / "sources/records/linked");
  CHECK(first_line(build().err) ==
        "sources/documents/doc.xml:2:18: error[include-outside-project]: 'sources/records/linked', found by a folder "
        "include, is a link to '" + (outside.root() / "sources/records").string() + "', outside the project folder");
}

// --- what libharu cannot write: an unlocated "libharu failed" ---------------

TEST_CASE("robust: a link longer than a PDF holds is refused where it is written") {
  Project p;
  p.write("sources/records/records.xml",
          "<records>\n<source id=\"src-one\" kind=\"media\" lang=\"en\" url=\"https://example.org/" +
              std::string(70000, 'a') + "\"/>\n</records>\n");
  CHECK(first_line(build().err) == "sources/records/records.xml:2:50: error[pdf-limit]: 'url' is 70020 bytes long once "
                                   "percent-encoded; a PDF link holds at most 65535 bytes");
  p.write("sources/records/records.xml",
          "<records>\n<source id=\"src-one\" kind=\"media\" lang=\"en\" url=\"https://example.org/1\"/>\n</records>\n");
  p.document("<p><a href=\"https://example.org/" + std::string(30000, ' ') + "\">x</a></p>");  // each space is %20
  CHECK(first_line(build().err) == "sources/documents/doc.xml:5:17: error[pdf-limit]: 'href' is 90020 bytes long once "
                                   "percent-encoded; a PDF link holds at most 65535 bytes");
}

TEST_CASE("robust: a title longer than a PDF string still builds") {
  Project p;
  p.document("<section id=\"s\"><heading>" + std::string(70000, 'H') + "</heading><p>x</p></section>");
  auto r = build();
  CHECK(r.status == 0);
}

// --- style="": exit 1 with "0 error(s)" ------------------------------------

TEST_CASE("robust: an empty style name is an error at the attribute") {
  Project p;
  p.document("<p>x</p>", "style=\"\"");
  auto r = build();
  CHECK(r.status == 1);
  CHECK(r.err == "sources/documents/doc.xml:1:60: error: 'style' is empty: a document names the style it is set in\n"
                 "    1 | <document id=\"doc\" lang=\"en\" audience=\"eu-dialogue\" style=\"\" date=\"2020-11\">\n"
                 "      |                                                            ^\n"
                 "hint: name a file of styles/ without folder or .xml, such as 'eu-briefing'\n"
                 "sources/documents/doc.xml: 1 error(s), 0 warning(s); no PDF written\n");
}

// --- lenient XML: the loader accepted what the schema refuses ----------------

TEST_CASE("robust: the loader refuses what XML 1.0 refuses, at the place") {
  Project p;
  auto first = [&](const std::string& text) {
    p.document("<p>" + text + "</p>");
    auto r = build();
    CHECK(r.status == 1);
    return first_line(r.err);
  };
  CHECK(first("a&#0;b") ==
        "sources/documents/doc.xml:5:9: error[xml-invalid]: '&#0;' names U+0000, a character XML does not allow");
  CHECK(first("a&#xD800;b") ==
        "sources/documents/doc.xml:5:9: error[xml-invalid]: '&#xD800;' names U+D800, a character XML does not allow");
  CHECK(first("a &xxe; b") == "sources/documents/doc.xml:5:10: error[xml-invalid]: unknown entity '&xxe;'");
  CHECK(first("Tom & Jerry") ==
        "sources/documents/doc.xml:5:12: error[xml-invalid]: a bare '&': in XML it starts an entity reference such as &amp;");
  CHECK(first("a\x01z") == "sources/documents/doc.xml:5:9: error[xml-invalid]: the character U+0001 is not allowed in XML");
  CHECK(first(std::string("a\0z", 3)) ==
        "sources/documents/doc.xml:5:9: error[xml-invalid]: the character U+0000 is not allowed in XML");
  CHECK(first("a\xEF\xBF\xBEz") ==
        "sources/documents/doc.xml:5:9: error[xml-invalid]: the character U+FFFE is not allowed in XML");
  CHECK(first("a&#12a;") == "sources/documents/doc.xml:5:9: error[xml-invalid]: malformed character reference '&#12a;'");
  // What XML allows stays allowed.
  p.document("<p>a &amp; b &lt;&gt;&quot;&apos; &#x2014; &#8212;<!-- & in a comment --><![CDATA[ & ]]></p>");
  CHECK(build().status == 0);
}

// --- SOURCE_DATE_EPOCH: empty gave a PDF dated 1970 ----------------------------

TEST_CASE("robust: SOURCE_DATE_EPOCH, when set, must be a date") {
  CHECK(!cli::parse_source_date_epoch(nullptr).seconds);
  CHECK(cli::parse_source_date_epoch(nullptr).error.empty());
  CHECK(*cli::parse_source_date_epoch("0").seconds == 0);
  CHECK(*cli::parse_source_date_epoch("1700000000").seconds == 1700000000);
  CHECK(cli::parse_source_date_epoch("").error ==
        "SOURCE_DATE_EPOCH is set but empty: it must be a number of seconds since 1970-01-01");
  for (const char* bad : {"-1", "1e9", " 1", "abc", "253402300800", "99999999999999999999"})
    CHECK(cli::parse_source_date_epoch(bad).error ==
          std::string("SOURCE_DATE_EPOCH='") + bad +
              "' is not a number of seconds between 0 and 253402300799 (1970-01-01 to 9999-12-31)");
  Project p;
  cli::Options options;
  options.source_date = cli::parse_source_date_epoch("");
  auto r = build(options);
  CHECK(r.status == 1);
  CHECK(r.err == "briefc: error: SOURCE_DATE_EPOCH is set but empty: it must be a number of seconds since 1970-01-01\n"
                 "hint: unset it, or set it to a date in seconds, such as $(date -d 2020-11-01 +%s)\n");
  CHECK(!fs::exists(p.root() / "output/doc.pdf"));
}

// --- the loader accepts what the schema accepts, no more ---------------------
// (each of these passed the loader while docs/briefc.xsd, and so the author's
// editor, refused it; tests/schema/invalid/ holds the schema's side)

TEST_CASE("robust: child elements out of the schema's order are refused") {
  Project p;
  p.write("sources/documents/doc.xml",
          "<document id=\"doc\" lang=\"en\" audience=\"eu-dialogue\" style=\"plain\" date=\"2020-11\">\n"
          "  <include href=\"../records\"/>\n"
          "  <body><p>x</p></body>\n"
          "  <title>Test</title>\n"
          "</document>\n");
  CHECK(first_line(build().err) == "sources/documents/doc.xml:4:4: error[element-order]: <title> is out of order in "
                                   "<document>: it must come before <body>");
  p.document("<list><item>x <list><item>y</item></list> <b>z</b></item></list>");
  CHECK(first_line(build().err) == "sources/documents/doc.xml:5:48: error[element-order]: <b> is out of order in "
                                   "<item>: it must come before <list>");
  p.document("<section id=\"s\"><p>x</p><heading>H</heading></section>");
  CHECK(first_line(build().err) == "sources/documents/doc.xml:5:30: error[element-order]: <heading> is out of order in "
                                   "<section>: it must come before <p>");
  p.document("<p>x</p>");
  p.write("sources/records/case.xml",
          "<records>\n"
          "  <person id=\"p-x\"><variant>A B</variant><name given=\"A\" family=\"B\"/></person>\n"
          "  <case id=\"case-x\" subjects=\"p-x\">\n"
          "    <event type=\"detention\" date=\"2020-01-02\"/>\n"
          "    <status value=\"imprisoned\" since=\"2020-01-02\"/>\n"
          "  </case>\n"
          "</records>\n");
  auto r = build();
  CHECK(contains(r.err, "sources/records/case.xml:2:21: error[element-order]: <variant> is out of order in <person>: it "
                        "must come after a <name>\n"));
  CHECK(contains(r.err, "sources/records/case.xml:5:6: error[element-order]: <status> is out of order in <case>: it "
                        "must come before <event>\n"
                        "    5 |     <status value=\"imprisoned\" since=\"2020-01-02\"/>\n"
                        "      |      ^\n"
                        "hint: the schema's order in <case> is <status>, then <event>, then <narrative>\n"));
}

TEST_CASE("robust: what the schema requires once, or at least once") {
  Project p;
  p.write("sources/records/case.xml",
          "<records>\n"
          "  <person id=\"p-x\"><name given=\"A\" family=\"B\"/></person>\n"
          "  <case id=\"case-x\" subjects=\"p-x\"/>\n"
          "</records>\n");
  CHECK(first_line(build().err) == "sources/records/case.xml:3:4: error: case 'case-x' has no <status>");
  fs::remove(p.root() / "sources/records/case.xml");
  p.document("<section id=\"s-a\"><heading>A</heading></section>\n<section id=\"s-a\"><heading>B</heading></section>");
  auto r = build();
  CHECK(r.err.rfind("sources/documents/doc.xml:6:2: error: duplicate section id 's-a'\n", 0) == 0);
  CHECK(contains(r.err, "sources/documents/doc.xml:5:6: note: first defined here\n"));
  p.document("<p>x</p>");
  p.style("  <font role=\"body\" size=\"10\"/>\n  <font role=\"body\" size=\"11\"/>");
  CHECK(first_line(build().err) == "styles/plain.xml:3:15: error: a second <font role=\"body\">");
  p.style("  <page top=\"2px\"/>");
  CHECK(first_line(build().err) == "styles/plain.xml:2:14: error[style-page-invalid]: invalid length '2px'");
  p.style("  <page top=\"2cm\" bottom=\"1in\"/>");  // the schema takes mm, cm, in and pt, as the reader does
  CHECK(build().status == 0);
}

TEST_CASE("robust: columns are right on short lines that cross a column mark, in a file with a long line") {
  diag::SourceManager sources;
  std::string text(5000, 'x');  // a long line: the file has marks
  text += "\n";
  while (text.size() < 8190) text += "short line\n";  // one of these crosses byte 8192
  text += "ab cd ef gh ij kl\n";
  auto file = sources.add("mixed.xml", text);
  for (std::uint32_t offset = 5001; offset < text.size(); ++offset) {
    auto lc = sources.line_column({file, offset});
    std::uint32_t line_start = static_cast<std::uint32_t>(text.rfind('\n', offset - 1) + 1);
    REQUIRE(lc.column == offset - line_start + 1);
  }
}

TEST_CASE("robust: 100,000 unknown attributes on one element are located without a quadratic search") {
  Project p;
  std::string attributes;
  for (int i = 0; i < 100000; ++i) attributes += " x" + std::to_string(i) + "=\"1\"";
  p.document("<p" + attributes + ">x</p>");
  auto r = build();
  CHECK(r.status == 1);
  CHECK(r.err.rfind("sources/documents/doc.xml:5:12: error: unknown attribute 'x0' on <p>\n", 0) == 0);
  CHECK(contains(r.err, "sources/documents/doc.xml: 100000 error(s), 0 warning(s); no PDF written\n"));
}

TEST_CASE("robust: an attribute written twice on one element is refused, as XML refuses it") {
  Project p;
  p.document("<p>x<cite src=\"src-one\" src=\"src-two\"/></p>");
  CHECK(first_line(build().err) ==
        "sources/documents/doc.xml:5:34: error[xml-invalid]: attribute 'src' appears twice on <cite>");
}

TEST_CASE("robust: a folder include stops 32 folders down") {
  Project p;
  fs::path deep = p.root() / "sources/records";
  for (int i = 0; i < 40; ++i) deep /= "d";
  fs::create_directories(deep);
  auto r = build();
  CHECK(r.status == 1);
  CHECK(first_line(r.err) == "sources/documents/doc.xml:2:18: error[nesting-too-deep]: folders are nested more than 32 "
                             "levels deep below the include, at 'sources/records/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/"
                             "d/d/d/d/d/d/d/d/d/d/d/d/d/d'");
}
