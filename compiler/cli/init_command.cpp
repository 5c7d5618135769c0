#include "cli/init_command.hpp"

#include "cli/project_files.hpp"

#include "cli/whole_file.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace briefc::cli {

namespace {

// What differs between audiences: the style, the document's file name and
// its title in each language.
struct Audience {
  const char* id;
  const char* style;
  const char* document;
  const char* title_en;
  const char* title_ru;
  const char* title_kk;
};

constexpr Audience audiences[] = {
    {"eu-dialogue", "eu-briefing", "eu-dialogue-briefing", "Briefing for the EU–Kazakhstan Human Rights Dialogue",
     "Брифинг к диалогу ЕС–Казахстан по правам человека", "ЕО–Қазақстан адам құқықтары диалогына арналған брифинг"},
    {"un-treaty-body", "un-submission", "treaty-body-submission", "Submission to the UN Human Rights Committee",
     "Доклад для Комитета ООН по правам человека", "БҰҰ Адам құқықтары жөніндегі комитетіне баяндама"},
    {"upr", "upr-submission", "upr-submission", "Submission to the Universal Periodic Review of Kazakhstan",
     "Доклад к Универсальному периодическому обзору Казахстана",
     "Қазақстанның Әмбебап мерзімді шолуына арналған баяндама"},
    {"hrc-statement", "hrc-statement", "hrc-statement", "Joint statement to the UN Human Rights Council",
     "Совместное заявление для Совета ООН по правам человека",
     "БҰҰ Адам құқықтары жөніндегі кеңесіне бірлескен мәлімдеме"},
    {"periodic-update", "periodic-update", "periodic-update", "Civic freedoms in Kazakhstan: periodic update",
     "Гражданские свободы в Казахстане: периодический обзор", "Қазақстандағы азаматтық бостандықтар: мерзімді шолу"},
};

// The sample's words in each language.
struct Words {
  const char* intro_heading;
  const char* intro;
  const char* cases_heading;
  const char* narrative;
  const char* recommendations_heading;
  const char* lead;
  const char* recommendation;
};

constexpr Words english = {
    "Introduction",
    "This paper describes the case of one activist prosecuted for her posts on social media. Replace it with your "
    "own text, and add your cases in sources/records/.",
    "Cases",
    "Activist <b><person ref=\"p-sample\">Aigerim Primerova</person></b> was detained in Almaty on 1 May 2024 and "
    "charged under <law ref=\"cc-274\">Article 274</law> of the Criminal Code for a post criticising local "
    "officials.<cite src=\"src-sample\"/>",
    "Recommendations",
    "The authorities should:",
    "Release {person} immediately and unconditionally and drop the charges against her"};

constexpr Words russian = {
    "Введение",
    "В этом докладе описано дело активистки, преследуемой за публикации в социальных сетях. Замените его своим "
    "текстом и добавьте свои дела в sources/records/.",
    "Дела",
    "Активистка <b><person ref=\"p-sample\">Айгерим Примерова</person></b> была задержана в Алматы 1 мая 2024 года "
    "и обвинена по <law ref=\"cc-274\">статье 274</law> Уголовного кодекса за публикацию с критикой местных "
    "чиновников.<cite src=\"src-sample\"/>",
    "Рекомендации",
    "Властям следует:",
    "немедленно и безоговорочно освободить {person} и снять с неё обвинения"};

constexpr Words kazakh = {
    "Кіріспе",
    "Бұл баяндамада әлеуметтік желідегі жазбалары үшін қудаланған белсендінің ісі сипатталған. Оны өз мәтініңізбен "
    "ауыстырып, істеріңізді sources/records/ қалтасына қосыңыз.",
    "Істер",
    "Белсенді <b><person ref=\"p-sample\">Айгерим Примерова</person></b> 2024 жылғы 1 мамырда Алматыда ұсталып, "
    "Қылмыстық кодекстің <law ref=\"cc-274\">274-бабы</law> бойынша айыпталды.<cite src=\"src-sample\"/>",
    "Ұсыныстар",
    "Билік:",
    "{person} дереу және сөзсіз босатып, оған тағылған айыптарды алып тастауы тиіс"};

constexpr const char* schema_attributes =
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"../../briefc.xsd\"";

std::string records_file() {
  return fmt::format(R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Records are written once and used by every paper: sources, provisions of
     the law, persons and their cases. docs/format.md describes every element. -->
<records {}>
  <source id="src-sample" kind="media" lang="ru" url="https://example.org/news/2024/05/activist-detained"
          publisher="Example News" date="2024-05-02" title="Activist detained in Almaty"/>

  <provision id="cc-274" code="criminal" article="274"
             offence="Knowingly disseminating false information"/>

  <organisation id="org-sample" abbrev="SHRG" kind="ngo" country="KZ">
    <name>Sample Human Rights Group</name>
    <name script="cyrillic">Правозащитная группа «Пример»</name>
  </organisation>

  <person id="p-sample" roles="activist" gender="f" location="Almaty">
    <name given="Aigerim" family="Primerova"/>
    <name script="cyrillic" given="Айгерим" family="Примерова"/>
  </person>

  <case id="case-sample" subjects="p-sample" themes="expression">
    <status value="detained" since="2024-05-01"/>
    <event type="detention" date="2024-05-01" sources="src-sample"/>
    <event type="charge" date="2024-05-02" provisions="cc-274"/>
    <narrative>{}</narrative>
    <narrative lang="ru">{}</narrative>
    <narrative lang="kk">{}</narrative>
  </case>
</records>
)",
                     schema_attributes, english.narrative, russian.narrative, kazakh.narrative);
}

