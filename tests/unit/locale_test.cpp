// Unit tests for briefc's languages at the text level: the message catalogs
// (complete, and in step with the code), and every formatting rule in English,
// Russian and Kazakh — fixed strings and plural forms, dates, numbers,
// amounts, quotation marks, case, collation and hyphenation.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "diag/source_manager.hpp"
#include "read/style_reader.hpp"
#include "text/amounts.hpp"
#include "text/case_map.hpp"
#include "text/catalog.hpp"
#include "text/collation.hpp"
#include "text/dates.hpp"
#include "text/hyphenator.hpp"
#include "text/locale_context.hpp"
#include "text/messages.hpp"
#include "text/quotes.hpp"

namespace fs = std::filesystem;
using namespace briefc::text;

namespace {

const fs::path po_dir = fs::path(BRIEFC_SOURCE_DIR) / "compiler" / "text" / "po";

// One entry of a .po or .pot file.
struct PoEntry {
  std::string context, id, plural;
  std::vector<std::string> translations;  // msgstr, or msgstr[0..n-1]
};

std::string unquote(const std::string& line) {
  const auto first = line.find('"');
  const auto last = line.rfind('"');
  std::string out;
  for (auto i = first + 1; i < last; ++i) {
    if (line[i] == '\\' && i + 1 < last) {
      const char c = line[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += line[i];
    }
  }
  return out;
}

// A small reader for what msgfmt accepts: keywords with one quoted string,
// continued by lines holding only a quoted string; comments skipped.
struct PoFile {
  std::string header;
  std::vector<PoEntry> entries;
  int nplurals = 0;
};

PoFile read_po(const fs::path& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, path.string());
  PoFile file;
  std::vector<PoEntry> raw;
  PoEntry current;
  std::string* target = nullptr;
  bool started = false;
  auto finish = [&] {
    if (started) raw.push_back(current);
    current = PoEntry{};
    started = false;
    target = nullptr;
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') continue;
    if (line[0] == '"') {
      REQUIRE(target != nullptr);
      *target += unquote(line);
      continue;
    }
    started = true;
    const std::string keyword = line.substr(0, line.find(' '));
    if (keyword == "msgctxt")
      target = &current.context;
    else if (keyword == "msgid")
      target = &current.id;
    else if (keyword == "msgid_plural")
      target = &current.plural;
    else if (keyword.rfind("msgstr", 0) == 0)
      target = &current.translations.emplace_back();
    else
      FAIL("unexpected line in " << path << ": " << line);
    *target = unquote(line);
  }
  finish();
  for (auto& e : raw) {
    if (e.id.empty() && e.context.empty()) {
      file.header = e.translations.empty() ? "" : e.translations.front();
      continue;
    }
    file.entries.push_back(e);
  }
  std::smatch m;
  if (std::regex_search(file.header, m, std::regex("nplurals=([0-9]+)"))) file.nplurals = std::stoi(m[1]);
  return file;
}

std::string key(std::string_view context, std::string_view id) {
  return std::string(context) + "|" + std::string(id);
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> found;
  const std::regex brace("\\{[a-z_-]+\\}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), brace); it != std::sregex_iterator(); ++it) {
    // A date pattern names its month in the form the language needs
    // (text/record_messages.hpp): each is the English {month}.
    const std::string name = it->str();
    found.insert(name.starts_with("{month_") ? "{month}" : name);
  }
  return found;
}

std::vector<std::string> catalog_languages() {
  std::vector<std::string> languages;
  for (const auto& entry : fs::directory_iterator(po_dir))
    if (entry.path().extension() == ".po") languages.push_back(entry.path().stem().string());
  std::sort(languages.begin(), languages.end());
  return languages;
}

}  // namespace

// ---------------------------------------------------------------- catalogs

TEST_CASE("catalogs: briefc.pot lists exactly the messages the code looks up") {
  const PoFile pot = read_po(po_dir / "briefc.pot");
  std::map<std::string, PoEntry> in_pot;
  for (const auto& e : pot.entries) CHECK_MESSAGE(in_pot.emplace(key(e.context, e.id), e).second, "twice: " << e.id);
  for (const Message& m : all_messages()) {
    CAPTURE(m.id);
    const auto found = in_pot.find(key(m.context, m.id));
    REQUIRE_MESSAGE(found != in_pot.end(), "the code looks up a message briefc.pot lacks");
    CHECK(found->second.plural == m.plural);
    in_pot.erase(found);
  }
  for (const auto& [k, e] : in_pot) FAIL_CHECK("briefc.pot has a message the code never looks up: " << k);
}

