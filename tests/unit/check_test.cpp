// briefc check: every fixture project in tests/check/ states, in comments at
// the top of its document, the exact diagnostics it must produce; the checker
// must produce those and no others. Then the parts a user relies on beyond the
// messages: notes pointing at the other places, silencing, JSON and SARIF,
// the build refusing a PDF, and the findings in the shipped reference papers.
#include "check/name_folding.hpp"
#include "check/prose_facts.hpp"
#include "check/rules.hpp"
#include "check/url.hpp"
#include "check/word_limit.hpp"
#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(BRIEFC_SOURCE_DIR) / "tests" / "check";

// Runs the test body inside `dir`, as a user runs briefc inside a project.
class InFolder {
public:
  explicit InFolder(const fs::path& dir) : saved_(fs::current_path()) { fs::current_path(dir); }
  ~InFolder() { fs::current_path(saved_); }

private:
  fs::path saved_;
};

struct CheckRun {
  int status = 0;
  std::string out;
  std::string err;
};

CheckRun check(const fs::path& project, std::vector<std::string> flags = {}) {
  InFolder here(project);
  briefc::cli::Options o;
  o.command = briefc::cli::Command::Check;
  o.all = true;
  for (const auto& f : flags) {
    if (f.ends_with(".xml")) o.all = false, o.documents.push_back(f);
    else if (f.rfind("--period=", 0) == 0) o.period = f.substr(9);
    else if (f == "--show-silenced") o.show_silenced = true;
    else if (f == "--werror") o.werror = true;
    else if (f == "--stats") o.stats = true;
    else if (f.rfind("--format=", 0) == 0) o.format = f.substr(9);
  }
  std::ostringstream out, err;
  CheckRun run;
  run.status = briefc::cli::run_check(o, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

// The first line of every diagnostic: "file:line:col: severity[rule]: message".
std::vector<std::string> diagnostic_lines(const std::string& text) {
  static const std::regex header(R"(^\S+:\d+:\d+: (error|warning)(\[[a-z-]+\])?: .*$)");
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (std::regex_match(line, header)) out.push_back(line);
  std::sort(out.begin(), out.end());
  return out;
}

// Every "<!-- expect: … -->" line of the fixture's documents.
std::vector<std::string> expected_lines(const fs::path& project) {
  std::vector<std::string> out;
  for (auto& e : fs::directory_iterator(project / "sources" / "documents")) {
    std::ifstream in(e.path());
    std::string line;
    const std::string open = "<!-- expect: ", close = " -->";
    while (std::getline(in, line))
      if (line.rfind(open, 0) == 0 && line.size() > open.size() + close.size())
        out.push_back(line.substr(open.size(), line.size() - open.size() - close.size()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("every check fixture produces exactly the diagnostics it states") {
  std::vector<fs::path> projects;
  for (auto& e : fs::directory_iterator(fixtures))
    if (e.is_directory()) projects.push_back(e.path());
  std::sort(projects.begin(), projects.end());
  REQUIRE(projects.size() >= 7);
  for (const auto& project : projects) {
    CAPTURE(project.filename().string());
    auto expected = expected_lines(project);
    REQUIRE(!expected.empty());
    auto run = check(project);
    CAPTURE(run.err);
    CHECK(diagnostic_lines(run.err) == expected);
    bool has_error = std::any_of(expected.begin(), expected.end(),
                                 [](const std::string& l) { return contains(l, ": error"); });
    CHECK(run.status == (has_error ? 1 : 0));
  }
}

TEST_CASE("a finding shows its source line, a caret and notes at the other places involved") {
  auto run = check(fixtures / "sources");
  CHECK(contains(run.err, "warning[source-duplicate]: source 'src-report-copy' has the same URL as 'src-report' once "
                          "normalised\n"
                          "    4 |   <source id=\"src-report-copy\""));
  CHECK(contains(run.err, "sources/records/sources.xml:3:4: note: 'src-report' is recorded here as "
                          "https://www.Example.org/report/\n"
                          "    3 |   <source id=\"src-report\""));
  CHECK(contains(run.err, "briefc check: 0 errors, 12 warnings in 1 document\n"));

  auto names = check(fixtures / "names");
  CHECK(contains(names.err, "note: also spelled 'Mamay' here"));
  CHECK(contains(names.err, "note: 'p-mamai' is recorded as 'Zhanbolat Mamai' here"));
}

TEST_CASE("check-ignore silences one finding with a reason, and --show-silenced lists it") {
  auto run = check(fixtures / "marks");
  CHECK(!contains(run.err, "source 'src-kept' is never cited"));
  CHECK(contains(run.err, "(1 silenced by check-ignore; --show-silenced lists them)"));
  auto shown = check(fixtures / "marks", {"--show-silenced"});
  CHECK(contains(shown.err, "warning[source-unused]: (silenced) source 'src-kept' is never cited"));
  CHECK(contains(shown.err, "note: silenced here: cited in the printed annex, which briefc does not build"));
}

TEST_CASE("--werror turns warnings into a failing exit status") {
  CHECK(check(fixtures / "names").status == 0);
  CHECK(check(fixtures / "names", {"--werror"}).status == 1);
}

TEST_CASE("JSON and SARIF 2.1.0 carry rule ids, positions and silenced findings") {
  auto json = check(fixtures / "marks", {"--format=json"});
  CHECK(json.err.empty());
  CHECK(contains(json.out, "{\"rule\": \"source-unused\", \"severity\": \"warning\", \"file\": "
                           "\"sources/records/sources.xml\", \"line\": 3, \"column\": 4, \"message\": \"source "
                           "'src-kept' is never cited\""));
  CHECK(contains(json.out, "\"silenced\": \"cited in the printed annex, which briefc does not build\""));
  CHECK(contains(json.out, "\"summary\": {\"errors\": 2, \"warnings\": 3, \"silenced\": 1}"));

  auto sarif = check(fixtures / "marks", {"--format=sarif"});
  CHECK(contains(sarif.out, "\"version\": \"2.1.0\""));
  CHECK(contains(sarif.out, "\"columnKind\": \"unicodeCodePoints\""));
  CHECK(contains(sarif.out, "{\"id\": \"source-unused\", \"shortDescription\": {\"text\": \"a source is never cited"));
  CHECK(contains(sarif.out, "\"suppressions\": [{\"kind\": \"inSource\", \"justification\": \"cited in the printed "
                            "annex, which briefc does not build\"}]"));
  CHECK(contains(sarif.out, "\"region\": {\"startLine\": 3, \"startColumn\": 4}"));
}

TEST_CASE("--list-rules prints every rule with its severity and summary") {
  briefc::cli::Options o;
  o.command = briefc::cli::Command::Check;
  o.list_rules = true;
  std::ostringstream out, err;
  CHECK(briefc::cli::run_check(o, out, err) == 0);
  for (const auto& r : briefc::check::all_rules()) CHECK(contains(out.str(), std::string(r.id)));
  CHECK(contains(out.str(), "provision-offence-mismatch   error    one code and article is named with two different "
                            "offences"));
}

TEST_CASE("build runs every rule first, reports what check reports, and writes no PDF with an error") {
  briefc::test::TempDir scratch("check-test-output");  // never a fixed name another checkout's run shares
  fs::path output = scratch.path / "output";
  InFolder here(fixtures / "provisions");
  briefc::cli::Options o;
  o.command = briefc::cli::Command::Build;
  o.documents = {"sources/documents/paper.xml"};
  o.output_dir = output.string();
  std::ostringstream out, err;
  CHECK(briefc::cli::run_build(o, out, err) == 1);
  CHECK(contains(err.str(), "error[provision-offence-mismatch]: article 274 of the criminal code (cc-274) is named "
                            "for 'incitement to ethnic, social or other discord' here"));
  CHECK(contains(err.str(), "no PDF written"));
  CHECK(!fs::exists(output / "paper.pdf"));
}

TEST_CASE("URLs that differ only in scheme, host case, slash, fragment, tracking or escapes are one") {
  using briefc::check::normalise_url;
  auto key = normalise_url("https://example.org/a_b/c");
  CHECK(normalise_url("http://Example.ORG/a_b/c/") == key);
  CHECK(normalise_url("https://www.example.org/a\\_b/c#section") == key);
  CHECK(normalise_url("https://example.org/a_b/c?utm_source=x&fbclid=y") == key);
  CHECK(normalise_url("https://example.org/a%5Fb/c") == key);
  CHECK(normalise_url("https://example.org/a_b/c?id=1") != key);
  CHECK(normalise_url("https://example.org/A_b/c") != key);  // paths are case-sensitive
  // Mobile and AMP editions are the same article; a fragment with parameters addresses another article.
  CHECK(normalise_url("https://m.example.org/a_b/c") == key);
  CHECK(normalise_url("https://amp.example.org/a_b/c/amp/") == key);
  CHECK(normalise_url("https://m.facebook.com/story?id=1") == normalise_url("https://www.facebook.com/story?id=1"));
  CHECK(normalise_url("https://m.org/a") == "https://m.org/a");  // a host that is only "m." and a domain stays
  CHECK(normalise_url("https://zakon.kz/doc?id=1#pos=2311;-54") != normalise_url("https://zakon.kz/doc?id=1#pos=2550;-72"));
  CHECK(briefc::check::url_problem("https://example.org/a b") == "it contains whitespace");
  CHECK(briefc::check::url_problem("https://example.org/a_b") == "");
}

TEST_CASE("transliteration folding joins the spellings of one name") {
  using briefc::check::fold_name;
  CHECK(fold_name("Mamaj") == "mamai");
  CHECK(fold_name("Mamay") == "mamai");
  CHECK(fold_name("Мамай") == "mamai");
  CHECK(fold_name("Asset") == fold_name("Aset"));
  CHECK(fold_name("Mukhamedkarim") == fold_name("Мухаммедкарим"));
  CHECK(fold_name("Zhanbolat") == fold_name("Жанболат"));
  CHECK(fold_name("Yevgeniy Zhovtis") == fold_name("Евгений Жовтис"));
  CHECK(briefc::check::bounded_edit_distance(fold_name("Muhkamedkarim"), fold_name("Mukhamedkarim"), 2) == 1);
  CHECK(briefc::check::bounded_edit_distance("ruslan", "rusland", 2) == 1);
  CHECK(briefc::check::bounded_edit_distance("abcdef", "uvwxyz", 2) == 3);  // gives up past the limit
}

TEST_CASE("check --all finds the reference papers' own inconsistencies") {
  auto run = check(fs::path(BRIEFC_SOURCE_DIR), {"--show-silenced"});
  CAPTURE(run.err);
  // EU 2020: Mamai spelt three ways, Asset/Aset Abishev, Rusland for Ruslan, a footnote without marker.
  CHECK(contains(run.err, "warning[name-variant]: 'Zhanbolat Mamaj' is not a spelling recorded for person 'p-mamai', "
                          "which is spelled 'Zhanbolat Mamai'"));
  CHECK(contains(run.err, "warning[name-variant]: 'Mamay' is not a spelling recorded for person 'p-mamai'"));
  CHECK(contains(run.err, "warning[name-variant]: 'Aset Abishev' is not a spelling recorded for person "
                          "'p-abishev-asset', which is spelled 'Asset Abishev'"));
  CHECK(contains(run.err, "'Rusland Ginatullin' is not a spelling recorded for person 'p-ginatullin'"));
  CHECK(contains(run.err, "warning[note-marker-missing]: footnote 45 has no marker in the text"));
  // UN 2025: article 274 named for incitement (silenced in the corpus, with the reason), footnote 9.
  CHECK(contains(run.err, "error[provision-offence-mismatch]: (silenced) article 274 of the criminal code (cc-274) "
                          "is named for 'incitement to ethnic, social or other discord' here"));
  CHECK(contains(run.err, "warning[note-marker-missing]: footnote 9 has no marker in the text"));
  // EU 2020: article 266 named for "financing a criminal group" (one shared word is not the same offence), silenced.
  CHECK(contains(run.err, "error[provision-offence-mismatch]: (silenced) article 266 of the criminal code (cc-266) is "
                          "named for 'financing a criminal group' here, but its offence is 'Financing of extremism or "
                          "terrorism'"));
  // UN 2025: "sentenced to four eight years" (and its Russian edition), as published.
  CHECK(contains(run.err, "records/un-2025/cases.xml:58:134: warning[prose-term-mismatch]: 'four eight years' gives two "
                          "numbers for one term"));
  CHECK(contains(run.err, "warning[prose-term-mismatch]: 'четырём восьми годам' gives two numbers for one term"));
  // UN 2025: "See: See" in a footnote; EU 2020: "Zakirova, Ilyashev (and Turymbetov" never closed.
  CHECK(contains(run.err, "warning[text-doubled-word]: 'See' is written twice"));
  CHECK(contains(run.err, "records/eu-2020/cases.xml:276:295: warning[text-unbalanced]: '(' is never closed by ')' "
                          "in this paragraph"));
  CHECK(run.status == 0);  // the papers build: their errors are accepted on purpose
}

TEST_CASE("prose facts: terms in words and figures, dates and status words, in English and Russian") {
  using namespace briefc::check;
  briefc::text::NumberWords numbers;
  auto en = read_prose_facts("He was sentenced on 22 June 2020 to seven years in prison. She got a 1.5-year sentence "
                             "of restriction of liberty. It is punishable by up to three years of imprisonment. He "
                             "was given four eight years in prison. She remains behind bars.",
                             ProseLanguage::English, numbers);
  REQUIRE(en.size() == 4);
  REQUIRE(en[0].terms.size() == 1);
  CHECK(en[0].terms[0].months == 84);
  REQUIRE(en[0].dates.size() == 1);
  CHECK(en[0].dates[0].year == 2020);
  CHECK(en[0].dates[0].month == 6);
  CHECK(en[0].dates[0].day == 22);
  REQUIRE(en[0].event_words.size() == 1);
  CHECK(en[0].event_words[0].events == EvSentence);
  CHECK(en[1].terms.at(0).months == 18);
  CHECK(en[2].terms.empty());  // "up to three years" states no term; "four eight years" is a slip of the text
  CHECK(en[2].double_terms.size() == 1);
  CHECK(en[3].statuses.at(0).claim == StatusClaim::InCustody);

  auto ru = read_prose_facts("В апреле 2025 года её приговорили к пяти годам ограничения свободы. Он отбывает "
                             "семилетний срок по статье 274. Хотя Мамай не находится в заключении, он оштрафован "
                             "на 95\u00a0000 тенге.",
                             ProseLanguage::Russian, numbers);
  REQUIRE(ru.size() == 3);
  CHECK(ru[0].terms.at(0).months == 60);  // "2025 года" is a year, not a term
  CHECK(ru[0].terms.size() == 1);
  CHECK(ru[0].dates.at(0).month == 4);
  CHECK(ru[1].terms.at(0).months == 84);
  CHECK(ru[1].articles.at(0).article == "274");
  CHECK(ru[1].statuses.at(0).claim == StatusClaim::Serving);
  CHECK(ru[2].statuses.empty());  // negated
  CHECK(ru[2].amounts.at(0).amount == 95000);
  CHECK(ru[2].amounts.at(0).currency == "KZT");
}

TEST_CASE("build prints the warnings check prints for the document, and --werror keeps the PDF out") {
  briefc::test::TempDir scratch("build-warnings-output");
  fs::path output = scratch.path / "output";
  InFolder here(fs::path(BRIEFC_SOURCE_DIR));
  auto run = [&](bool werror) {
    briefc::cli::Options o;
    o.command = briefc::cli::Command::Build;
    o.documents = {"sources/documents/un-hrc-2025.xml"};
    o.output_dir = output.string();
    o.werror = werror;
    std::ostringstream out, err;
    CheckRun r;
    r.status = briefc::cli::run_build(o, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
  };
  auto checked = check(fs::path(BRIEFC_SOURCE_DIR), {"sources/documents/un-hrc-2025.xml"});
  auto built = run(false);
  CHECK(built.status == 0);
  // The same findings, in the same order, as `briefc check DOC`.
  CHECK(!diagnostic_lines(checked.err).empty());
  CHECK(diagnostic_lines(built.err) == diagnostic_lines(checked.err));
  CHECK(contains(built.err, "warning[text-doubled-word]: 'See' is written twice"));
  auto warnings = diagnostic_lines(built.err).size();
  CHECK(contains(built.out, fmt::format(", {} warnings)\n", warnings)));
  CHECK(fs::exists(output / "un-hrc-2025.pdf"));

  fs::remove_all(output);
  auto strict = run(true);
  CHECK(strict.status == 1);
  CHECK(contains(strict.err, "no PDF written"));
  CHECK(!fs::exists(output / "un-hrc-2025.pdf"));
}

TEST_CASE("check --stats counts words and footnotes section by section, as the build's summary line counts them") {
  auto run = check(fs::path(BRIEFC_SOURCE_DIR), {"sources/documents/un-hrc-2025.xml", "--stats"});
  CHECK(contains(run.out, "sources/documents/un-hrc-2025.xml: 3,602 of 10,000 words (2,895 in the text, 707 in 41 "
                          "footnotes)\n"
                          "    words  in notes  notes  section\n"
                          "      518        93      6  Lack of accountability for violations perpetrated during the "
                          "suppression of January 2022 protests\n"));
  // A subsection is indented under its section, whose counts include it.
  CHECK(contains(run.out, "      847       172     12  Restrictions on freedom of association\n"
                          "      183        28      2    Harassment of political opposition groups\n"));
  CHECK(contains(run.err, "briefc check: 0 errors"));  // the report as always, on standard error
}

TEST_CASE("ids defined in a records file the document does not include: the first error names the include") {
  fs::path project = fs::path(BRIEFC_SOURCE_DIR) / "tests" / "data" / "missing-include";
  auto run = check(project, {"sources/documents/paper.xml"});
  CHECK(run.status == 1);
  CHECK(contains(run.err, "sources/documents/paper.xml:8:23: error[citation-unknown-source]: unknown source 'src-ru'"));
  CHECK(contains(run.err, "hint: 'src-ru' (and 1 more id reported below) is defined in sources/extra/sources.xml, which "
                          "the document does not include: add <include href=\"../extra/sources.xml\"/>\n"
                          "sources/extra/sources.xml:3:4: note: 'src-ru' is defined here"));
  CHECK(contains(run.err, "unknown source 'src-en'"));
  CHECK(contains(run.err, "hint: defined in sources/extra/sources.xml too, which the document does not include (see "
                          "the first error about it)"));
  // An id defined nowhere keeps its own message, with no include to add.
  auto nowhere = run.err.substr(run.err.find("unknown source 'src-nowhere'"));
  CHECK(!contains(nowhere.substr(0, nowhere.find("\nsources/", 1)), "include"));
  // The build says the same.
  InFolder here(project);
  briefc::cli::Options o;
  o.command = briefc::cli::Command::Build;
  o.documents = {"sources/documents/paper.xml"};
  briefc::test::TempDir scratch("missing-include");
  o.output_dir = (scratch.path / "output").string();
  std::ostringstream out, err;
  CHECK(briefc::cli::run_build(o, out, err) == 1);
  CHECK(contains(err.str(), "add <include href=\"../extra/sources.xml\"/>"));
}

TEST_CASE("check reads what build prints, takes --period, reports what build refuses, whatever the order") {
  // One document: only the narrative it prints (the English one), not the Russian narrative with its wrong term.
  auto one = check(fixtures / "agree", {"sources/documents/paper.xml"});
  CHECK(!contains(one.err, "семи годам"));
  CHECK(contains(one.err, "error: a second recommendation with the id 'rec-release'"));
  CHECK(one.status == 1);
  // Statuses as of the end of the period given on the command line.
  CHECK(!contains(one.err, "prose-status-mismatch"));
  auto later = check(fixtures / "agree", {"sources/documents/paper.xml", "--period=2021-01..2021-12"});
  CHECK(contains(later.err, "warning[prose-status-mismatch]: the text says 'remains in prison', but case 'case-a' has "
                            "the status 'released' since 2021-03 as of 2021-12"));
  // The same report whichever document comes first.
  auto ab = check(fs::path(BRIEFC_SOURCE_DIR), {"sources/documents/un-hrc-2025.xml", "sources/documents/un-hrc-2025-ru.xml"});
  auto ba = check(fs::path(BRIEFC_SOURCE_DIR), {"sources/documents/un-hrc-2025-ru.xml", "sources/documents/un-hrc-2025.xml"});
  CHECK(ab.err == ba.err);
}

TEST_CASE("word limits: each audience's, and a style's in its place") {
  briefc::model::Document doc;
  doc.audience = "hrc-statement";
  REQUIRE(briefc::check::word_limit(doc));
  CHECK(briefc::check::word_limit(doc)->words == 2000);
  doc.audience = "upr";
  CHECK(briefc::check::word_limit(doc)->words == 2815);
  doc.authors.resize(2);
  CHECK(briefc::check::word_limit(doc)->words == 5630);
  doc.audience = "un-treaty-body";
  CHECK(briefc::check::word_limit(doc)->words == 10000);
  briefc::model::Style special;
  special.word_limit = 1500;
  CHECK(briefc::check::word_limit(doc, &special)->words == 1500);
  doc.audience = "eu-dialogue";
  CHECK(!briefc::check::word_limit(doc));
  CHECK(briefc::check::word_limit(doc, &special)->words == 1500);
}
