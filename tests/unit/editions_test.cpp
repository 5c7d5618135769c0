// Reporting periods and editions (resolve/period, case_selection, editions,
// generated_lists, edition_diff; cli/diff_command): what a reader of a new
// edition sees — who is listed, with which status, what is marked "(new)",
// which developments and recommendations are reported — and the exact
// messages for what cannot be built. The fixture project tests/editions/
// places invented cases on the edges of the period 2024-05-01..2024-11-10.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/diff_command.hpp"
#include "cli/edition_history.hpp"
#include "read/loader.hpp"
#include "read/style_reader.hpp"
#include "resolve/period.hpp"
#include "resolve/resolver.hpp"
#include "text/locale_context.hpp"

namespace fs = std::filesystem;
using namespace briefc;

namespace {

const fs::path project = fs::path(BRIEFC_SOURCE_DIR) / "tests" / "editions";

fs::path document_path(const std::string& name) {
  return project / "sources" / "documents" / (name + ".xml");
}

struct Outcome {
  std::vector<std::string> paragraphs;  // each paragraph's text, its label first ("• …", "1. …")
  std::vector<std::string> errors;      // "LINE:COL: message" of each error
  std::vector<std::string> rendered;    // each diagnostic as briefc prints it
};

// Reads, checks and resolves a fixture document as `briefc build` does, with
// `period` in place of its own when given.
Outcome resolve_fixture(const std::string& name, const std::string& period = {}) {
  static text::LocaleContext locales;
  diag::SourceManager sources;
  diag::Diagnostics diags;
  model::Corpus corpus;
  read::LoaderOptions options{project.string(), false};
  read::Loader loader(sources, diags, corpus, options);
  auto document = loader.load_document(document_path(name).string());
  REQUIRE(document);
  read::check_references(corpus, &*document, diags);
  if (!period.empty()) {
    std::string error;
    document->period = resolve::parse_period(period, error);
    REQUIRE(document->period);
  }
  auto history = cli::read_edition_history(*document, sources, diags, options, locales);
  auto style = read::load_style((project / "styles" / (document->style + ".xml")).string(), sources, diags);
  REQUIRE(style);
  auto resolved =
      resolve::resolve_document(*document, corpus, *style, locales, diags, resolve::Readership::Public, history);
  Outcome out;
  for (const auto& p : resolved.paragraphs) {
    std::string text = p.label.empty() ? "" : p.label + " ";
    for (const auto& s : p.spans)
      if (!s.superscript) text += s.text;
    out.paragraphs.push_back(text);
  }
  for (const auto& d : diags.all()) {
    out.rendered.push_back(diag::render(d, sources));
    if (d.severity != diag::Severity::Error) continue;
    auto lc = sources.line_column(d.location);
    out.errors.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message);
  }
  if (std::getenv("EDITIONS_TEST_DUMP")) {  // to see what a fixture resolves to when writing a test
    for (const auto& p : out.paragraphs) fprintf(stderr, "P| %s\n", p.c_str());
    for (const auto& e : out.errors) fprintf(stderr, "E| %s\n", e.c_str());
  }
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The paragraphs from the one starting with `first` up to (not including) the next heading-like one.
std::vector<std::string> after(const std::vector<std::string>& paragraphs, const std::string& first,
                               std::size_t count) {
  auto it = std::find(paragraphs.begin(), paragraphs.end(), first);
  REQUIRE_MESSAGE(it != paragraphs.end(), first);
  ++it;
  std::vector<std::string> out;
  for (; it != paragraphs.end() && out.size() < count; ++it) out.push_back(*it);
  return out;
}

}  // namespace

TEST_CASE("--period: FROM..TO with dates of any precision; mistakes in words") {
  std::string error;
  auto day = resolve::parse_period("2024-05-01..2024-11-10", error);
  REQUIRE(day);
  CHECK(resolve::day_span(day).first == 20240501);
  CHECK(resolve::day_span(day).last == 20241110);
  auto months = resolve::parse_period("2020-11..2021-12", error);
  REQUIRE(months);
  CHECK(resolve::day_span(months).first == 20201101);
  CHECK(resolve::day_span(months).last == 20211231);
  auto leap = resolve::parse_period("2024..2024-02", error);
  REQUIRE(leap);
  CHECK(resolve::day_span(leap).last == 20240229);

  CHECK_FALSE(resolve::parse_period("2024-05-01", error));
  CHECK(error == "--period '2024-05-01' is not FROM..TO (for example 2024-05-01..2024-11-10)");
  CHECK_FALSE(resolve::parse_period("2024-02-30..2024-11-10", error));
  CHECK(error == "--period: '2024-02-30' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)");
  CHECK_FALSE(resolve::parse_period("2024-11..2024-05", error));
  CHECK(error == "--period 2024-11..2024-05 ends before it begins");
}