TEST_CASE("catalogs: every .po translates every message of briefc.pot, with all its plural forms") {
  const PoFile pot = read_po(po_dir / "briefc.pot");
  const auto languages = catalog_languages();
  REQUIRE(languages == std::vector<std::string>{"kk", "ru"});
  for (const auto& lang : languages) {
    CAPTURE(lang);
    const PoFile po = read_po(po_dir / (lang + ".po"));
    REQUIRE(po.nplurals >= 1);
    CHECK(po.header.find("Language: " + lang + "\n") != std::string::npos);
    std::map<std::string, PoEntry> translated;
    for (const auto& e : po.entries) translated.emplace(key(e.context, e.id), e);
    CHECK(translated.size() == pot.entries.size());  // nothing stale either
    for (const auto& e : pot.entries) {
      CAPTURE(e.id);
      const auto found = translated.find(key(e.context, e.id));
      REQUIRE_MESSAGE(found != translated.end(), "missing translation");
      const auto& forms = found->second.translations;
      CHECK(forms.size() == (e.plural.empty() ? 1u : static_cast<std::size_t>(po.nplurals)));
      for (const auto& form : forms) {
        CHECK_MESSAGE(!form.empty(), "empty translation");
        // A translator may move a placeholder, never drop or invent one.
        CHECK(placeholders(form) == placeholders(e.id));
      }
    }
  }
}

TEST_CASE("catalogs: the compiled catalogs answer every message, in every plural form") {
  const LocaleContext context;
  for (const char* lang : {"ru", "kk"}) {
    CAPTURE(lang);
    REQUIRE_MESSAGE(has_catalog(context, lang), catalog_path(context, lang).string());
    for (const Message& m : all_messages()) {
      CAPTURE(m.id);
      for (long long count : {1LL, 2LL, 5LL, 21LL}) {
        const auto found = find_translation(context, m, lang, count);
        REQUIRE(found.has_value());
        // A message of placeholders alone ("{subject} {predicate} {date}")
        // may keep the English order; a message with words is translated.
        if (has_words(m.id)) CHECK(*found != m.id);
      }
    }
  }
  CHECK(has_catalog(context, "en"));  // English needs none
  CHECK_FALSE(has_catalog(context, "fr"));
  CHECK_FALSE(find_translation(context, msg::recommendations, "fr").has_value());
  CHECK(translate(context, msg::recommendations, "fr") == "Recommendations");  // the fallback
}

TEST_CASE("catalogs: every wording of the shipped styles is translated") {
  const LocaleContext context;
  int wordings = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(BRIEFC_SOURCE_DIR) / "styles")) {
    briefc::diag::SourceManager sources;
    briefc::diag::Diagnostics diags;
    const auto style = briefc::read::load_style(entry.path().string(), sources, diags);
    REQUIRE(style.has_value());
    for (const std::string* wording :
         {&style->citation_pattern, &style->same_language_pattern, &style->footer_text, &style->ibid}) {
      if (!has_words(*wording)) continue;
      ++wordings;
      for (const char* lang : {"ru", "kk"})
        CHECK_MESSAGE(find_wording_translation(context, *wording, lang).has_value(),
                      entry.path().filename().string() << ": \"" << *wording << "\" in " << lang);
    }
  }
  CHECK(wordings >= 1);
  // A wording that is pure layout needs no translation.
  CHECK_FALSE(has_words("{url}"));
  CHECK_FALSE(has_words("{page} / {pages}"));
  CHECK(has_words("Page {page}"));
  CHECK(has_words("Стр. {page}"));
}

// ---------------------------------------------------------------- fixed strings

TEST_CASE("fixed strings: the same message in English, Russian and Kazakh") {
  const LocaleContext context;
  CHECK(translate(context, msg::recommendations, "en") == "Recommendations");
  CHECK(translate(context, msg::recommendations, "ru") == "Рекомендации");
  CHECK(translate(context, msg::recommendations, "kk") == "Ұсынымдар");
  CHECK(translate(context, msg::authorities_should, "ru-KZ") == "Властям следует:");
  CHECK(translate(context, msg::ibid, "ru") == "Там же.");
  CHECK(translate(context, msg::ibid, "kk") == "Сонда.");
  CHECK(translate(context, msg::new_in_edition, "ru") == "(новое)");
  CHECK(translate(context, msg::continued, "en") == "(cont.)");
  CHECK(find_wording_translation(context, "See (in {language}): {url}", "ru") == "См. (на {language}): {url}");
  CHECK(find_wording_translation(context, "Page {page}", "kk") == "{page}-бет");
  CHECK_FALSE(find_wording_translation(context, "Cf. {url}", "ru").has_value());
}

