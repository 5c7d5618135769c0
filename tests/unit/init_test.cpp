// briefc init: a new project for each audience and language builds at once,
// passes check, validates against the schema, and init never writes over a
// project or a file.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <unistd.h>
#include <filesystem>
#include <sstream>
#include <string>

#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "cli/init_command.hpp"
#include "cli/options.hpp"

namespace fs = std::filesystem;
using namespace briefc;

namespace {


struct Run {
  int status = 0;
  std::string out, err;
};

Run init(const std::vector<std::string>& args) {
  std::string error;
  auto options = cli::parse_options(args, error);
  REQUIRE_MESSAGE(options, error);
  std::ostringstream out, err;
  Run r;
  r.status = cli::run_init(*options, out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

}  // namespace

TEST_CASE("init: a new project for every audience and language builds at once, with no warning") {
  for (const char* audience : {"eu-dialogue", "un-treaty-body", "upr", "hrc-statement", "periodic-update"}) {
    for (const char* lang : {"en", "ru", "kk"}) {
      CAPTURE(audience);
      CAPTURE(lang);
      test::TempDir folder("init");
      fs::path project = folder.path / "paper";
      auto made = init({"init", project.string(), "--audience", audience, "--lang", lang});
      INFO(made.err);
      REQUIRE(made.status == 0);
      CHECK(made.out.find("briefc build sources/documents/") != std::string::npos);
      CHECK(fs::exists(project / "briefc.xsd"));
      CHECK(fs::exists(project / ".gitignore"));

      fs::path before = fs::current_path();
      fs::current_path(project);
      cli::Options build;
      build.command = cli::Command::Build;
      build.all = true;
      std::ostringstream out, err;
      int status = cli::run_build(build, out, err);
      cli::Options check;
      check.command = cli::Command::Check;
      check.all = true;
      std::ostringstream check_out, check_err;
      int check_status = cli::run_check(check, check_out, check_err);
      fs::current_path(before);
      INFO(err.str());
      CHECK(status == 0);
      // Kazakh has no hyphenation patterns in Debian: the one warning a Kazakh paper gets.
      CHECK((err.str().empty() || std::string(lang) == "kk"));
      CHECK(check_status == 0);
      CHECK(check_err.str().find("0 errors, 0 warnings") != std::string::npos);
      std::size_t pdfs = 0;
      for (auto& e : fs::directory_iterator(project / "output")) pdfs += e.path().extension() == ".pdf";
      CHECK(pdfs == 1);

      // Every file names the schema and validates against it.
      for (auto& e : fs::recursive_directory_iterator(project / "sources")) {
        if (e.path().extension() != ".xml") continue;
        CAPTURE(e.path().string());
        std::string result = test::command_output("xmllint --noout --schema '" + (project / "briefc.xsd").string() +
                                                  "' '" + e.path().string() + "' 2>&1");
        CHECK(result.find("validates") != std::string::npos);
      }
    }
  }
}

TEST_CASE("init: never writes over a project or a file") {
  test::TempDir folder("init");
  REQUIRE(init({"init", folder.path.string(), "--audience", "upr"}).status == 0);
  auto again = init({"init", folder.path.string(), "--audience", "eu-dialogue"});
  CHECK(again.status == 1);
  CHECK(again.err.find("already holds a project") != std::string::npos);

  test::TempDir other("init");
  std::ofstream(other.path / ".gitignore") << "mine\n";
  auto over_file = init({"init", other.path.string(), "--audience", "upr"});
  CHECK(over_file.status == 1);
  CHECK(over_file.err.find(".gitignore exists; init writes nothing over a file") != std::string::npos);
  CHECK(test::slurp(other.path / ".gitignore") == "mine\n");
  CHECK(!fs::exists(other.path / "sources"));
}

TEST_CASE("init: the audience is required and the language checked") {
  std::string error;
  CHECK(!cli::parse_options({"init", "x"}, error));
  CHECK(error == "init needs --audience eu-dialogue, un-treaty-body, upr, hrc-statement or periodic-update");
  CHECK(!cli::parse_options({"init", "x", "--audience", "ngo"}, error));
  CHECK(error == "unknown audience 'ngo': eu-dialogue, un-treaty-body, upr, hrc-statement or periodic-update");
  CHECK(!cli::parse_options({"init", "x", "--audience", "upr", "--lang", "de"}, error));
  CHECK(error == "--lang is en, ru or kk, not 'de'");
  CHECK(!cli::parse_options({"init", "a", "b", "--audience", "upr"}, error));
}
