// Records that fit every paper. A project's own vocabulary
// (model/vocabulary.hpp): themes and statuses declared in a <vocabulary> of
// its records are used like briefc's own, in generated text in the
// document's language; an undeclared one is a located error naming what is
// known (tests/data/vocabulary). A case file that lives across papers: an
// <update> written for an older paper falls in by date and brings that
// paper's narrative (tests/data/case-file).
#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "model/date.hpp"
#include "model/vocabulary.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using briefc::test::command_output;

namespace {

const fs::path project = fs::path(BRIEFC_SOURCE_DIR) / "tests" / "data" / "vocabulary";
const fs::path case_file = fs::path(BRIEFC_SOURCE_DIR) / "tests" / "data" / "case-file";

struct Run {
  int status = 0;
  std::string out, err;
};

Run run_in(const fs::path& dir, briefc::cli::Command command, std::vector<std::string> documents,
           const fs::path& output_dir = {}) {
  auto saved = fs::current_path();
  fs::current_path(dir);
  briefc::cli::Options o;
  o.command = command;
  o.documents = std::move(documents);
  o.all = o.documents.empty();
  o.output_dir = output_dir.string();
  std::ostringstream out, err;
  Run r;
  r.status = command == briefc::cli::Command::Build ? briefc::cli::run_build(o, out, err)
                                                    : briefc::cli::run_check(o, out, err);
  r.out = out.str();
  r.err = err.str();
  fs::current_path(saved);
  return r;
}

std::string flattened(std::string text) {
  for (auto& c : text)
    if (c == '\n') c = ' ';
  std::string out;
  for (char c : text)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  return out;
}

// Builds sources/documents/NAME.xml of `dir` into `out` and returns the PDF's
// text on one line, as a reader would search it.
std::string built_text(const fs::path& dir, const std::string& name, const fs::path& out) {
  auto built = run_in(dir, briefc::cli::Command::Build, {"sources/documents/" + name + ".xml"}, out);
  INFO(built.err);
  CHECK(built.status == 0);
  return flattened(command_output("pdftotext '" + (out / (name + ".pdf")).string() + "' - 2>/dev/null"));
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = briefc::test::slurp(file);
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("vocabulary: the project's themes and statuses select cases and print in the document's language") {
  briefc::test::TempDir out("vocabulary");
  auto checked = run_in(project, briefc::cli::Command::Check, {});
  INFO(checked.err);
  CHECK(checked.status == 0);
  // The one finding: a status no source has confirmed for five years.
  CHECK(checked.err.find("0 errors, 1 warning in 4 documents") != std::string::npos);
  CHECK(checked.err.find("warning[status-stale]: case 'case-f' is 'imprisoned' as of 2024-11, but that was last "
                         "confirmed 2019-05-14, 66 months before: does it still hold?") != std::string::npos);

  auto en = built_text(project, "update-en", out.path);
  // A project theme selects its cases; a built-in status new to briefc and a
  // project status print their words.
  CHECK(en.find("under a travel ban since 10 May 2024") != std::string::npos);
  CHECK(en.find("summoned for questioning while abroad since late June 2024") != std::string::npos);
  CHECK(en.find("Charged around 20 October 2024.") != std::string::npos);  // a date as roughly as a source gave it
  CHECK(en.find("Under a travel ban or house arrest: Alma Orazova and Chingiz Zhanov") != std::string::npos);
  // Selected by theme, printed by its summary, which says whom it is about.
  CHECK(en.find("Bolat Sadykov: Charged around 20 October 2024.") != std::string::npos);
  // A case from an earlier paper, continued by an <update> that brings this paper's narrative.
  CHECK(en.find("Farida Ospan, imprisoned since May 2019, is still held, her family says.") != std::string::npos);
  auto ru = built_text(project, "update-ru", out.path);
  CHECK(ru.find("под запретом на выезд с 10 мая 2024") != std::string::npos);
  CHECK(ru.find("вызван на допрос, находясь за рубежом с конца июня 2024") != std::string::npos);
  CHECK(ru.find("Обвинён около 20 октября 2024") != std::string::npos);
}

TEST_CASE("generated text in Kazakh: every word from the catalog, the verb last, the project's terms in Kazakh") {
  briefc::test::TempDir out("kazakh");
  auto kk = built_text(project, "update-kk", out.path);
  INFO(kk);
  // A status after the time it began; a project status in its Kazakh words.
  CHECK(kk.find("2024 ж. 10 мамыр күнінен бастап елден шығуға тыйым салынған.") != std::string::npos);
  CHECK(kk.find("2024 жылғы маусымның соңынан бастап шетелде жүргенде жауапқа шақырылған.") != std::string::npos);
  // A rough date, and a sentence whose term comes before the verb.
  CHECK(kk.find("Болат Садыков: Шамамен 2024 ж. 20 қазан айып тағылды.") != std::string::npos);
  CHECK(kk.find("Дана Омар 2024 ж. 15 тамыз күні 3 жыл мерзімге бас бостандығынан айыруға сотталды.") !=
        std::string::npos);
  // Lists joined with the Kazakh "and"; groups by their Kazakh descriptions.
  CHECK(kk.find("Қамауда немесе сотта: АЭС-ке қарсы шыққан 12 белсенді және Екібастұздан келген графикалық "
                "дизайнер.") != std::string::npos);
  CHECK(kk.find("2024 ж. қараша жағдай бойынша:") != std::string::npos);
  // No English words of generated text (the narratives, the author's, have no Kazakh version here).
  for (const char* english : {"since", "As of", "Charged", "of imprisonment", "Detained on", "under a travel ban"})
    CHECK_MESSAGE(kk.find(english) == std::string::npos, english);
}

TEST_CASE("vocabulary: an undeclared term is a located error that lists the known ones; a declared one may not "
          "shadow briefc's") {
  briefc::test::TempDir dir("vocabulary-errors");
  fs::copy(project, dir.path, fs::copy_options::recursive);
  replace_in(dir.path / "sources/records/cases.xml", "<status value=\"summoned-abroad\"",
             "<status value=\"sumoned-abroad\"");
  replace_in(dir.path / "sources/records/cases.xml", "themes=\"nuclear-plant\">", "themes=\"nuclear\">");
  auto r = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(r.status == 1);
  CHECK(r.err.find("sources/records/cases.xml:13:6: error: 'sumoned-abroad' is not a status briefc or the project "
                   "knows") != std::string::npos);
  CHECK(r.err.find("hint: did you mean 'summoned-abroad'? the statuses are: detained, imprisoned,") !=
        std::string::npos);
  CHECK(r.err.find("refused-registration, summoned-abroad; a project declares its own in a <vocabulary>") !=
        std::string::npos);
  CHECK(r.err.find("error: 'nuclear' is not a theme briefc or the project knows") != std::string::npos);

  // Event types and audiences: the project's own beside briefc's, an unknown one located with the list.
  replace_in(dir.path / "sources/records/cases.xml", "<event type=\"summons\"", "<event type=\"sumons\"");
  replace_in(dir.path / "sources/documents/update-osce.xml", "audience=\"osce-hdim\"", "audience=\"osce\"");
  auto terms = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(terms.err.find("sources/records/cases.xml:15:18: error: 'sumons' is not an event type briefc or the project "
                       "knows") != std::string::npos);
  CHECK(terms.err.find("hint: did you mean 'summons'? the event types are: detention, search, interrogation,") !=
        std::string::npos);
  CHECK(terms.err.find("error: 'osce' is not an audience briefc or the project knows") != std::string::npos);
  CHECK(terms.err.find("the audiences are: eu-dialogue, un-treaty-body, upr, hrc-statement, periodic-update, "
                       "osce-hdim;") != std::string::npos);

  replace_in(dir.path / "sources/records/vocabulary.xml", "<status id=\"summoned-abroad\"", "<status id=\"detained\"");
  auto shadow = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(shadow.err.find("error: 'detained' is one of briefc's own statuses already") != std::string::npos);
}

TEST_CASE("vocabulary: a status says where it leaves the person") {
  briefc::model::Vocabulary v;
  v.statuses.push_back({"summoned-abroad", briefc::model::Custody::Free, {{"en", "summoned"}}, {}});
  CHECK(v.custody("imprisoned") == briefc::model::Custody::Held);
  CHECK(v.custody("house-arrest") == briefc::model::Custody::Restricted);
  CHECK(v.custody("travel-ban") == briefc::model::Custody::Free);
  CHECK(v.custody("summoned-abroad") == briefc::model::Custody::Free);
  CHECK(v.custody("unheard-of") == briefc::model::Custody::Unknown);
  CHECK(v.knows_status("summoned-abroad"));
  CHECK(!v.knows_status("unheard-of"));
  CHECK(*v.label("summoned-abroad", "ru") == "summoned");  // the first label when none is in the language
  CHECK(v.label("detained", "en") == nullptr);             // built-in terms are worded by briefc
}

TEST_CASE("case file: an update from an older paper falls in by date and brings that paper's narrative") {
  briefc::test::TempDir out("case-file");
  // Its events and statuses are older than the case's own: no event-order
  // finding, since they are placed by date, not where they are written.
  auto checked = run_in(case_file, briefc::cli::Command::Check, {});
  INFO(checked.err);
  CHECK(checked.err.find("0 errors, 0 warnings in 2 documents") != std::string::npos);
  for (const char* doc : {"sources/documents/paper-2020.xml", "sources/documents/paper-2024.xml"}) {
    auto built = run_in(case_file, briefc::cli::Command::Build, {doc}, out.path);
    INFO(built.err);
    CHECK(built.status == 0);
  }
  auto old_paper = flattened(command_output("pdftotext '" + (out.path / "paper-2020.pdf").string() + "' - 2>/dev/null"));
  CHECK(old_paper.find("Alma Orazova was detained on 4 May 2020 and released on 1 June 2020.") != std::string::npos);
  auto new_paper = flattened(command_output("pdftotext '" + (out.path / "paper-2024.pdf").string() + "' - 2>/dev/null"));
  CHECK(new_paper.find("In 2024 Alma Orazova was sentenced to three years in prison.") != std::string::npos);
  // The status at the 2024 period's end is the case's last, though the update came later.
  CHECK(new_paper.find("As of November 2024: imprisoned since 2 March 2024.") != std::string::npos);
  CHECK(new_paper.find("4 May 2020") == std::string::npos);
}

TEST_CASE("case file: an update's narrative may not take the place of one the case has") {
  briefc::test::TempDir dir("case-file-clash");
  fs::copy(case_file, dir.path, fs::copy_options::recursive);
  replace_in(dir.path / "sources/records/2020/updates.xml", "<narrative id=\"n-2020\">", "<narrative id=\"n-2024\">");
  auto r = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(r.status == 1);
  CHECK(r.err.find("sources/records/2020/updates.xml:11:6: error: case 'case-a' has a narrative 'n-2024' already") !=
        std::string::npos);
  CHECK(r.err.find("note: the case's narrative is here") != std::string::npos);
}

TEST_CASE("groups: a case about people not named one by one prints their description where a name would go") {
  briefc::test::TempDir out("groups");
  auto en = built_text(project, "update-en", out.path);
  // A profile's heading, and a list of names: the group of twelve and the one unnamed person.
  CHECK(en.find("12 activists opposing the nuclear power plant They were detained on 10 September 2024") !=
        std::string::npos);
  CHECK(en.find("In detention or on trial: 12 activists opposing the nuclear power plant and a graphic designer from "
                "Ekibastuz.") != std::string::npos);
  auto ru = built_text(project, "update-ru", out.path);
  CHECK(ru.find("Под стражей или под судом: 12 активистов, выступавших против АЭС и графический дизайнер из "
                "Экибастуза.") != std::string::npos);
}

TEST_CASE("dates as a source gives them: a part of a month, a season, around a day, each the range it means") {
  using briefc::model::parse_date;
  auto late = parse_date("2020-08-late");
  REQUIRE(late);
  CHECK(late->first_day_key() == 20200821);
  CHECK(late->last_day_key() == 20200831);
  CHECK(late->iso() == "2020-08-late");
  auto mid = parse_date("2021-02-mid");
  REQUIRE(mid);
  CHECK(mid->first_day_key() == 20210211);
  CHECK(mid->last_day_key() == 20210220);
  auto autumn = parse_date("2023-autumn");
  REQUIRE(autumn);
  CHECK(autumn->first_day_key() == 20230901);
  CHECK(autumn->last_day_key() == 20231130);
  auto winter = parse_date("2023-winter");
  REQUIRE(winter);
  CHECK(winter->last_day_key() == 20240229);  // December to the next February, a leap year's
  auto around = parse_date("~2020-03-02");
  REQUIRE(around);
  CHECK(around->first_day_key() == 20200224);  // a week either side, across a month's end
  CHECK(around->last_day_key() == 20200309);
  CHECK(around->iso() == "~2020-03-02");
  CHECK(parse_date("~2020-08")->last_day_key() == 20200831);
  CHECK(!parse_date("2020-late"));       // a part of a month needs the month
  CHECK(!parse_date("2020-08-autumn"));  // a season belongs to a year
  CHECK(!parse_date("~~2020"));
  CHECK(!parse_date("2020-13-late"));
  CHECK(briefc::model::why_not_a_date("2020-late") == "'-late' is a part of a month: write YYYY-MM-late");
}

TEST_CASE("two subjects of one case: each event says whom it concerns, in generated text and in the prose check") {
  briefc::test::TempDir out("two-subjects");
  auto en = built_text(project, "update-en", out.path);
  CHECK(en.find("Detained on 1 July 2024. Dana Omar was sentenced to 3 years of imprisonment on 15 August 2024. "
                "Erlan Sadyk was sentenced to 5 years of imprisonment on 15 August 2024.") != std::string::npos);
  auto ru = built_text(project, "update-ru", out.path);
  CHECK(ru.find("Дана Омар приговорена") != std::string::npos);
  CHECK(ru.find("Ерлан Садык приговорён") != std::string::npos);
  // One recommendation names both, each spelled from the record, in the paper's script.
  CHECK(en.find("Release Dana Omar and Erlan Sadyk immediately.") != std::string::npos);
  CHECK(ru.find("Немедленно освободить Дана Омар и Ерлан Садык.") != std::string::npos);

  // The Russian edition marks the two as <person>s inside the <arg>: checked as mentions, printed from the records.
  {
    briefc::test::TempDir marked("arg-persons");
    fs::copy(project, marked.path, fs::copy_options::recursive);
    replace_in(marked.path / "sources/documents/update-ru.xml", "<person ref=\"p-erlan\">Ерлан Садык</person>",
               "<person ref=\"p-erlan\">Дана Омар</person>");
    auto wrong = run_in(marked.path, briefc::cli::Command::Check, {"sources/documents/update-ru.xml"});
    CHECK(wrong.err.find("warning[name-variant]: 'Дана Омар' is the name of person 'p-dana', but the mention refers "
                         "to 'p-erlan'") != std::string::npos);
    replace_in(marked.path / "sources/documents/update-ru.xml", "<person ref=\"p-erlan\">Дана Омар</person>",
               "<person ref=\"p-erlan\">Ерлан Садык</person> в течение недели");
    auto words = run_in(marked.path, briefc::cli::Command::Check, {"sources/documents/update-ru.xml"});
    CHECK(words.status == 1);
    CHECK(words.err.find("error: an <arg> that marks people holds their names only, but it also says 'в течение "
                         "недели'") != std::string::npos);
  }

  // "Erlan Sadyk was sentenced to three years": Dana's term, not his.
  briefc::test::TempDir dir("two-subjects-check");
  fs::copy(project, dir.path, fs::copy_options::recursive);
  replace_in(dir.path / "sources/records/cases.xml", "Erlan Sadyk</person> was sentenced to five years",
             "Erlan Sadyk</person> was sentenced to three years");
  auto r = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(r.err.find("warning[prose-term-mismatch]: the text gives a term of 'three years' (3 years), but case "
                   "'case-two' records 5 years") != std::string::npos);
}

TEST_CASE("statuses per subject: of two people sentenced together, one released and one still in prison") {
  briefc::test::TempDir out("subject-statuses");
  auto en = built_text(project, "update-en", out.path);
  CHECK(en.find("Dana Omar was released on 20 October 2024. As of November 2024: Dana Omar: released on 20 October "
                "2024; Erlan Sadyk: imprisoned since 15 August 2024.") != std::string::npos);
  // A list of who is imprisoned names him, not her.
  CHECK(en.find("Imprisoned at the end of the period: Farida Ospan and Erlan Sadyk.") != std::string::npos);
  auto ru = built_text(project, "update-ru", out.path);
  CHECK(ru.find("Дана Омар: освобождена 20 октября 2024 г.; Ерлан Садык: в заключении с 15 августа 2024 г.") !=
        std::string::npos);

  // A release recorded for both while only her status changed: his "imprisoned" is contradicted.
  briefc::test::TempDir dir("subject-statuses-check");
  fs::copy(project, dir.path, fs::copy_options::recursive);
  replace_in(dir.path / "sources/records/cases.xml", "<event type=\"release\" date=\"2024-10-20\" subjects=\"p-dana\">",
             "<event type=\"release\" date=\"2024-10-20\">");
  auto r = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(r.err.find("warning[status-contradicted]: case 'case-two' has the status 'imprisoned' since 2024-08-15, but a "
                   "release on 2024-10-20 follows it") != std::string::npos);
  // A status of someone the case is not about.
  replace_in(dir.path / "sources/records/cases.xml", "subjects=\"p-dana\"/>", "subjects=\"p-a\"/>");
  auto wrong = run_in(dir.path, briefc::cli::Command::Check, {});
  CHECK(wrong.err.find("error: the status is of 'p-a', who is not a subject of case 'case-two'") != std::string::npos);
}

TEST_CASE("an amount known roughly, or only in another currency, keeps its figure") {
  briefc::test::TempDir dir("amounts");
  fs::copy(project, dir.path, fs::copy_options::recursive);
  replace_in(dir.path / "sources/records/cases.xml", "<event type=\"sentence\" date=\"2024-08-15\"",
             "<event type=\"fine\" date=\"2024-07-20\" converted-amount=\"~340\" converted-currency=\"EUR\"/>\n"
             "    <event type=\"sentence\" date=\"2024-08-15\"");
  auto built = run_in(dir.path, briefc::cli::Command::Build, {"sources/documents/update-en.xml"}, dir.path / "out");
  INFO(built.err);
  CHECK(built.status == 0);
  auto en = flattened(command_output("pdftotext '" + (dir.path / "out" / "update-en.pdf").string() + "' - 2>/dev/null"));
  CHECK(en.find("Fined about 340") != std::string::npos);
  CHECK(en.find("EUR on 20 July 2024.") != std::string::npos);
}