TEST_CASE("fixed strings: plural forms follow each language's rule") {
  const LocaleContext context;
  auto pages = [&](long long n, const char* lang) {
    return fill_placeholders(translate(context, msg::pages, lang, n), {{"n", std::to_string(n)}});
  };
  CHECK(pages(1, "en") == "1 page");
  CHECK(pages(5, "en") == "5 pages");
  CHECK(pages(1, "ru") == "1 страница");
  CHECK(pages(2, "ru") == "2 страницы");
  CHECK(pages(5, "ru") == "5 страниц");
  CHECK(pages(11, "ru") == "11 страниц");  // not "страница": 11 is not "ends in 1"
  CHECK(pages(21, "ru") == "21 страница");
  CHECK(pages(22, "ru") == "22 страницы");
  CHECK(pages(111, "ru") == "111 страниц");
  CHECK(pages(1, "kk") == "1 бет");
  CHECK(pages(5, "kk") == "5 бет");  // Kazakh keeps the noun singular after a number
  CHECK(fill_placeholders(translate(context, msg::years, "ru", 7), {{"n", "7"}}) == "7 лет");
}

TEST_CASE("fixed strings: a source's language, as the citation names it after \"in\"") {
  const LocaleContext context;
  auto name = [&](const char* source, const char* document) {
    return translate(context, *language_name_message(source), document);
  };
  CHECK(name("ru", "en") == "Russian");
  CHECK(name("en", "ru") == "английском языке");  // "(на английском языке)"
  CHECK(name("ru", "ru") == "русском языке");
  CHECK(name("ru", "kk") == "орыс тілінде");
  CHECK(name("kk-KZ", "ru") == "казахском языке");
  CHECK_FALSE(language_name_message("zz").has_value());
}

// ---------------------------------------------------------------- formatting rules, en / ru / kk

TEST_CASE("rules: every formatting rule in English, Russian and Kazakh") {
  const LocaleContext context;
  HyphenatorSet hyphenators;
  struct Expected {
    const char* lang;
    const char* day;
    const char* amount_code;
    const char* amount_name;
    const char* quoted;
    const char* upper;
    bool hyphenated;
  };
  const Expected table[] = {
      {"en", "6 October 2024", "444\u00A0500\u00A0KZT", "444\u00A0500\u00A0tenge", "\u201Cfalse\u201D", "ISTANBUL",
       true},
      {"ru", "6 октября 2024\u202Fг.", "444\u00A0500\u00A0KZT", "444\u00A0500\u00A0тенге", "\u00ABfalse\u00BB", "ЁЖИК",
       true},
      {"kk", "2024\u202Fж. 6 қазан", "444\u00A0500\u00A0KZT", "444\u00A0500\u00A0теңге", "\u00ABfalse\u00BB", "ІЗДЕУ",
       false},
  };
  const char* lower[] = {"istanbul", "ёжик", "іздеу"};
  for (std::size_t i = 0; i < std::size(table); ++i) {
    const Expected& e = table[i];
    CAPTURE(e.lang);
    CHECK(format_date(context, {2024, 10, 6, DatePrecision::Day}, e.lang) == e.day);
    CHECK(format_integer(context, 1234567, e.lang) == "1\u00A0234\u00A0567");
    CHECK(format_amount(context, 444500, "KZT", e.lang, CurrencyForm::Code) == e.amount_code);
    CHECK(format_amount(context, 444500, "KZT", e.lang, CurrencyForm::Name) == e.amount_name);
    CHECK(QuoteTypographer(e.lang).convert("\"false\"") == e.quoted);
    CHECK(to_upper(context, lower[i], e.lang) == e.upper);
    CHECK((hyphenators.for_language(e.lang) != nullptr) == e.hyphenated);
  }
}

TEST_CASE("amounts: currency names take the plural form of the amount") {
  const LocaleContext context;
  CHECK(format_amount(context, 1, "USD", "en", CurrencyForm::Name) == "1\u00A0US dollar");
  CHECK(format_amount(context, 930, "EUR", "en", CurrencyForm::Name) == "930\u00A0euros");
  CHECK(format_amount(context, 1, "USD", "ru", CurrencyForm::Name) == "1\u00A0доллар США");
  CHECK(format_amount(context, 3, "USD", "ru", CurrencyForm::Name) == "3\u00A0доллара США");
  CHECK(format_amount(context, 1500, "USD", "ru", CurrencyForm::Name) == "1\u00A0500\u00A0долларов США");
  CHECK(format_amount(context, 21, "RUB", "ru", CurrencyForm::Name) == "21\u00A0рубль");
  CHECK(format_amount(context, 5, "USD", "kk", CurrencyForm::Name) == "5\u00A0АҚШ доллары");
  CHECK(format_amount(context, 930, "EUR", "kk", CurrencyForm::Name) == "930\u00A0еуро");
  // A currency the catalogs do not name, or a language without a catalog: the code.
  CHECK(format_amount(context, 100, "CHF", "ru", CurrencyForm::Name) == "100\u00A0CHF");
  CHECK(format_amount(context, 100, "EUR", "fr", CurrencyForm::Name) == "100\u00A0EUR");
}