TEST_CASE("an event is in the period when any of its days is; a status holds from its first possible day") {
  std::string error;
  auto span = resolve::day_span(resolve::parse_period("2024-05-01..2024-11-10", error));
  auto in = [&](const char* date) { return span.contains_any_day_of(*model::parse_date(date)); };
  CHECK(in("2024-05-01"));  // the first day
  CHECK(in("2024-11-10"));  // the last day
  CHECK_FALSE(in("2024-04-30"));
  CHECK_FALSE(in("2024-11-11"));
  CHECK(in("2024-11"));  // November overlaps the period's last ten days
  CHECK(in("2024-04") == false);
  CHECK(in("2024"));
  CHECK_FALSE(in("2025"));

  model::Case c;
  c.statuses.push_back({"imprisoned", *model::parse_date("2023-01"), {}, {}, {}});
  c.statuses.push_back({"released", *model::parse_date("2024-11"), {}, {}, {}});
  CHECK(resolve::status_as_of(c, 20221231) == nullptr);
  CHECK(resolve::status_as_of(c, 20230101)->value == "imprisoned");
  CHECK(resolve::status_as_of(c, 20241031)->value == "imprisoned");
  CHECK(resolve::status_as_of(c, 20241101)->value == "released");  // "since November" counts from 1 November

  CHECK(resolve::status_matches("imprisoned detained", "detained"));
  CHECK_FALSE(resolve::status_matches("imprisoned detained", "released"));
  CHECK(resolve::status_matches("", "released"));
}

TEST_CASE("a generated list names the people imprisoned at the period's end, by surname, new ones marked") {
  auto out = resolve_fixture("edition-2");
  CHECK(out.errors.empty());
  // Zhakupova, released the day after the period ends, is still imprisoned;
  // Late, imprisoned from that day, is not yet; Free was released within it;
  // Ämirova, imprisoned "since November 2024", is by 10 November. "Ä" sorts
  // with "A" (ICU collation), not after "Z" as bytes would have it. Yolkin
  // and Zhakupova were printed by edition one.
  CHECK(out.paragraphs[1] ==
        "Imprisoned: Bolat Abenov (new), Aliya Ämirova (new), Yerlan Yelemesov (new), Pyotr Yolkin, and Zhanna "
        "Zhakupova. Not exhaustive.");
}

TEST_CASE("--period replaces the document's period for the list, the summaries and the developments") {
  auto out = resolve_fixture("edition-2", "2024-11-11..2024-12-31");
  CHECK(out.paragraphs[1] ==
        "Imprisoned: Bolat Abenov (new), Aliya Ämirova (new), Timur Late (new), Yerlan Yelemesov (new), and Pyotr "
        "Yolkin. Not exhaustive.");
  CHECK(has(out.paragraphs, "• Zhanna Zhakupova was released on 11 November 2024."));
}

TEST_CASE("in-period selects cases with an event in the period, and summaries leave out later events") {
  auto out = resolve_fixture("edition-2");
  // Yolkin's only event is the day before the period; Late's the day after.
  std::vector<std::string> expected = {
      "• Abenov narrative.",
      "Bolat Abenov: Detained on 1 May 2024. Sentenced to 5 years of imprisonment under Article 1 of the Criminal Code on 15 "
      "June 2024. As of 10 November 2024: imprisoned since 15 June 2024.",
      "• Ämirova narrative.",
      "Aliya Ämirova: Detained in November 2024. As of 10 November 2024: imprisoned since November 2024.",
      "Dana Free: Released in June 2024. As of 10 November 2024: released in June 2024.",
      "• Yelemesov narrative.",
      "Yerlan Yelemesov: As of 10 November 2024: imprisoned since 2022.",
      "• Zhakupova narrative.",
      "Zhanna Zhakupova: Fined 444\u00A0500\u00A0KZT (930\u00A0EUR) on 6 October 2024. As of 10 November 2024: imprisoned since "
      "January 2023.",
  };
  std::vector<std::string> got(out.paragraphs.begin() + 2, out.paragraphs.begin() + 2 + expected.size());
  CHECK(got == expected);
}

