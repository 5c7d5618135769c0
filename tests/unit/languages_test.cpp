// A paper in its language: what briefc adds to the author's prose follows the
// document's `lang` — citation wording in both directions, the standard
// recommendation heading and lead, the wording and narrative written for the
// language, names in Cyrillic, quotation marks, upper-case headings, "Ibid.",
// the warnings for what cannot be translated or hyphenated — and the shipped
// Russian edition of the UN submission is Russian throughout.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
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
#include "resolve/resolver.hpp"
#include "text/locale_context.hpp"

namespace fs = std::filesystem;
using namespace briefc;

namespace {

// A throwaway project: two sources (Russian and English), a person and an
// organisation with Cyrillic names, a case with an English and a Russian
// narrative, a template with a Russian wording, and styles for both ways of
// noting a source's language. Tests write the document.
class LanguageProject {
 public:
  LanguageProject() {
    std::string pattern = (fs::temp_directory_path() / "briefc-languages-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    root_ = fs::canonical(pattern);
    for (const char* folder : {"sources/records", "sources/documents", "styles"})
      fs::create_directories(root_ / folder);
    // The EU style's choice: the language is always stated.
    write("styles/always.xml",
          "<style id=\"always\">\n"
          "  <headings numbering=\"none\" level1-case=\"upper\"/>\n"
          "  <citation pattern=\"See (in {language}): {url}\"/>\n"
          "</style>\n");
    // Only a source in another language is noted; repeated citations read "Ibid.".
    write("styles/foreign.xml",
          "<style id=\"foreign\">\n"
          "  <citation pattern=\"See (in {language}): {url}\" same-language-pattern=\"See: {url}\" ibid=\"Ibid.\"/>\n"
          "  <footer text=\"Page {page}\"/>\n"
          "</style>\n");
    write("styles/untranslated.xml",
          "<style id=\"untranslated\">\n"
          "  <citation pattern=\"Cf. {url}\"/>\n"
          "</style>\n");
    write("sources/records/records.xml",
          "<records>\n"
          "  <source id=\"src-ru\" kind=\"media\" lang=\"ru\" url=\"https://example.kz/ru\"/>\n"
          "  <source id=\"src-en\" kind=\"media\" lang=\"en\" url=\"https://example.org/en\"/>\n"
          "  <person id=\"p-mamai\" roles=\"activist\">\n"
          "    <name given=\"Zhanbolat\" family=\"Mamai\"/>\n"
          "    <name script=\"cyrillic\" given=\"Жанболат\" family=\"Мамай\"/>\n"
          "  </person>\n"
          "  <organisation id=\"org-kibhr\" kind=\"ngo\">\n"
          "    <name>Kazakhstan International Bureau for Human Rights</name>\n"
          "    <name script=\"cyrillic\">Казахстанское международное бюро по правам человека</name>\n"
          "  </organisation>\n"
          "  <case id=\"case-mamai\" subjects=\"p-mamai\">\n"
          "    <status value=\"restricted-freedom\" since=\"2023-04\"/>\n"
          "    <narrative id=\"short\">Sentenced in April 2023.</narrative>\n"
          "    <narrative id=\"short\" lang=\"ru\">Приговорён в апреле 2023 года.</narrative>\n"
          "    <narrative id=\"long\" lang=\"en\">Zhanbolat Mamai was sentenced in April 2023.</narrative>\n"
          "  </case>\n"
          "  <recommendation id=\"rec-release\">\n"
          "    <param name=\"person\"/>\n"
          "    <text>Release {person}</text>\n"
          "    <text lang=\"ru\">Освободить {person}</text>\n"
          "    <text lang=\"kk\" audience=\"upr\">{person} босатылсын</text>\n"
          "  </recommendation>\n"
          "</records>\n");
  }
  ~LanguageProject() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  LanguageProject(const LanguageProject&) = delete;
  LanguageProject& operator=(const LanguageProject&) = delete;

  const fs::path& root() const { return root_; }

  void write(const std::string& relative, std::string_view text) const {
    std::ofstream out(root_ / relative, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + relative);
  }

  // sources/documents/doc.xml in `lang` with `style`, holding `body`.
  fs::path document(std::string_view lang, std::string_view style, std::string_view body,
                    std::string_view audience = "eu-dialogue") const {
    write("sources/documents/doc.xml", "<document id=\"doc\" lang=\"" + std::string(lang) + "\" audience=\"" +
                                           std::string(audience) + "\" style=\"" + std::string(style) +
                                           "\" date=\"2025-05\">\n"
                                           "  <include href=\"../records\"/>\n"
                                           "  <title>Test</title>\n"
                                           "  <body>\n    " +
                                           std::string(body) + "\n  </body>\n</document>\n");
    return root_ / "sources/documents/doc.xml";
  }

 private:
  fs::path root_;
};

// A document read and resolved as `briefc build` does, stopping before layout.
struct Resolved {
  resolve::ResolvedDocument document;
  std::string diagnostics;  // rendered, without colour
  bool errors = false;