// ---------------------------------------------------------------- quotation marks

TEST_CASE("quotes: neutral quotes become the language's marks, nested ones the inner marks") {
  auto en = [](std::string_view s) { return QuoteTypographer("en").convert(s); };
  auto ru = [](std::string_view s) { return QuoteTypographer("ru").convert(s); };
  CHECK(en("as \"extremist\".") == "as \u201Cextremist\u201D.");
  CHECK(en("Kazakhstan's image") == "Kazakhstan\u2019s image");
  CHECK(en("activists' rights") == "activists\u2019 rights");
  CHECK(en("(\"Forward!\")") == "(\u201CForward!\u201D)");
  CHECK(en("\"as 'media support,' and 'tolerance.'\"") ==
        "\u201Cas \u2018media support,\u2019 and \u2018tolerance.\u2019\u201D");
  // The author left the inner quotation open: the outer one still closes.
  CHECK(en("\"as 'tolerance.\" Next") == "\u201Cas \u2018tolerance.\u201D Next");
  CHECK(ru("пора \"переписать 'правила'\"") == "пора \u00ABпереписать \u201Eправила\u201C\u00BB");
  CHECK(ru("\"он сказал \"нет\"\"") == "\u00ABон сказал \u201Eнет\u201C\u00BB");
  CHECK(QuoteTypographer("kk").convert("\"іздеу\"") == "\u00ABіздеу\u00BB");
  CHECK(QuoteTypographer("uz-Cyrl").convert("\"x\"") == "\u00ABx\u00BB");
  CHECK(QuoteTypographer("de").convert("\"x\"") == "\u201Cx\u201D");  // not listed: English marks
}

TEST_CASE("a hyphen spaced between words is set as a spaced en dash; other hyphens stay") {
  auto en = [](std::string_view s) { return QuoteTypographer("en").convert(s); };
  CHECK(en("developments - such as slander - the media") == "developments \u2013 such as slander \u2013 the media");
  CHECK(QuoteTypographer("ru").convert("Москва - столица") == "Москва \u2013 столица");
  CHECK(en("2019 - 2020") == "2019 \u2013 2020");
  CHECK(en("well-known, state- and non-state actors, -5 degrees") == "well-known, state- and non-state actors, -5 degrees");
  CHECK(en("- a list item") == "- a list item");  // nothing before it
}

TEST_CASE("quotes: a paragraph given run by run, with <q> and text printed as it is") {
  QuoteTypographer quotes("ru");
  std::string out = quotes.convert("партия \"");
  quotes.pass("Алга, Казахстан!");  // a name printed as written
  out += "Алга, Казахстан!" + quotes.convert("\" и ");
  out += quotes.convert(std::string(1, q_open_placeholder) + "цитата " + "\"внутри\"" +
                        std::string(1, q_close_placeholder));
  CHECK(out == "партия \u00ABАлга, Казахстан!\u00BB и \u00ABцитата \u201Eвнутри\u201C\u00BB");
  // A closing quote with nothing open still closes.
  CHECK(QuoteTypographer("en").convert("word\" end") == "word\u201D end");
}

// ---------------------------------------------------------------- collation

TEST_CASE("collation: names sort in the language's alphabet, not by bytes") {
  const LocaleContext context;
  auto sorted = [&](std::vector<std::string> names, const char* lang) {
    std::vector<std::string> out;
    for (std::size_t i : collation_order(context, names, lang)) out.push_back(names[i]);
    return out;
  };
  CHECK(sorted({"Zhovtis", "abel", "Mamai", "Ábel"}, "en") ==
        std::vector<std::string>{"abel", "Ábel", "Mamai", "Zhovtis"});
  CHECK(sorted({"Жуков", "Ёлкин", "Егоров", "Абаев"}, "ru") ==
        std::vector<std::string>{"Абаев", "Егоров", "Ёлкин", "Жуков"});
  CHECK(sorted({"Лаврова", "Қасымов", "Әбілов", "Кенжебаев", "Абаев", "Іскаков", "Ыбыраев"}, "kk") ==
        std::vector<std::string>{"Абаев", "Әбілов", "Кенжебаев", "Қасымов", "Лаврова", "Ыбыраев", "Іскаков"});
  // Equal keys keep their order (a stable sort).
  CHECK(collation_order(context, {"Mamai", "Abel", "Mamai"}, "en") == std::vector<std::size_t>{1, 0, 2});
  const Collator ru(context, "ru");
  CHECK(ru.less("ёжик", "жук"));
  CHECK(ru.compare("Мамай", "Мамай") == 0);
}
