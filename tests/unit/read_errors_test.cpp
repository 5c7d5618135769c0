// Unit tests for the diagnostics a person meets when an input is wrong. Each
// case writes a tiny project (sources/records, sources/documents, styles/)
// into a fresh temporary folder, reads it the way `briefc build` does, and
// checks the report exactly as it is printed: position, message, the source
// line with its caret, the hint and any notes. A message that changes here
// changes for every user, so the wording is part of the contract.
#include "read/element_reader.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fmt/format.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cli/build_command.hpp"
#include "cli/options.hpp"
#include "diag/diagnostics.hpp"
#include "model/corpus.hpp"
#include "read/loader.hpp"
#include "read/style_reader.hpp"

namespace fs = std::filesystem;
using namespace briefc;

namespace {

// A throwaway project folder, removed with everything in it at the end of the
// test. Holds a document that builds cleanly until a test breaks a part of it.
class FixtureProject {
public:
    FixtureProject() {
        std::string pattern = (fs::temp_directory_path() / "briefc-read-errors-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
        root_ = fs::canonical(pattern);
        for (const char* folder : {"sources/records", "sources/documents", "styles"})
            fs::create_directories(root_ / folder);
        write("styles/plain.xml", "<style id=\"plain\"/>\n");
        write("sources/records/records.xml",
              "<records>\n"
              "  <source id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\"/>\n"
              "</records>\n");
        write_document("<p>Text.</p>");
    }
    ~FixtureProject() {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }
    FixtureProject(const FixtureProject&) = delete;
    FixtureProject& operator=(const FixtureProject&) = delete;

    const fs::path& root() const { return root_; }

    void write(const std::string& relative, std::string_view text) const {
        std::ofstream out(root_ / relative, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) throw std::runtime_error("cannot write " + relative);
    }

    // sources/documents/doc.xml with `include` as its include and `body` in
    // its <body>.
    void write_document(std::string_view body, std::string_view include = "../records") const {
        std::string text = "<document id=\"doc\" lang=\"en\" audience=\"eu-dialogue\" style=\"plain\" "
                           "date=\"2020-11\">\n"
                           "  <include href=\"" + std::string(include) + "\"/>\n"
                           "  <title>Test briefing</title>\n"
                           "  <body>\n"
                           "    " + std::string(body) + "\n"
                           "  </body>\n"
                           "</document>\n";
        write("sources/documents/doc.xml", text);
    }

private:
    fs::path root_;
};

// Works inside a folder for the life of the guard: the loader names files
// relative to the working folder, as the user typed them.
class WorkingDirectory {
public:
    explicit WorkingDirectory(const fs::path& folder) : previous_(fs::current_path()) { fs::current_path(folder); }
    ~WorkingDirectory() {
        std::error_code ec;
        fs::current_path(previous_, ec);
    }
    WorkingDirectory(const WorkingDirectory&) = delete;
    WorkingDirectory& operator=(const WorkingDirectory&) = delete;

private:
    fs::path previous_;
};

const char* const document_path = "sources/documents/doc.xml";

std::string render_all(const diag::Diagnostics& diags, const diag::SourceManager& sources) {
    std::string out;
    for (const auto& d : diags.all()) out += diag::render(d, sources, /*color=*/false);
    return out;
}

// What `briefc build` reads before it resolves anything: the document, its
// includes, the cross-record references, and the style when `with_style`.
std::string load_project(bool with_style = false) {
    diag::SourceManager sources;
    diag::Diagnostics diags;
    model::Corpus corpus;
    std::string root = read::find_project_root(fs::path(document_path).parent_path().string());
    read::Loader loader(sources, diags, corpus, read::LoaderOptions{root, false});
    auto document = loader.load_document(document_path);
    if (document) read::check_references(corpus, &*document, diags);
    if (document && with_style) read::load_style("styles/" + document->style + ".xml", sources, diags);
    return render_all(diags, sources);
}

struct BuildResult {
    int status = -1;
    std::string out;
    std::string err;
};

// The whole pipeline, as the command line runs it.
BuildResult build(const std::string& document = document_path) {
    cli::Options options;
    options.command = cli::Command::Build;
    options.documents = {document};
    std::ostringstream out, err;
    BuildResult result;
    result.status = cli::run_build(options, out, err);
    result.out = out.str();
    result.err = err.str();
    return result;
}

const char* const build_failed = "sources/documents/doc.xml: 1 error(s), 0 warning(s); no PDF written\n";

}  // namespace

// The fixture itself must be clean, or every case below could pass for the
// wrong reason.
TEST_CASE("read errors: the untouched fixture builds without a diagnostic") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    CHECK(load_project(true) == "");
    auto result = build();
    CHECK(result.err == "");
    CHECK(result.status == cli::exit_ok);
    CHECK(fs::exists("output/doc.pdf"));
}