  // The printed text of each paragraph and footnote.
  std::vector<std::string> paragraphs() const {
    std::vector<std::string> out;
    for (const auto& p : document.paragraphs) out.push_back(p.label + join(p.spans));
    return out;
  }
  std::vector<std::string> footnotes() const {
    std::vector<std::string> out;
    for (const auto& f : document.footnotes) out.push_back(join(f.spans));
    return out;
  }
  static std::string join(const std::vector<resolve::Span>& spans) {
    std::string text;
    for (const auto& s : spans)
      if (!s.superscript) text += s.text;
    return text;
  }
};

Resolved resolve_file(const fs::path& document_path, const fs::path& styles_dir) {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  model::Corpus corpus;
  Resolved out;
  read::Loader loader(sources, diags, corpus,
                      read::LoaderOptions{read::find_project_root(document_path.parent_path().string()), false});
  auto document = loader.load_document(document_path.string());
  REQUIRE(document.has_value());
  read::check_references(corpus, &*document, diags);
  auto style = read::load_style((styles_dir / (document->style + ".xml")).string(), sources, diags);
  REQUIRE(style.has_value());
  const text::LocaleContext locales;
  if (!diags.has_errors()) out.document = resolve::resolve_document(*document, corpus, *style, locales, diags);
  for (const auto& d : diags.all()) out.diagnostics += diag::render(d, sources, false);
  out.errors = diags.has_errors();
  return out;
}

Resolved resolve_in(const LanguageProject& project, std::string_view lang, std::string_view style,
                    std::string_view body, std::string_view audience = "eu-dialogue") {
  return resolve_file(project.document(lang, style, body, audience), project.root() / "styles");
}

int occurrences(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

const char* const both_sources = "<p>Text.<cite src=\"src-ru\"/> More.<cite src=\"src-en\"/></p>";

}  // namespace

// ---------------------------------------------------------------- citations

TEST_CASE("citations: a source in another language is noted in the paper's language, one in its own is not") {
  const LanguageProject project;
  const auto en = resolve_in(project, "en", "foreign", both_sources);
  CHECK(en.diagnostics.empty());
  CHECK(en.footnotes() ==
        std::vector<std::string>{"See (in Russian): https://example.kz/ru", "See: https://example.org/en"});

  const auto ru = resolve_in(project, "ru", "foreign", both_sources);
  CHECK(ru.diagnostics.empty());
  CHECK(ru.footnotes() ==
        std::vector<std::string>{"См.: https://example.kz/ru", "См. (на английском языке): https://example.org/en"});

  const auto kk = resolve_in(project, "kk", "foreign", both_sources);
  CHECK(kk.footnotes() == std::vector<std::string>{"Қараңыз (орыс тілінде): https://example.kz/ru",
                                                   "Қараңыз (ағылшын тілінде): https://example.org/en"});
  CHECK(kk.document.footer == "{page}-бет");
}

TEST_CASE("citations: a style with one pattern states the language of every source, as the EU style does") {
  const LanguageProject project;
  const auto en = resolve_in(project, "en", "always", both_sources);
  CHECK(en.footnotes() == std::vector<std::string>{"See (in Russian): https://example.kz/ru",
                                                   "See (in English): https://example.org/en"});
  const auto ru = resolve_in(project, "ru", "always", both_sources);
  CHECK(ru.footnotes() == std::vector<std::string>{"См. (на русском языке): https://example.kz/ru",
                                                   "См. (на английском языке): https://example.org/en"});
}

TEST_CASE("citations: \"Ibid.\" for the same sources as the footnote right before, in the paper's language") {
  const LanguageProject project;
  const std::string body =
      "<p>A.<cite src=\"src-ru\"/> B.<cite src=\"src-ru\"/> C.<note>Own words.</note> "
      "D.<cite src=\"src-ru\"/> E.<cite src=\"src-en\"/></p>";
  CHECK(resolve_in(project, "en", "foreign", body).footnotes() ==
        std::vector<std::string>{"See (in Russian): https://example.kz/ru", "Ibid.", "Own words.",
                                 "See (in Russian): https://example.kz/ru", "See: https://example.org/en"});
  CHECK(resolve_in(project, "ru", "foreign", body).footnotes()[1] == "Там же.");
  // A style without ibid repeats the citation.
  CHECK(resolve_in(project, "en", "always", body).footnotes()[1] == "See (in Russian): https://example.kz/ru");
}

// ---------------------------------------------------------------- recommendations, narratives, names

TEST_CASE("recommendations: the standard heading and lead in the paper's language, the wording written for it") {
  const LanguageProject project;
  const std::string block =
      "<recommendations><rec ref=\"rec-release\"><arg name=\"person\" ref=\"p-mamai\"/></rec>"
      "</recommendations>";
  const auto en = resolve_in(project, "en", "foreign", block);
  CHECK(en.paragraphs() ==
        std::vector<std::string>{"Test", "Recommendations", "The authorities should:", "•Release Zhanbolat Mamai."});
  const auto ru = resolve_in(project, "ru", "foreign", block);
  CHECK(ru.paragraphs() ==
        std::vector<std::string>{"Test", "Рекомендации", "Властям следует:", "•Освободить Жанболат Мамай."});
  // Kazakh: the wording for the audience in Kazakh wins over the default.
  const auto kk = resolve_in(project, "kk", "foreign", block, "upr");
  CHECK(kk.paragraphs() ==
        std::vector<std::string>{"Test", "Ұсынымдар", "Билік органдарына ұсынылады:", "•Жанболат Мамай босатылсын."});
  // The document's own heading and lead; "" for none.
  const auto own = resolve_in(project, "ru", "foreign",
                              "<recommendations heading=\"\" lead=\"Власти Казахстана должны:\">"
                              "<rec ref=\"rec-release\"><arg name=\"person\">всех</arg></rec></recommendations>");
  CHECK(own.paragraphs() == std::vector<std::string>{"Test", "Власти Казахстана должны:", "•Освободить всех."});
}

TEST_CASE("narratives: a case prints the narrative written in the paper's language") {
  const LanguageProject project;
  const std::string block = "<case ref=\"case-mamai\" narrative=\"short\" form=\"paragraph\"/>";
  CHECK(resolve_in(project, "en", "foreign", block).paragraphs()[1] == "Sentenced in April 2023.");
  CHECK(resolve_in(project, "ru", "foreign", block).paragraphs()[1] == "Приговорён в апреле 2023 года.");
  // Kazakh has none of its own: the narrative without lang serves it.
  CHECK(resolve_in(project, "kk", "foreign", block).paragraphs()[1] == "Sentenced in April 2023.");
  // Only an English one: a Russian paper must not print it silently.
  const auto wrong = resolve_in(project, "ru", "foreign", "<case ref=\"case-mamai\" narrative=\"long\"/>");
  CHECK(wrong.errors);
  CHECK(wrong.diagnostics.find("error: case 'case-mamai' has no narrative 'long' in the document's language 'ru'") !=
        std::string::npos);
  CHECK(wrong.diagnostics.find("note: this narrative is in 'en'") != std::string::npos);
  // A profile's subhead names the subject in the paper's script.
  const auto profile = resolve_in(project, "ru", "foreign", "<case ref=\"case-mamai\" narrative=\"short\"/>");
  CHECK(profile.paragraphs()[1] == "Жанболат Мамай");
  CHECK(resolve_in(project, "en", "foreign", "<case ref=\"case-mamai\" narrative=\"short\"/>").paragraphs()[1] ==
        "Zhanbolat Mamai");
}

TEST_CASE("names: the paper's authors in the paper's script") {
  const LanguageProject project;
  project.write("sources/documents/doc.xml",
                "<document id=\"doc\" lang=\"ru\" audience=\"eu-dialogue\" style=\"foreign\" date=\"2025-05\">\n"
                "  <include href=\"../records\"/>\n  <title>Т</title>\n  <author ref=\"org-kibhr\"/>\n"
                "  <body><p>Текст.</p></body>\n</document>\n");
  const auto ru = resolve_file(project.root() / "sources/documents/doc.xml", project.root() / "styles");
  CHECK(ru.document.author == "Казахстанское международное бюро по правам человека");
}

// ---------------------------------------------------------------- quotes and case

TEST_CASE("quotes and headings: the author's neutral quotes and <q> in the paper's marks; upper case by its rules") {
  const LanguageProject project;
  const std::string body =
      "<section id=\"s-1\"><heading>Кампания против \"пропаганды\" и іздеу</heading>"
      "<p>Он назвал их \"экстремистами\" и <q>агентами</q>.<note>См. \"Vlast\".</note></p>"
      "</section>";
  const auto kk = resolve_in(project, "kk", "always", body);
  CHECK(kk.paragraphs()[1] == "КАМПАНИЯ ПРОТИВ «ПРОПАГАНДЫ» И ІЗДЕУ");  // і → І
  CHECK(kk.document.paragraphs[1].outline_title == "КАМПАНИЯ ПРОТИВ «ПРОПАГАНДЫ» И ІЗДЕУ");
  CHECK(kk.paragraphs()[2] == "Он назвал их «экстремистами» и «агентами».");
  CHECK(kk.footnotes()[0] == "См. «Vlast».");
  const auto en = resolve_in(project, "en", "foreign", "<p>The \"Centre\" and <q>a 'quote'</q>; Kazakhstan's.</p>");
  CHECK(en.paragraphs()[1] == "The \u201CCentre\u201D and \u201Ca \u2018quote\u2019\u201D; Kazakhstan\u2019s.");
}

// ---------------------------------------------------------------- what cannot be translated

TEST_CASE("warnings: a language without a catalog, and a style wording the catalogs do not know") {
  const LanguageProject project;
  const auto fr = resolve_in(project, "fr", "foreign",
                             "<recommendations><rec ref=\"rec-release\">"
                             "<arg name=\"person\">X</arg></rec></recommendations>");
  CHECK_FALSE(fr.errors);
  CHECK(occurrences(fr.diagnostics, "warning:") == 1);  // once, not once per string
  CHECK(fr.diagnostics.find("warning: there is no French message catalog") != std::string::npos);
  CHECK(fr.paragraphs()[1] == "Recommendations");

  const auto ru = resolve_in(project, "ru", "untranslated", "<p>Текст.<cite src=\"src-ru\"/></p>");
  INFO(ru.diagnostics);
  CHECK(ru.diagnostics.find("untranslated.xml:2:4: warning: the style's citation pattern \"Cf. {url}\" has no "
                            "Russian translation in briefc's catalogs, so a Russian paper prints it in English") !=
        std::string::npos);
  CHECK(ru.footnotes() == std::vector<std::string>{"Cf. https://example.kz/ru"});
  // English needs no translation: no warning.
  CHECK(resolve_in(project, "en", "untranslated", "<p>Text.<cite src=\"src-ru\"/></p>").diagnostics.empty());
}

TEST_CASE("hyphenation: a Kazakh paper is set without hyphens, and briefc says so once") {
  const LanguageProject project;
  const fs::path doc =
      project.document("kk", "always",
                       "<p>Мемлекеттік органдар азаматтық қоғам белсенділерін қудалауды тоқтатуы тиіс.</p>"
                       "<p>Екінші абзац.</p><p>Үшінші абзац.</p>");
  cli::Options options;
  options.command = cli::Command::Build;
  options.documents = {doc.string()};
  options.output = (project.root() / "doc.pdf").string();
  std::ostringstream out, err;
  REQUIRE(cli::run_build(options, out, err) == 0);
  CHECK(occurrences(err.str(), "text is not hyphenated") == 1);
  CHECK(err.str().find("warning: Kazakh text is not hyphenated: there are no Kazakh hyphenation patterns") !=
        std::string::npos);
  // Russian has patterns: no such warning.
  project.document("ru", "always", "<p>Государственные органы должны прекратить преследование.</p>");
  std::ostringstream out_ru, err_ru;
  REQUIRE(cli::run_build(options, out_ru, err_ru) == 0);
  CHECK(err_ru.str().find("not hyphenated") == std::string::npos);
}

// ---------------------------------------------------------------- the shipped Russian edition

TEST_CASE("the Russian edition of the UN submission cites the same sources in the same footnotes as the English one") {
  const fs::path root = BRIEFC_SOURCE_DIR;
  const auto en = resolve_file(root / "sources/documents/un-hrc-2025.xml", root / "styles");
  const auto ru = resolve_file(root / "sources/documents/un-hrc-2025-ru.xml", root / "styles");
  REQUIRE_FALSE(ru.errors);
  CHECK(ru.diagnostics.empty());
  REQUIRE(en.document.footnotes.size() == 41);
  REQUIRE(ru.document.footnotes.size() == 41);
  auto links = [](const resolve::Footnote& f) {
    std::vector<std::string> uris;
    for (const auto& s : f.spans)
      if (!s.uri.empty()) uris.push_back(s.uri);
    return uris;
  };
  for (std::size_t i = 0; i < 41; ++i) {
    CAPTURE(i + 1);
    CHECK(links(ru.document.footnotes[i]) == links(en.document.footnotes[i]));
    CHECK(ru.document.footnotes[i].marker_hidden == en.document.footnotes[i].marker_hidden);
  }
  auto count = [](const Resolved& r, resolve::ParagraphKind kind) {
    int n = 0;
    for (const auto& p : r.document.paragraphs) n += p.kind == kind;
    return n;
  };
  CHECK(count(ru, resolve::ParagraphKind::RecommendationItem) == 16);
  CHECK(count(en, resolve::ParagraphKind::RecommendationItem) == 16);
  CHECK(count(ru, resolve::ParagraphKind::Heading) == count(en, resolve::ParagraphKind::Heading));
  CHECK(count(ru, resolve::ParagraphKind::ListItem) == count(en, resolve::ParagraphKind::ListItem));
}

TEST_CASE("the Russian edition's PDF is Russian: headings, footnote wording, names, quotation marks") {
  const fs::path root = BRIEFC_SOURCE_DIR;
  briefc::test::TempDir scratch("un-hrc-2025-ru");  // never a fixed name another checkout's run shares
  const fs::path dir = scratch.path;
  cli::Options options;
  options.command = cli::Command::Build;
  options.documents = {(root / "sources/documents/un-hrc-2025-ru.xml").string()};
  options.output = (dir / "un-hrc-2025-ru.pdf").string();
  std::ostringstream out, err;
  const int status = cli::run_build(options, out, err);
  INFO(err.str());
  REQUIRE(status == 0);
  CHECK(out.str().find("41 footnotes") != std::string::npos);
  // Lines joined: pdftotext breaks lines (and hyphenated words) where the PDF does.
  std::string text = briefc::test::command_output("pdftotext -enc UTF-8 '" + options.output + "' - 2>/dev/null");
  text = std::regex_replace(text, std::regex("-\n"), "-");
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  REQUIRE(text.size() > 20000);

  CHECK(text.find("Представление в Комитет ООН по правам человека") != std::string::npos);
  CHECK(occurrences(text, "Рекомендации") == 5);  // briefc's heading, from the catalog
  CHECK(occurrences(text, "Властям Казахстана следует:") == 5);
  CHECK(text.find("1. Безнаказанность за нарушения") != std::string::npos);
  CHECK(text.find("5. Преследование активистов, журналистов и блогеров") != std::string::npos);
  CHECK(text.find("Подробнее см. в специальном обзоре IPHR и КМБПЧ") != std::string::npos);
  CHECK(text.find("Марат Жыланбаев") != std::string::npos);  // the case narratives in Russian
  CHECK(text.find("Жанболат Мамай") != std::string::npos);
  CHECK(text.find("«экстремизм»") != std::string::npos);     // neutral quotes → «…»
  CHECK(text.find("„поддержку СМИ“") != std::string::npos);  // nested → „…“
  CHECK(text.find("\"") == std::string::npos);               // no neutral quote left
  CHECK(text.find("9 октября 2024 года") != std::string::npos);
  CHECK(text.find("15–25 суток") != std::string::npos);

  // No English fixed string, nor English prose from the shared records.
  // Latin letters are left only in URLs, abbreviations and outlets' names.
  std::string prose = std::regex_replace(text, std::regex("https?://\\S+"), " ");
  prose =
      std::regex_replace(prose, std::regex("[\\x21-\\x7E]*[/._=?-][\\x21-\\x7E]*"), " ");  // the rest of a broken URL
  prose = std::regex_replace(prose, std::regex("The Times of Central Asia"), " ");
  for (const char* english : {"Recommendations", "authorities should", "See more", "See (in", "(in Russian)",
                              "is serving", "was sentenced", "Page", "Ibid", "(cont.)"})
    CHECK_MESSAGE(prose.find(english) == std::string::npos, english);
  std::smatch english_word;
  CHECK_FALSE_MESSAGE(std::regex_search(prose, english_word, std::regex("\\b(the|and|of|in|for|with|to|See)\\b")),
                      english_word.str());
}

// ---------------------------------------------------------------- title block and markers

TEST_CASE("title block: organisations, reporting period and date under the title, in the paper's language") {
  const LanguageProject project;
  project.write("styles/update.xml",
                "<style id=\"update\">\n  <title-block byline=\"true\" period=\"true\" date=\"true\"/>\n</style>\n");
  for (const char* lang : {"ru", "en"}) {
    project.write("sources/documents/doc.xml",
                  std::string("<document id=\"doc\" lang=\"") + lang +
                      "\" audience=\"eu-dialogue\" style=\"update\" date=\"2025-05-14\">\n"
                      "  <include href=\"../records\"/>\n  <title>T</title>\n  <author ref=\"org-kibhr\"/>\n"
                      "  <period from=\"2024-11\" to=\"2025-04-30\"/>\n  <body><p>Text.</p></body>\n</document>\n");
    const auto r = resolve_file(project.root() / "sources/documents/doc.xml", project.root() / "styles");
    INFO(r.diagnostics);
    REQUIRE(r.paragraphs().size() == 5);
    for (int i = 1; i <= 3; ++i) CHECK(r.document.paragraphs[i].kind == resolve::ParagraphKind::Subtitle);
    if (std::string(lang) == "ru") {
      CHECK(r.paragraphs()[1] == "Казахстанское международное бюро по правам человека");
      // ICU writes a narrow no-break space before "г."
      CHECK(r.paragraphs()[2] == "Отчётный период: ноябрь 2024\u202Fг. – 30 апреля 2025\u202Fг.");
      CHECK(r.paragraphs()[3] == "14 мая 2025\u202Fг.");
    } else {
      CHECK(r.paragraphs()[1] == "Kazakhstan International Bureau for Human Rights");
      CHECK(r.paragraphs()[2] == "Reporting period: November 2024 – 30 April 2025");
      CHECK(r.paragraphs()[3] == "14 May 2025");
    }
  }
  // A style that asks for none of it: the title, then the text.
  const auto plain = resolve_in(project, "en", "foreign", "<p>Text.</p>");
  CHECK(plain.paragraphs().size() == 2);
}

TEST_CASE("footnote markers side by side are separated by a raised comma; a spaced hyphen prints as an en dash") {
  const LanguageProject project;
  const auto r = resolve_in(project, "en", "foreign", "<p>Text - with notes.<note>One.</note><note>Two.</note></p>");
  const auto& spans = r.document.paragraphs[1].spans;
  std::string raised;
  for (const auto& s : spans)
    if (s.superscript) raised += s.text;
  CHECK(raised == "1,2");
  // (briefc check still tells the author: tests/check/punctuation)
  CHECK(r.paragraphs()[1] == "Text \u2013 with notes.");
}
