// The typesetting stress document (tests/stress, made by make_stress.py):
// 300 footnotes, notes longer than half a page, 300-character URLs, nested
// lists, Russian and Kazakh text and emoji. It must build, say where each
// emoji was left out, and keep every note and its text.
#include "cli/build_command.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

namespace fs = std::filesystem;

namespace {
std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}
}  // namespace

TEST_CASE("the stress document builds, keeps its 300 notes and reports every emoji it cannot print") {
  fs::path root = BRIEFC_SOURCE_DIR;
  briefc::test::TempDir scratch("stress");  // never a fixed name another checkout's run shares
  fs::path pdf = scratch.path / "stress.pdf";
  briefc::cli::Options options;
  options.command = briefc::cli::Command::Build;
  options.documents = {(root / "tests/stress/sources/documents/stress.xml").string()};
  options.output = pdf.string();
  std::ostringstream out, err;
  REQUIRE(briefc::cli::run_build(options, out, err) == 0);
  CHECK(out.str().find("300 footnotes") != std::string::npos);
  // Ten paragraphs hold a flag (two regional indicators) and a raised fist.
  CHECK(occurrences(err.str(), "warning: character U+1F1F0 cannot be printed") == 10);
  CHECK(occurrences(err.str(), "warning: character U+1F1FF cannot be printed") == 10);
  CHECK(occurrences(err.str(), "warning: character U+270A cannot be printed") == 10);
  // Nothing else is said of it but the checker's findings (the generated
  // notes say "in Russian" before sources of any language).
  CHECK(occurrences(err.str(), ": warning: ") == 30);
  CHECK(occurrences(err.str(), ": warning[") == occurrences(err.str(), ": warning[note-language-mismatch]"));
  CHECK(err.str().find(": error") == std::string::npos);
  CHECK(err.str().find("continues on the next") == std::string::npos);

  std::string text = briefc::test::command_output("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null");
  CHECK(text.find("Сұлтанқызы") != std::string::npos);
  CHECK(text.find("Правозащитники сообщают") != std::string::npos);
  CHECK(text.find("%2CO%2CP-R") != std::string::npos);  // the end of a 300-character URL, unmangled
  CHECK(text.find("__cft__[0]") != std::string::npos);
}