TEST_CASE("read errors: malformed XML names the element left open") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <source id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\">\n"
                  "</records>\n");
    CHECK(load_project() ==
          "sources/records/records.xml:3:1: error: malformed XML: <source> is not closed before </records>\n"
          "    3 | </records>\n"
          "      | ^\n"
          "hint: end each element with its closing tag, or write <name … /> when it holds nothing\n"
          "sources/records/records.xml:2:3: note: <source> is opened here\n"
          "    2 |   <source id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\">\n"
          "      |   ^\n");
}

TEST_CASE("read errors: an unknown element suggests the element meant") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <sorce id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\"/>\n"
                  "</records>\n");
    CHECK(load_project() ==
          "sources/records/records.xml:2:4: error: unknown element <sorce> inside <records>\n"
          "    2 |   <sorce id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\"/>\n"
          "      |    ^\n"
          "hint: did you mean <source>?\n");
}

TEST_CASE("read errors: a suggestion only when one is close, and every one as close") {
    using briefc::read::did_you_mean;
    // HTML's inline names get what briefc writes instead, not a look-alike.
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write_document("<p>One<br/>two <em>three</em>.</p>");
    auto report = load_project();
    CHECK(report.find("unknown element <br> inside <p>") != std::string::npos);
    CHECK(report.find("hint: a paragraph has no line breaks: start a new <p>") != std::string::npos);
    CHECK(report.find("unknown element <em> inside <p>") != std::string::npos);
    CHECK(report.find("hint: emphasis is <i>") != std::string::npos);
    CHECK(report.find("did you mean <b>?") == std::string::npos);
    // Two letters are no typo of one; a short name allows one edit, a long one three.
    CHECK(did_you_mean("em", {"b", "i", "a"}) == "");
    CHECK(did_you_mean("dat", {"date", "data"}) == "did you mean 'date' or 'data'?");
    CHECK(did_you_mean("recomendation", {"recommendation", "reason"}, "<{}>") == "did you mean <recommendation>?");
    CHECK(did_you_mean("narative", {"narrative", "native"}) == "did you mean 'narrative'?");
    CHECK(did_you_mean("xyz", {"date", "lang"}) == "");
}

TEST_CASE("read errors: a misspelt attribute is one error, with the attribute meant") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <source id=\"src-one\" kind=\"media\" lnag=\"ru\" url=\"https://example.org/1\"/>\n"
                  "</records>\n");
    // 'lang' is required too; the typo is not reported a second time as a missing 'lang'.
    CHECK(load_project() ==
          "sources/records/records.xml:2:43: error: unknown attribute 'lnag' on <source>\n"
          "    2 |   <source id=\"src-one\" kind=\"media\" lnag=\"ru\" url=\"https://example.org/1\"/>\n"
          "      |                                           ^\n"
          "hint: did you mean 'lang'?\n");
}

TEST_CASE("read errors: a missing required attribute") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <source id=\"src-one\" kind=\"media\" url=\"https://example.org/1\"/>\n"
                  "</records>\n");
    CHECK(load_project() ==
          "sources/records/records.xml:2:4: error: <source> is missing the required attribute 'lang'\n"
          "    2 |   <source id=\"src-one\" kind=\"media\" url=\"https://example.org/1\"/>\n"
          "      |    ^\n"
          "hint: add lang=\"…\" to the <source>\n");
}

TEST_CASE("read errors: a citation of an unknown source suggests the id meant") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write_document("<p>Text<cite src=\"src-oen\"/>.</p>");
    CHECK(load_project() ==
          "sources/documents/doc.xml:5:23: error[citation-unknown-source]: unknown source 'src-oen'\n"
          "    5 |     <p>Text<cite src=\"src-oen\"/>.</p>\n"
          "      |                       ^\n"
          "hint: did you mean 'src-one'?\n");
}

