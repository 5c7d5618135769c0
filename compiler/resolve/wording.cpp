#include "resolve/wording.hpp"

#include "model/records.hpp"
#include "text/catalog.hpp"
#include "text/quotes.hpp"

#include <fmt/format.h>

namespace briefc::resolve {

namespace {

// "Russian" for "ru": the English name, for messages to the author.
std::string english_language_name(const std::string& tag) {
  if (auto m = text::language_name_message(tag)) return std::string(m->id);
  return "'" + tag + "'";
}

void set_quotes(std::vector<Span>& spans, const std::string& lang) {
  text::QuoteTypographer quotes(lang);
  for (auto& s : spans) {
    if (s.url || s.superscript)
      quotes.pass(s.text);  // a URL or a footnote marker is printed as it is
    else
      s.text = quotes.convert(s.text);
  }
}

std::string with_quotes(const std::string& text, const std::string& lang) {
  return text::QuoteTypographer(lang).convert(text);
}

}  // namespace

DocumentWording::DocumentWording(const model::Document& document, const model::Style& style,
                                 const text::LocaleContext& locales, diag::Diagnostics& diags)
    : document_(document), style_(style), locales_(locales), diags_(diags) {
  if (!text::has_catalog(locales_, document_.lang)) {
    const bool shipped = document_.lang.rfind("ru", 0) == 0 || document_.lang.rfind("kk", 0) == 0;
    diags_.warning(
        document_.location,
        fmt::format("there is no {} message catalog ({}): the words briefc adds to the text, such as "
                    "\"Recommendations\" and the citation wording, print in English",
                    english_language_name(document_.lang), text::catalog_path(locales_, document_.lang).string()),
        shipped ? "the catalogs are built from compiler/text/po/*.po with briefc: rebuild it"
                : "translate compiler/text/po/briefc.pot into a new compiler/text/po/LANG.po and rebuild");
    reported_.insert("");  // the missing catalog is reported once, not each string
  }
  pattern_ = translate_wording(style_.citation_pattern, style_.citation_location, "citation pattern");
  same_language_pattern_ =
      style_.same_language_pattern.empty()
          ? pattern_
          : translate_wording(style_.same_language_pattern, style_.citation_location, "same-language citation pattern");
  ibid_ = style_.ibid.empty() ? std::string() : translate_wording(style_.ibid, style_.citation_location, "ibid");
  footer_ = translate_wording(style_.footer_text, style_.footer_location, "footer");
}

std::string DocumentWording::translate_wording(const std::string& english, diag::SourceLocation where,
                                               const char* what) {
  if (!text::has_words(english)) return english;
  if (auto translated = text::find_wording_translation(locales_, english, document_.lang)) return *translated;
  if (reported_.count("")) return english;  // no catalog at all: said once already
  diags_.warning(
      where.known() ? where : style_.location,
      fmt::format("the style's {} \"{}\" has no {} translation in briefc's catalogs, so a {} paper prints "
                  "it in English",
                  what, english, english_language_name(document_.lang), english_language_name(document_.lang)),
      "use a wording the catalogs translate (compiler/text/po/briefc.pot lists them), or add this one");
  return english;
}

std::string DocumentWording::message(const text::Message& m, diag::SourceLocation where, long long count) const {
  if (auto found = text::find_translation(locales_, m, document_.lang, count)) return *found;
  const std::string key = std::string(m.context) + "\x04" + std::string(m.id);
  if (!reported_.count("") && reported_.insert(key).second)
    diags_.warning(
        where.known() ? where : document_.location,
        fmt::format("briefc's {} catalog has no translation of \"{}\"; it prints in English",
                    english_language_name(document_.lang), m.id),
        "add it to compiler/text/po/" + document_.lang.substr(0, document_.lang.find('-')) + ".po and rebuild briefc");
  return text::translate(locales_, m, document_.lang, count);
}

const std::string& DocumentWording::citation_pattern(const std::string& source_lang) const {
  return model::same_language(source_lang, document_.lang) ? same_language_pattern_ : pattern_;
}

std::string DocumentWording::language_name(const std::string& source_lang) const {
  auto m = text::language_name_message(source_lang);
  if (!m) return source_lang;
  return message(*m, style_.citation_location);
}

void finish_wording(ResolvedDocument& document, const DocumentWording& wording) {
  for (auto& p : document.paragraphs) {
    set_quotes(p.spans, document.lang);
    if (!p.outline_title.empty()) p.outline_title = with_quotes(p.outline_title, document.lang);
  }
  for (auto& f : document.footnotes) set_quotes(f.spans, document.lang);
  document.title = with_quotes(document.title, document.lang);
  document.subject = with_quotes(document.subject, document.lang);
  document.footer = wording.footer();
  document.continued = wording.message(text::msg::continued, {});
  document.notes_heading = wording.message(text::msg::notes, {});
}

}  // namespace briefc::resolve
