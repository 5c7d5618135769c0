// The words of a paper that are not its author's, in the document's language:
// fixed strings ("Recommendations", "The authorities should:"), the style's
// citation, "Ibid." and footer wordings, the names of the languages sources
// are written in, and quotation marks. They come from briefc's message
// catalogs (text/catalog.hpp); the prose itself is the author's and is
// printed as written.
//
// A style's wordings are English message ids: "See (in {language}): {url}"
// prints "См. (на русском языке): URL" in a Russian paper. A wording the
// catalogs do not know stays English, with a warning at the style.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/document.hpp"
#include "model/style.hpp"
#include "resolve/resolved_document.hpp"
#include "text/locale_context.hpp"
#include "text/messages.hpp"

#include <set>
#include <string>

namespace briefc::resolve {

class DocumentWording {
 public:
  // Translates the style's wordings for the document's language and warns,
  // at the style, about each one the catalogs cannot translate.
  DocumentWording(const model::Document& document, const model::Style& style, const text::LocaleContext& locales,
                  diag::Diagnostics& diags);

  // A fixed string in the document's language, with the plural form for
  // `count`. The first time a string is missing from the language's catalog
  // (or the catalog is), warns at `where` and prints the English.
  std::string message(const text::Message& m, diag::SourceLocation where, long long count = 1) const;

  // The style's citation pattern for a source in `source_lang`: the
  // same-language pattern when the style has one and the source is in the
  // document's language, else the pattern; translated.
  const std::string& citation_pattern(const std::string& source_lang) const;

  // The language of a source as {language} prints it: "Russian" in English,
  // "русском языке" in Russian ("(на русском языке)"), "орыс тілінде" in
  // Kazakh; the tag itself for a language briefc cannot name.
  std::string language_name(const std::string& source_lang) const;

  // The style's "Ibid." wording, translated; empty when the style repeats citations.
  const std::string& ibid() const { return ibid_; }

  // The style's footer pattern, translated.
  const std::string& footer() const { return footer_; }

 private:
  std::string translate_wording(const std::string& english, diag::SourceLocation where, const char* what);

  const model::Document& document_;
  const model::Style& style_;
  const text::LocaleContext& locales_;
  diag::Diagnostics& diags_;
  std::string pattern_, same_language_pattern_, ibid_, footer_;
  mutable std::set<std::string> reported_;  // what message() has warned about, so it warns once
};

// Sets the document's quotation marks (text/quotes.hpp) in every paragraph,
// footnote and bookmark, replacing the author's neutral quotes and the marks
// of <q>; URLs and footnote markers are left alone. Run once on the finished
// document. Also fills the words layout prints (footer, "continued").
void finish_wording(ResolvedDocument& document, const DocumentWording& wording);

}  // namespace briefc::resolve