TEST_CASE("read errors: a long line is shown around the caret, not whole") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    // Narratives are often one line of a thousand characters.
    std::string words, more;
    for (int i = 0; i < 30; ++i) words += "word ", more += "more ";
    project.write_document("<p>" + words + "<cite src=\"src-oen\"/>" + more + "</p>");
    CHECK(load_project() ==
          "sources/documents/doc.xml:5:169: error[citation-unknown-source]: unknown source 'src-oen'\n"
          "    5 | …ord word word word word word <cite src=\"src-oen\"/>more more more more more more more more more "
          "more …\n"
          "      |                                          ^\n"
          "hint: did you mean 'src-one'?\n");
}

TEST_CASE("read errors: a duplicate id points at the first definition") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <source id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\"/>\n"
                  "  <organisation id=\"src-one\" kind=\"ngo\"><name>Alpha</name></organisation>\n"
                  "</records>\n");
    CHECK(load_project() ==
          "sources/records/records.xml:3:21: error: duplicate id 'src-one'\n"
          "    3 |   <organisation id=\"src-one\" kind=\"ngo\"><name>Alpha</name></organisation>\n"
          "      |                     ^\n"
          "hint: every id must be unique in the corpus\n"
          "sources/records/records.xml:2:4: note: 'src-one' is first defined here, as a source\n"
          "    2 |   <source id=\"src-one\" kind=\"media\" lang=\"ru\" url=\"https://example.org/1\"/>\n"
          "      |    ^\n");
}

TEST_CASE("read errors: 30 February is not a date") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <source id=\"src-one\" kind=\"media\" lang=\"ru\" title=\"Report\" date=\"2020-02-30\"/>\n"
                  "</records>\n");
    CHECK(load_project() ==
          "sources/records/records.xml:2:68: error: invalid date '2020-02-30' in 'date': "
          "February 2020 has only 29 days\n"
          "    2 |   <source id=\"src-one\" kind=\"media\" lang=\"ru\" title=\"Report\" date=\"2020-02-30\"/>\n"
          "      |                                                                    ^\n"
          "hint: write YYYY-MM-DD, YYYY-MM or YYYY, with a day that exists in that month\n");
}

TEST_CASE("read errors: a byte that is not UTF-8 is located, and not echoed raw") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <source id=\"src-one\" kind=\"media\" lang=\"ru\" title=\"Caf\xFF news\"/>\n"
                  "</records>\n");
    // The excerpt shows the bad byte as U+FFFD, so the report itself is valid UTF-8.
    CHECK(load_project() ==
          "sources/records/records.xml:2:57: error: the file is not saved as UTF-8 text "
          "(byte 0xFF here is not valid UTF-8)\n"
          "    2 |   <source id=\"src-one\" kind=\"media\" lang=\"ru\" title=\"Caf\uFFFD news\"/>\n"
          "      |                                                         ^\n"
          "hint: save the file with the UTF-8 encoding (most editors offer it in Save As… or an Encoding menu)\n");
}

TEST_CASE("read errors: a DOCTYPE is refused") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("sources/records/records.xml",
                  "<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE records [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
                  "<records>&secret;</records>\n");
    CHECK(load_project() ==
          "sources/records/records.xml:2:1: error: document type declarations (<!DOCTYPE …>) are not allowed\n"
          "    2 | <!DOCTYPE records [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
          "      | ^\n"
          "hint: remove the <!DOCTYPE …> line; briefc never processes DTDs or external entities\n");
}

TEST_CASE("read errors: a font that is not installed fails the build at the style's <font>") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    project.write("styles/plain.xml",
                  "<style id=\"plain\">\n"
                  "  <font role=\"body\" family=\"No Such Font Family\" size=\"10\"/>\n"
                  "</style>\n");
    CHECK(load_project(true) == "");  // the style itself is well formed
    auto result = build();
    CHECK(result.status == cli::exit_input_errors);
    CHECK(result.out == "");
    CHECK(result.err ==
          std::string("styles/plain.xml:2:29: error: font family 'No Such Font Family' is not installed on this "
                      "computer\n"
                      "    2 |   <font role=\"body\" family=\"No Such Font Family\" size=\"10\"/>\n"
                      "      |                             ^\n"
                      "hint: install the font (fc-list lists what is installed) or name another family\n") +
              build_failed);
    CHECK_FALSE(fs::exists("output/doc.pdf"));
}

