// The shipped briefings, checked the way a reader would: compile each document
// of sources/documents, extract the PDF's text with pdftotext, and find every
// paragraph opening and every footnote of its reference paper, in order, and
// every URL (tests/data/*.probes, made from the reference texts).
#include "cli/build_command.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// As textcover normalises: no whitespace or hyphens, lower case, straight quotes.
std::string normalise(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    auto starts = [&](const char* u) { return s.compare(i, std::char_traits<char>::length(u), u) == 0; };
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '-') { ++i; continue; }
    if (starts("\u00A0") || starts("\u00AD")) { i += 2; continue; }
    if (starts("\u2010") || starts("\u2011") || starts("\u2013") || starts("\u202F")) { i += 3; continue; }
    if (starts("\u201C") || starts("\u201D")) { out += '"'; i += 3; continue; }
    if (starts("\u2018") || starts("\u2019")) { out += '\''; i += 3; continue; }
    if (starts("\u00AB") || starts("\u00BB")) { out += '"'; i += 2; continue; }
    if (c == '\\' && i + 1 < s.size() && (s[i + 1] == '_' || s[i + 1] == '[' || s[i + 1] == ']')) { ++i; continue; }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    ++i;
  }
  return out;
}

struct Probe {
  char kind;
  std::string text;
};

std::vector<Probe> read_probes(const fs::path& file) {
  std::vector<Probe> probes;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line))
    if (line.size() > 2 && line[1] == '\t') probes.push_back({line[0], line.substr(2)});
  return probes;
}

fs::path build_shipped(const std::string& name, const fs::path& out_dir) {
  fs::path root = BRIEFC_SOURCE_DIR;
  briefc::cli::Options options;
  options.command = briefc::cli::Command::Build;
  options.documents = {(root / "sources" / "documents" / (name + ".xml")).string()};
  options.output = (out_dir / (name + ".pdf")).string();
  options.quiet = true;
  std::ostringstream out, err;
  int status = briefc::cli::run_build(options, out, err);
  INFO(err.str());
  REQUIRE(status == 0);
  return options.output;
}

void check_coverage(const std::string& name) {
  // A folder of its own: a fixed name is shared with every other checkout
  // testing on the machine at the same time.
  briefc::test::TempDir scratch(name);
  fs::path pdf = build_shipped(name, scratch.path);
  std::string text = normalise(briefc::test::command_output("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null"));
  REQUIRE(!text.empty());
  auto probes = read_probes(fs::path(BRIEFC_SOURCE_DIR) / "tests" / "data" / (name + ".probes"));
  REQUIRE(probes.size() > 30);
  std::size_t paragraph_at = 0, note_at = 0;
  int paragraphs = 0, notes = 0, urls = 0;
  for (const auto& p : probes) {
    std::string needle = normalise(p.text);
    CAPTURE(p.text);
    if (p.kind == 'U') {
      CHECK(text.find(needle) != std::string::npos);
      ++urls;
      continue;
    }
    std::size_t& from = p.kind == 'P' ? paragraph_at : note_at;
    auto found = text.find(needle, from);
    CHECK_MESSAGE(found != std::string::npos, "missing, or out of order");
    if (found != std::string::npos) from = found + 1;
    ++(p.kind == 'P' ? paragraphs : notes);
  }
  MESSAGE(name << ": " << paragraphs << " paragraphs, " << notes << " footnotes, " << urls << " URLs checked");

  // Every font is embedded (pdffonts' "emb" column).
  std::string fonts = briefc::test::command_output("pdffonts '" + pdf.string() + "' 2>/dev/null");
  std::istringstream lines(fonts);
  std::string line;
  int font_rows = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++font_rows;
    CHECK_MESSAGE(line.find(" yes ") != std::string::npos, line);
  }
  CHECK(font_rows >= 3);
}

}  // namespace

TEST_CASE("the EU-dialogue briefing holds every paragraph, footnote and URL of the reference paper") {
  check_coverage("eu-dialogue-2020");
}

TEST_CASE("the UN Human Rights Committee submission holds every paragraph, footnote and URL of the reference paper") {
  check_coverage("un-hrc-2025");
}

TEST_CASE("the same input gives byte-identical PDFs") {
  // Folders of their own (a fixed name raced with other checkouts' test runs).
  briefc::test::TempDir dir_a("repro-a"), dir_b("repro-b");
  auto first = build_shipped("un-hrc-2025", dir_a.path);
  auto second = build_shipped("un-hrc-2025", dir_b.path);
  auto slurp = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  std::string x = slurp(first), y = slurp(second);
  CHECK(x.size() > 1000);
  CHECK(x == y);
}