TEST_CASE("developments since the last briefing: after the previous edition's period, up to this one's end") {
  auto out = resolve_fixture("edition-2");
  std::vector<std::string> expected = {
      "• Bolat Abenov was detained on 1 May 2024.",
      "• Dana Free was released in June 2024.",
      "• Bolat Abenov was sentenced to 5 years of imprisonment under Article 1 of the Criminal Code on 15 June "
      "2024.",
      "• Zhanna Zhakupova was fined 444\u00A0500\u00A0KZT (930\u00A0EUR) on 6 October 2024.",
      "• Aliya Ämirova was detained in November 2024.",
      "Recommendations",
  };
  CHECK(after(out.paragraphs, "Since the last briefing", expected.size()) == expected);
}

TEST_CASE("the recommendation history names the edition that first made each one and those that repeated it") {
  auto out = resolve_fixture("edition-2");
  std::vector<std::string> expected = {
      "1. Respect the freedom of expression — first made: December 2023; repeated in: 10 November 2024.",
      "2. Immediately and unconditionally release Zhanna Zhakupova from the prison — first made: December 2023; "
      "repeated in: 10 November 2024.",
      "3. Immediately and unconditionally release Bolat Abenov from the colony — first made: 10 November 2024.",
      "4. Stop the new practice — first made: 10 November 2024.",
  };
  CHECK(after(out.paragraphs, "History", expected.size()) == expected);
}

TEST_CASE("a Russian edition names people in Cyrillic, in Russian order, with Russian wording") {
  auto out = resolve_fixture("edition-2-ru");
  CHECK(out.errors.empty());
  // Ё sorts with Е (Елемесов before Ёлкин); byte order would put Ёлкин first.
  const std::string& list = out.paragraphs[1];
  auto at = [&](const char* name) { return list.find(name); };
  CHECK(at("Болат Абенов (новое)") < at("Ерлан Елемесов (новое)"));  // "(new)" from the Russian catalog
  CHECK(at("Ерлан Елемесов") < at("Пётр Ёлкин"));
  CHECK(at("Пётр Ёлкин") < at("Жанна Жакупова"));
  CHECK(list.find(" и Жанна Жакупова.") != std::string::npos);
  // Free's release is no development here: neither edition prints her case.
  std::vector<std::string> developments = {
      "• Болат Абенов задержан 1 мая 2024\u202Fг.",
      "• Болат Абенов приговорён к лишению свободы сроком на 5 лет по статье 1 Уголовного кодекса 15 июня "
      "2024\u202Fг.",
      "• Жанна Жакупова оштрафована на 444\u00A0500\u00A0KZT (930\u00A0EUR) 6 октября 2024\u202Fг.",
      "• Алия Әмирова задержана в ноябре 2024\u202Fг.",
  };
  CHECK(std::vector<std::string>(out.paragraphs.begin() + 2, out.paragraphs.end()) == developments);
}

TEST_CASE("a style with ordinal days writes 6th October 2024") {
  // A first edition: the developments within its period, of every case.
  auto out = resolve_fixture("ordinal");
  CHECK(out.paragraphs == std::vector<std::string>{
                              "Ordinal",
                              "• Zhanna Zhakupova was fined 444\u00A0500\u00A0KZT (930\u00A0EUR) on 6th October 2024.",
                          });
}

TEST_CASE("template errors: unknown placeholder, unused parameter, missing value, unknown argument") {
  auto out = resolve_fixture("bad-templates");
  std::vector<std::string> expected = {
      "6:6: recommendation 'rec-typo' uses the unknown parameter '{persn}'",
      "5:6: parameter 'person' of recommendation 'rec-typo' is not used by its default text",
      "13:17: no value for parameter 'place' of recommendation 'rec-release'",
      "16:17: recommendation 'rec-general' has no parameter 'person'",
  };
  CHECK(out.errors == expected);
}

TEST_CASE("edition errors: one stable id twice, a names attribute on a list of items, a missing previous edition") {
  auto out = resolve_fixture("bad-editions");
  std::string missing = read::display_path((project / "sources" / "documents" / "no-such-edition.xml").string());
  std::vector<std::string> expected = {
      "9:74: 'lead' and 'end' belong to form=\"names\"",
      "7:27: previous edition '" + missing + "' does not exist",
      "12:17: a second recommendation with the id 'rec-general'",
  };
  CHECK(out.errors == expected);
}