std::string recommendations_file() {
  return fmt::format(R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Recommendation templates: {{person}} is filled in by each paper. -->
<records {}>
  <recommendation id="rec-release-sample" themes="expression">
    <param name="person"/>
    <text>{}</text>
    <text lang="ru">{}</text>
    <text lang="kk">{}</text>
  </recommendation>
</records>
)",
                     schema_attributes, english.recommendation, russian.recommendation, kazakh.recommendation);
}

std::string document_file(const Audience& a, const std::string& lang) {
  const Words& w = lang == "ru" ? russian : lang == "kk" ? kazakh : english;
  const char* title = lang == "ru" ? a.title_ru : lang == "kk" ? a.title_kk : a.title_en;
  return fmt::format(R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Build it with: briefc build sources/documents/{}.xml -->
<document {} id="{}" lang="{}" audience="{}" style="{}" date="2024-11">
  <include href="../records"/>
  <include href="../recommendations"/>
  <title>{}</title>
  <author ref="org-sample"/>
  <period from="2024-01" to="2024-11"/>
  <body>
    <section id="s-introduction">
      <heading>{}</heading>
      <p>{}</p>
    </section>
    <section id="s-cases">
      <heading>{}</heading>
      <case ref="case-sample"/>
    </section>
    <recommendations heading="{}" lead="{}">
      <rec ref="rec-release-sample"><arg name="person" ref="p-sample"/></rec>
    </recommendations>
  </body>
</document>
)",
                     a.document, schema_attributes, a.document, lang, a.id, a.style, title, w.intro_heading,
                     w.intro, w.cases_heading, w.recommendations_heading, w.lead);
}


}  // namespace

std::vector<std::string_view> init_audiences() {
  std::vector<std::string_view> ids;
  for (const auto& a : audiences) ids.push_back(a.id);
  return ids;
}

int run_init(const Options& options, std::ostream& out, std::ostream& err) {
  const Audience* audience = nullptr;
  for (const auto& a : audiences)
    if (options.init_audience == a.id) audience = &a;
  if (!audience) {  // parse_options has checked it
    err << "briefc: error: unknown audience '" << options.init_audience << "'\n";
    return exit_usage;
  }
  fs::path dir = options.documents.empty() ? fs::path(".") : fs::path(options.documents.front());
  const std::string& lang = options.init_lang;
  std::vector<std::pair<fs::path, std::string>> files = {
      {"briefc.xsd", std::string(embedded_schema())},
      {fs::path("styles") / (std::string(audience->style) + ".xml"), std::string(embedded_style(audience->style))},
      {fs::path("sources") / "records" / "sample.xml", records_file()},
      {fs::path("sources") / "recommendations" / "sample.xml", recommendations_file()},
      {fs::path("sources") / "documents" / (std::string(audience->document) + ".xml"), document_file(*audience, lang)},
      {".gitignore", "output/\n"},
  };
  // Nothing is written over an existing project, nor over any file at all.
  std::error_code ec;
  for (const char* part : {"sources", "styles"})
    if (fs::exists(dir / part, ec)) {
      err << fmt::format("briefc: error: {} already holds a project ({} exists); init writes nothing there\n",
                         dir.string(), (dir / part).string());
      return exit_input_errors;
    }
  for (const auto& [path, text] : files)
    if (fs::exists(dir / path, ec)) {
      err << fmt::format("briefc: error: {} exists; init writes nothing over a file\n", (dir / path).string());
      return exit_input_errors;
    }
  for (const auto& [path, text] : files) {
    std::string error;
    if (!write_whole_file(dir / path, text, error)) {
      err << "briefc: error: " << error << "\n";
      return exit_input_errors;
    }
  }
  fs::path document = fs::path("sources") / "documents" / (std::string(audience->document) + ".xml");
  out << fmt::format(
      "New {} project in {} ({}, style {}).\n"
      "Build it:   cd {} && briefc build {}\n"
      "Then write your cases in sources/records/, your recommendations in sources/recommendations/,\n"
      "and the paper in {}; docs/format.md of briefc describes every element.\n",
      audience->id, dir.string(), lang, audience->style, dir.string(), document.string(), document.string());
  // OHCHR takes UPR submissions "saved as a Word document only".
  if (std::string_view(audience->id) == "upr")
    out << fmt::format("The UPR takes Word only: briefc build {} --format docx\n", document.string());
  return exit_ok;
}

}  // namespace briefc::cli
