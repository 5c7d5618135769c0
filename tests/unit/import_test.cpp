// briefc import sources: CSL-JSON and BibTeX exports become source records;
// duplicates of existing records (by id or by URL, as check compares them)
// and entries without an address or a title are reported, never written.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <unistd.h>
#include <filesystem>
#include <sstream>
#include <string>

#include "cli/import_command.hpp"
#include "cli/options.hpp"
#include "import/bibtex.hpp"
#include "import/csl_json.hpp"

namespace fs = std::filesystem;
using namespace briefc;

namespace {

// A copy of tests/import/ to import into.
struct Project : test::TempDir {
  Project() : test::TempDir("import") {
    fs::copy(fs::path(BRIEFC_SOURCE_DIR) / "tests" / "import", path, fs::copy_options::recursive);
  }
};

struct Run {
  int status = 0;
  std::string out, err;
};

Run import_file(const fs::path& project, const std::string& file) {
  std::string error;
  auto options = cli::parse_options({"import", "sources", file}, error);
  REQUIRE_MESSAGE(options, error);
  fs::path before = fs::current_path();
  fs::current_path(project);
  std::ostringstream out, err;
  Run r;
  r.status = cli::run_import(*options, out, err);
  fs::current_path(before);
  r.out = out.str();
  r.err = err.str();
  return r;
}

}  // namespace

TEST_CASE("import: CSL-JSON and BibTeX give source records; duplicates and empty entries are reported") {
  Project project;
  auto json = import_file(project.path, "exports/zotero.json");
  INFO(json.err);
  CHECK(json.status == 0);
  CHECK(json.out == "exports/zotero.json: 3 source(s) imported into sources/records/imported.xml, 3 not imported\n");
  CHECK(json.err ==
        "exports/zotero.json: warning: item 3 ('rferl-dup'): the same URL as 'src-rferl-30685517' "
        "(sources/records/sources.xml:4); not imported\n"
        "exports/zotero.json: warning: item 4 ('rferl-30685517'): a record 'src-rferl-30685517' exists "
        "(sources/records/sources.xml:4), and a hand-edited record is never replaced; not imported\n"
        "exports/zotero.json: warning: item 5 ('no-address'): no URL and no title; not imported\n");

  auto bib = import_file(project.path, "exports/library.bib");
  INFO(bib.err);
  CHECK(bib.status == 0);
  CHECK(bib.err == "exports/library.bib: warning: line 22 ('dup-of-azattyq'): the same URL as 'src-azattyq-2020' "
                   "(sources/records/imported.xml:4); not imported\n");

  std::string records = test::slurp(project.path / "sources" / "records" / "imported.xml");
  CHECK(records.find("<source id=\"src-azattyq-2020\" kind=\"media\" lang=\"ru\"\n"
                     "          url=\"https://rus.azattyq.org/a/30324650.html\"\n"
                     "          title=\"Активиста приговорили к ограничению свободы\" publisher=\"Радио Азаттык\" "
                     "date=\"2020-06-22\"/>") != std::string::npos);
  CHECK(records.find("id=\"src-kibhr-report\" kind=\"ngo-report\" lang=\"en\"") != std::string::npos);
  CHECK(records.find("date=\"2024-03\"/>  <!-- lang guessed from the title -->") != std::string::npos);
  CHECK(records.find("id=\"src-zhas-alash\" kind=\"social-media\" lang=\"kk\"") != std::string::npos);
  CHECK(records.find("title=\"Kazakhstan: Activists Jailed for Öffensive Posts – New Report\" publisher=\"Human "
                     "Rights Watch\" date=\"2024-01\"") != std::string::npos);
  CHECK(records.find("id=\"src-vlast-kz\" kind=\"other\" lang=\"ru\"\n"
                     "          url=\"https://vlast.kz/novosti/12345-sud.html\"") != std::string::npos);
  // The hand-edited record is as it was.
  CHECK(test::slurp(project.path / "sources" / "records" / "sources.xml").find("(edited by hand)") !=
        std::string::npos);

  // The records read back: a check of the project reports no error in them.
  std::string check = test::command_output("cd '" + project.path.string() + "' && '" BRIEFC_BINARY_DIR
                                           "/briefc' check --all 2>&1");
  CHECK(check.find("0 errors") != std::string::npos);

  // Importing the same file again adds nothing and says why.
  auto again = import_file(project.path, "exports/zotero.json");
  CHECK(again.out == "exports/zotero.json: 0 source(s) imported into sources/records/imported.xml, 6 not imported\n");
}

TEST_CASE("import: the readers' field mapping and the messages on broken files") {
  auto bad = import::read_csl_json("{not json");
  CHECK(bad.error == "not valid JSON");
  auto one = import::read_csl_json(R"({"id": "x", "URL": "https://a.example/x", "language": "Kazakh"})");
  REQUIRE(one.sources.size() == 1);
  CHECK(one.sources[0].lang == "kk");
  CHECK(one.sources[0].kind == "other");

  auto bib = import::read_bibtex("@report{r1, title = {A} # { report}, institution = {IPHR}, year = {2025}}\n"
                                 "@article{broken, title = {never closed}");
  REQUIRE(bib.sources.size() == 2);
  CHECK(bib.sources[0].title == "A report");
  CHECK(bib.sources[0].kind == "ngo-report");
  CHECK(bib.sources[0].publisher == "IPHR");
  CHECK(bib.sources[0].date == "2025");
  REQUIRE(bib.problems.size() == 1);
  CHECK(bib.problems[0] == "line 2: the entry 'broken' is not closed");

  std::string error;
  CHECK(!cli::parse_options({"import", "x.json"}, error));
  CHECK(error == "import takes what to import and a file: briefc import sources FILE.json|FILE.bib");
}