TEST_CASE("a chain of editions that comes back on itself is an error at the href that closes it") {
  auto out = resolve_fixture("cycle-a");
  REQUIRE(out.errors.size() == 1);
  std::string a = read::display_path(document_path("cycle-a").string());
  CHECK(out.errors[0] == "6:27: previous edition '" + a + "' is already in this chain of editions");
  CHECK(out.rendered[0].find("cycle-b.xml:6:27: error: previous edition") != std::string::npos);
}

TEST_CASE("an update of a case that does not exist, or with another status on a day the case has one, is an error") {
  auto out = resolve_fixture("bad-updates");
  std::vector<std::string> expected = {
      "4:17: <update> of 'case-nope', which is no case",
      "8:6: this status of 'case-ab' since 2024-06-15 is 'released', but the case has 'imprisoned' since that date",
  };
  CHECK(out.errors == expected);
}

TEST_CASE("briefc diff lists cases, status changes, sources and recommendations") {
  cli::Options options;
  options.command = cli::Command::Diff;
  options.documents = {document_path("edition-1").string(), document_path("edition-2").string()};
  std::ostringstream out, err;
  CHECK(cli::run_diff(options, out, err) == cli::exit_ok);
  CHECK(err.str().empty());
  std::string expected =
      "Changes from edition-1 to edition-2\n"
      "  old: " +
      options.documents[0] +
      " (2023-12, period 2023-01..2023-12)\n"
      "  new: " +
      options.documents[1] +
      " (2024-11-10, period 2024-05-01..2024-11-10)\n"
      "\n"
      "Cases added (4)\n"
      "  + case-ab  Bolat Abenov\n"
      "  + case-am  Aliya Ämirova\n"
      "  + case-el  Yerlan Yelemesov\n"
      "  + case-free  Dana Free\n"
      "\n"
      "Cases dropped: none\n"
      "\n"
      "Status changes (3)\n"
      "  ~ case-ab  Bolat Abenov: (no status) → imprisoned (since 2024-06-15)\n"
      "  ~ case-am  Aliya Ämirova: (no status) → imprisoned (since 2024-11)\n"
      "  ~ case-free  Dana Free: imprisoned → released (since 2024-06)\n"
      "\n"
      "Sources added (1)\n"
      "  + src-two  https://example.org/two\n"
      "\n"
      "Recommendations added (2)\n"
      "  + rec-release:p-ab  Immediately and unconditionally release Bolat Abenov from the colony\n"
      "  + rec-new  Stop the new practice\n"
      "\n"
      "Recommendations repeated (2)\n"
      "  = rec-general  Respect the freedom of expression\n"
      "  = rec-release:p-zh  Immediately and unconditionally release Zhanna Zhakupova from the "
      "prison  (reworded)\n"
      "\n"
      "Recommendations dropped (1)\n"
      "  - rec-old-only  Do what was asked once\n";
  CHECK(out.str() == expected);
}

TEST_CASE("briefc diff of an edition with errors prints them and compares nothing") {
  cli::Options options;
  options.command = cli::Command::Diff;
  options.documents = {document_path("edition-1").string(), document_path("bad-updates").string()};
  std::ostringstream out, err;
  CHECK(cli::run_diff(options, out, err) == cli::exit_input_errors);
  CHECK(out.str().empty());
  CHECK(err.str().find("error: <update> of 'case-nope', which is no case") != std::string::npos);
  CHECK(err.str().find("briefc diff: 2 error(s), 0 warning(s); nothing compared\n") != std::string::npos);
}

TEST_CASE("generated lists and the recommendation history name a confidential person by her public wording") {
  auto out = resolve_fixture("confidential-names");
  CHECK(out.errors.empty());
  CHECK(out.paragraphs == std::vector<std::string>{
                              "Confidential names",
                              "Imprisoned: a woman from Shymkent.",
                              "• A woman from Shymkent was detained in February 2024.",
                              "Recommendations",
                              "The authorities should:",
                              "• Immediately and unconditionally release a woman from Shymkent from the colony.",
                              "1. Immediately and unconditionally release a woman from Shymkent from the colony — "
                              "first made: 10 November 2024.",
                          });
}