TEST_CASE("read errors: a file that does not exist, or is a folder") {
    FixtureProject project;
    WorkingDirectory here(project.root());

    SUBCASE("the document named on the command line") {
        auto result = build("sources/documents/missing.xml");
        CHECK(result.status == cli::exit_input_errors);
        CHECK(result.err ==
              "sources/documents/missing.xml: error: file does not exist\n"
              "hint: check the spelling of the path and the folder you run briefc in\n"
              "sources/documents/missing.xml: 1 error(s), 0 warning(s); no PDF written\n");
    }
    SUBCASE("a folder named as the document") {
        auto result = build("sources/documents");
        CHECK(result.status == cli::exit_input_errors);
        CHECK(result.err ==
              "sources/documents: error: this is a folder, not a file\n"
              "hint: name an .xml file\n"
              "sources/documents: 1 error(s), 0 warning(s); no PDF written\n");
    }
    SUBCASE("an included file") {
        project.write_document("<p>Text.</p>", "../records/missing.xml");
        CHECK(load_project() ==
              "sources/documents/doc.xml:2:18: error: included file 'sources/records/missing.xml' does not exist\n"
              "    2 |   <include href=\"../records/missing.xml\"/>\n"
              "      |                  ^\n"
              "hint: an include's href is relative to the folder of the file that holds the <include>\n");
    }
}

TEST_CASE("read errors: an include cycle shows the chain of includes") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    fs::remove("sources/records/records.xml");
    project.write("sources/records/a.xml", "<records>\n  <include href=\"b.xml\"/>\n</records>\n");
    project.write("sources/records/b.xml", "<records>\n  <include href=\"a.xml\"/>\n</records>\n");
    project.write_document("<p>Text.</p>", "../records/a.xml");
    CHECK(load_project() ==
          "sources/records/b.xml:2:18: error: include cycle: 'sources/records/a.xml' ends up including itself\n"
          "    2 |   <include href=\"a.xml\"/>\n"
          "      |                  ^\n"
          "hint: remove one of the <include>s in the cycle\n"
          "sources/records/a.xml:2:18: note: 'sources/records/b.xml' is included from here\n"
          "    2 |   <include href=\"b.xml\"/>\n"
          "      |                  ^\n");
}

TEST_CASE("read errors: an include may not leave the project folder") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    std::string hint = "hint: keep included files inside " + project.root().string() +
                       " (or pass --allow-outside-project)\n";

    SUBCASE("by climbing out with ..") {
        // From sources/documents/, "../../etc" is still the project's own etc/; one more step leaves it.
        project.write_document("<p>Text.</p>", "../../../etc");
        CHECK(load_project() ==
              "sources/documents/doc.xml:2:18: error: include '../../../etc' reaches outside the project folder\n"
              "    2 |   <include href=\"../../../etc\"/>\n"
              "      |                  ^\n" +
                  hint);
    }
    SUBCASE("by an absolute path, from a records file") {
        project.write("sources/records/records.xml", "<records>\n  <include href=\"/etc/passwd\"/>\n</records>\n");
        CHECK(load_project() ==
              "sources/records/records.xml:2:18: error: include '/etc/passwd' reaches outside the project folder\n"
              "    2 |   <include href=\"/etc/passwd\"/>\n"
              "      |                  ^\n" +
                  hint);
    }
}

// Recommendation templates are filled when a document uses them, so these
// need the whole build.
namespace {

void write_recommendation(const FixtureProject& project, std::string_view params, std::string_view text,
                          std::string_view args) {
    project.write("sources/records/records.xml",
                  "<records>\n"
                  "  <recommendation id=\"rec-release\">\n" +
                      std::string(params) + "    <text>" + std::string(text) + "</text>\n" +
                      "  </recommendation>\n"
                      "</records>\n");
    project.write_document("<recommendations><rec ref=\"rec-release\">" + std::string(args) +
                           "</rec></recommendations>");
}

}  // namespace

TEST_CASE("read errors: a template placeholder that is not a declared parameter") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    write_recommendation(project, "    <param name=\"person\"/>\n", "Release {person} from {place}",
                         "<arg name=\"person\">A. B.</arg>");
    auto result = build();
    CHECK(result.status == cli::exit_input_errors);
    CHECK(result.err ==
          std::string("sources/records/records.xml:4:6: error: recommendation 'rec-release' uses the unknown "
                      "parameter '{place}'\n"
                      "    4 |     <text>Release {person} from {place}</text>\n"
                      "      |      ^\n"
                      "hint: this template's parameters are {person}; for a new one, declare it with "
                      "<param name=\"place\"/>\n") +
              build_failed);
}

TEST_CASE("read errors: a recommendation used without a value for one of its parameters") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    write_recommendation(project, "    <param name=\"person\"/>\n    <param name=\"place\"/>\n",
                         "Release {person} from {place}", "<arg name=\"person\">A. B.</arg>");
    auto result = build();
    CHECK(result.status == cli::exit_input_errors);
    CHECK(result.err ==
          std::string("sources/documents/doc.xml:5:32: error: no value for parameter 'place' of recommendation "
                      "'rec-release'\n"
                      "    5 |     <recommendations><rec ref=\"rec-release\"><arg name=\"person\">A. B.</arg>"
                      "</rec></recommendations>\n"
                      "      |                                ^\n"
                      "hint: add <arg name=\"place\">…</arg>\n"
                      "sources/records/records.xml:2:4: note: the template is defined here\n"
                      "    2 |   <recommendation id=\"rec-release\">\n"
                      "      |    ^\n") +
              build_failed);
}

TEST_CASE("read errors: a declared parameter that the template's text never uses") {
    FixtureProject project;
    WorkingDirectory here(project.root());
    write_recommendation(project, "    <param name=\"person\"/>\n    <param name=\"place\"/>\n",
                         "Release {person}", "<arg name=\"person\">A. B.</arg>");
    auto result = build();
    CHECK(result.status == cli::exit_input_errors);
    CHECK(result.err ==
          std::string("sources/records/records.xml:4:6: error: parameter 'place' of recommendation 'rec-release' "
                      "is not used by its default text\n"
                      "    4 |     <param name=\"place\"/>\n"
                      "      |      ^\n"
                      "hint: write {place} where the value belongs, or remove the <param>\n") +
              build_failed);
}

// Records files are read and parsed ahead on a worker thread (read/read_ahead.hpp);
// what the user sees must not depend on it: every problem reported once, in
// the order the files are loaded (depth first through the includes), the same
// on every run.
TEST_CASE("read errors: in a corpus of many files, problems are reported in load order on every run") {
    FixtureProject project;
    fs::create_directories(project.root() / "sources/records/many/inc");
    project.write("sources/records/records.xml", "<records>\n  <include href=\"many\"/>\n</records>\n");
    for (int i = 0; i < 40; ++i) {
        std::string n = fmt::format("{:02}", i);
        std::string own = fmt::format("  <source id=\"src-{}\" kind=\"media\" lang=\"ru\" url=\"https://example.org/{}\"/>\n", n, n);
        if (i == 30) own += "  <source id=\"src-05\" kind=\"media\" lang=\"ru\" url=\"https://example.org/again\"/>\n";
        std::string file = "<records>\n  <include href=\"inc/g" + n + ".xml\"/>\n" + own + "</records>\n";
        if (i == 17) file = "<records>\n  <source id=\"src-17\" kind=\"media\"\n</records>\n";  // malformed
        project.write("sources/records/many/f" + n + ".xml", file);
        std::string included = fmt::format("<records>\n  <source id=\"inc-{}\" kind=\"media\" lang=\"en\" "
                                           "url=\"https://example.org/inc/{}\"/>\n</records>\n", n, n);
        if (i == 22) included = "<records>\n  <!-- caf\xE9 -->\n</records>\n";  // Latin-1, not UTF-8
        project.write("sources/records/many/inc/g" + n + ".xml", included);
    }
    project.write_document("<p>Text <cite src=\"src-00\"/>.</p>");
    WorkingDirectory here(project.root());

    auto error_lines = [](const std::string& report) {
        std::vector<std::string> out;
        std::istringstream in(report);
        for (std::string line; std::getline(in, line);)
            if (line.find(": error: ") != std::string::npos) out.push_back(line);
        return out;
    };
    std::string first = load_project();
    auto errors = error_lines(first);
    CHECK(first.find("error[") == std::string::npos);  // nothing but the three planted problems
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].rfind("sources/records/many/f17.xml:", 0) == 0);
    CHECK(errors[0].find("malformed XML") != std::string::npos);
    CHECK(errors[1].rfind("sources/records/many/inc/g22.xml:2:", 0) == 0);
    CHECK(errors[1].find("not saved as UTF-8") != std::string::npos);
    CHECK(errors[2].rfind("sources/records/many/f30.xml:4:", 0) == 0);
    CHECK(errors[2].find("duplicate id 'src-05'") != std::string::npos);
    CHECK(first.find("sources/records/many/f05.xml:3:") != std::string::npos);  // the note: first defined here
    for (int run = 0; run < 10; ++run) CHECK(load_project() == first);
}
