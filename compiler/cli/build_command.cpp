#include "cli/build_command.hpp"

#include "check/checker.hpp"
#include "check/document_facts.hpp"
#include "check/word_limit.hpp"
#include "cli/confidential_scope.hpp"
#include "cli/edition_history.hpp"
#include "cli/edition_output.hpp"
#include "cli/missing_includes.hpp"
#include "cli/pending_output.hpp"
#include "cli/project_rest.hpp"

#include "diag/diagnostics.hpp"
#include "fonts/font_locator.hpp"
#include "layout/document_blocks.hpp"
#include "layout/document_layout.hpp"
#include "layout/glyph_check.hpp"
#include "layout/hyphenation_notice.hpp"
#include "layout/page_stamp.hpp"
#include "leak/leak_check.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/writer_memo.hpp"
#include "read/folder_listing.hpp"
#include "read/loader.hpp"
#include "read/parsed_file_cache.hpp"
#include "read/style_reader.hpp"
#include "resolve/period.hpp"
#include "resolve/resolver.hpp"
#include "text/hyphenator.hpp"
#include "text/locale_context.hpp"
#include "text/spoof_fold.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <functional>
#include <optional>

namespace fs = std::filesystem;

namespace briefc::cli {

namespace {

// What one build needs that outlives a single document.
struct BuildServices {
  text::LocaleContext locales;
  text::HyphenatorSet hyphenators;
  // Loaded by the first PDF: fontconfig's start-up (its configuration and font
  // list) is a good part of a DOCX or HTML build that needs no font.
  std::optional<fonts::FontLocator> fonts;
  const fonts::FontLocator& font_locator() {
    if (!fonts) fonts.emplace();
    return *fonts;
  }
  text::SpoofFold spoof;  // the leak check's folding (ICU's normaliser and confusable data)
  // What a session's builds remember of each other (`briefc watch`): the
  // lines of paragraphs, compressed pages, font programs. A one-shot build
  // has nothing to reuse and does without.
  bool remember = false;
  read::ParsedFileCache files;
  layout::LineMemo lines;
  pdf::WriterMemo writer;
};

// The PDF's timestamp: SOURCE_DATE_EPOCH when set (reproducible builds), else
// the document's own date; never the clock.
long long build_timestamp(const model::Document& doc, const SourceDate& source_date) {
  if (source_date.seconds) return *source_date.seconds;
  if (!doc.date) return 0;
  std::tm t{};
  t.tm_year = doc.date->year - 1900;
  t.tm_mon = (doc.date->month ? doc.date->month : 1) - 1;
  t.tm_mday = doc.date->day ? doc.date->day : 1;
  return static_cast<long long>(timegm(&t));
}

// The PDF appears whole or not at all (cli/pending_output.hpp): a build that
// fails, or is killed, leaves the previous PDF as it was and no temporary
// file. `verify` (the leak check of a public build) reads the written file
// before it is put in place; when it fails, neither that file nor an earlier
// PDF of the same name (built from records now known to hold what leaked) is
// left in place. The file joins `pending`, put in place with the build's
// other editions.
bool write_pending(pdf::PdfDocument& pdf, const layout::LaidOutDocument& pages, const pdf::DocumentInfo& info,
                   const std::string& target, diag::Diagnostics& diags,
                   const std::function<bool(const std::string&)>& verify, PendingOutputs& pending) {
  std::string error;
  auto output = std::make_unique<PendingOutput>(target, error);
  if (!output->ok()) {
    diags.file_error(target, error);
    return false;
  }
  if (!pdf.finish(pages, info, output->write_path(), error)) {
    diags.file_error(target, fmt::format("cannot write the PDF: {}", error));
    return false;
  }
  if (verify && !verify(output->write_path())) {
    std::error_code ec;
    if (fs::remove(fs::path(target), ec))
      diags.warning({}, "removed the PDF an earlier build left here: it may hold the same confidential material")
          .path_override = target;
    return false;
  }
  pending.push_back(std::move(output));
  return true;
}

// Loads the families the style names into the PDF; a family that is missing
// is an error at the style's <font> element.
bool load_fonts(pdf::PdfDocument& pdf, const model::Style& style, const fonts::FontLocator& locator,
                diag::Diagnostics& diags) {
  bool ok = true;
  std::vector<std::string> done;
  for (const auto* spec : {&style.body, &style.heading, &style.title, &style.note, &style.footer}) {
    if (std::find(done.begin(), done.end(), spec->family) != done.end()) continue;
    done.push_back(spec->family);
    std::string error;
    if (!pdf.load_family(spec->family, locator, error)) {
      if (spec->location.known())
        diags.error(spec->location, error, "install the font (fc-list lists what is installed) or name another family");
      else
        diags.file_error(style.path, error, "install the font or name another family in the style");
      ok = false;
    }
  }
  return ok;
}

int build_one(const std::string& document_path, const Options& options, BuildServices& services,
              std::ostream& out, std::ostream& err, diag::SourceManager& sources) {
  diag::Diagnostics diags;
  model::Corpus corpus;
  std::string root = read::find_project_root(fs::path(document_path).parent_path().string());
  const read::LoaderOptions loader_options{root, options.allow_outside_project,
                                           services.remember ? &services.files : nullptr};
  read::Loader loader(sources, diags, corpus, loader_options);
  auto document = loader.load_document(document_path);
  if (document) {
    auto unknown = read::check_references(corpus, &*document, diags);
    // Ids another records file of the project defines: name the include to add.
    if (!unknown.empty()) {
      auto rest = load_project_rest(root, loader.loaded_files(), sources,
                                    loader_options);
      explain_missing_includes(unknown, *rest.corpus, *document, sources, diags);
    }
  }
  std::string period_error;  // parse_options has checked --period
  if (document && !options.period.empty()) document->period = resolve::parse_period(options.period, period_error);
  resolve::EditionHistory history;
  if (document)
    history = read_edition_history(*document, sources, diags, loader_options,
                                   services.locales);

  std::optional<model::Style> style;
  if (document && !document->style.empty()) {
    fs::path styles = !options.styles_dir.empty() ? fs::path(options.styles_dir)
                                                  : fs::path(root.empty() ? "." : root) / "styles";
    std::string style_path = read::display_path((styles / (document->style + ".xml")).string());
    std::error_code ec;
    if (!fs::exists(style_path, ec))
      diags.error(document->style_location,
                  fmt::format("unknown style '{}' (there is no file {})", document->style, style_path),
                  "styles are the .xml files in the styles/ folder");
    else
      style = read::load_style(style_path, sources, diags);
  }
  // Every rule of the checker, before anything is laid out: a build reports
  // what `briefc check DOC` reports for the document, and writes no PDF when
  // one of them is an error (or any is left under --werror).
  if (document)
    check::run_checks({corpus, {{&*document, style ? &*style : nullptr}}, services.locales, &sources}, {}, diags);

  // What a build prints is for its author, who builds from the confidential
  // records: a leak error quotes the value it found, which `check` and `diff`
  // withhold unless --internal (their reports are made to be passed on).
  auto print_diagnostics = [&]() { diag::render_all(diags, sources, {options.color, options.error_limit}, err); };

  const auto formats = build_formats(options);
  const bool want_pdf = std::find(formats.begin(), formats.end(), write::OutputFormat::Pdf) != formats.end();
  auto fail = [&]() {
    print_diagnostics();
    err << fmt::format("{}: {} error(s), {} warning(s); {} written\n", document_path, diags.error_count(),
                       diags.warning_count(), formats.size() == 1 && want_pdf ? "no PDF" : "nothing");
    return exit_input_errors;
  };
  if (!document || !style || diags.has_errors()) return fail();

  auto readership = options.internal ? resolve::Readership::Internal : resolve::Readership::Public;
  auto resolved = resolve::resolve_document(*document, corpus, *style, services.locales, diags, readership, history);
  if (diags.has_errors()) return fail();

  long long timestamp = build_timestamp(*document, options.source_date);
  // Every public build proves, on the written file, that nothing confidential
  // of the whole project got in; what the pages print is taken as each page
  // goes to the PDF.
  std::optional<ConfidentialScope> scope;
  std::optional<leak::Scanner> scanner;
  std::vector<leak::Exemption> exemptions;
  if (!options.internal) {
    scope = confidential_scope(root, loader.loaded_files(), corpus, *document, sources, diags,
                               loader_options);
    scanner.emplace(scope->values, services.spoof, scope->public_texts);
    exemptions = leak::exemptions(corpus, *document);
  }
  bool guarded = scanner && !scanner->empty();
  // Warnings so far (the PDF's layout adds its own, checked after it) stop
  // the build before a layout-free edition is written.
  if (formats.size() > (want_pdf ? 1u : 0u) && options.werror && diags.warning_count() > 0) return fail();

  // "1 page", "41 footnotes": the summary line's counts.
  auto counted = [](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", check::thousands(n), n == 1 ? one : many);
  };
  // Every edition is written and checked before any is put in place.
  PendingOutputs pending;
  std::vector<std::string> targets;
  std::vector<std::string> details;  // the summary line's "(…)" of each, in the order of `targets`
  // The layout-free editions first: they print the resolved document as the
  // resolver made it (the PDF's layout drops characters its fonts lack).
  write::EditionInfo edition_info{resolved.title, resolved.author, resolved.subject, resolved.keywords, resolved.lang,
                                  timestamp, options.internal ? layout::internal_stamp_text(timestamp) : std::string()};
  for (auto format : formats) {
    if (format == write::OutputFormat::Pdf) continue;
    std::string target = output_path(root, options, document_path, format);
    std::function<bool(const std::string&)> leak_check;
    if (guarded)
      leak_check = [&](const std::string& written) {
        return leak::check_edition_for_leaks(
            scope->values, *scanner,
            {resolved, written, fs::path(target).filename().string(), std::string(write::display_name(format))},
            exemptions, services.spoof, diags);
      };
    if (!write_edition(format, resolved, *style, edition_info, target, diags, leak_check, pending)) return fail();
    targets.push_back(target);
    details.push_back(counted(resolved.footnotes.size(), "footnote", "footnotes"));
  }

  // Outlives the block that writes it: taking libharu's document apart is
  // left until the PDF is in place (a viewer waiting for it need not wait
  // for that too).
  std::unique_ptr<pdf::PdfDocument> written;
  if (want_pdf) {
    written = std::make_unique<pdf::PdfDocument>(services.remember ? &services.writer : nullptr);
    pdf::PdfDocument& pdf = *written;
    if (!load_fonts(pdf, *style, services.font_locator(), diags)) return fail();
    pdf.set_structure(layout::document_blocks(resolved), resolved.lang);
    layout::drop_unprintable_characters(resolved, *style, pdf.metrics(), diags);
    layout::warn_if_not_hyphenated(document->lang, document->location, services.hyphenators, diags);
    layout::BreakServices break_services{pdf.metrics(), services.locales, services.hyphenators};
    pdf::DocumentInfo info{resolved.title, resolved.author, resolved.subject, resolved.keywords, resolved.lang,
                           timestamp};
    std::string stamp = options.internal ? layout::internal_stamp_text(timestamp) : std::string();
    leak::PrintedTextCollector printed(pdf.metrics());
    layout::LineMemo* line_memo = services.remember ? &services.lines : nullptr;
    if (line_memo) line_memo->begin(pdf.font_fingerprint());
    auto pages = layout::lay_out(
        resolved, *style, break_services, diags,
        [&](std::size_t index, layout::Page& page) {
          if (options.internal) layout::stamp_page(page, stamp, *style, pdf.metrics());
          if (guarded) printed.add_page(index, page);
          pdf.add_page(page, style->page_width, style->page_height);
        },
        line_memo);
    if (line_memo) line_memo->forget_unused();
    if (diags.has_errors() || (options.werror && diags.warning_count() > 0)) return fail();

    std::string target = output_path(root, options, document_path, write::OutputFormat::Pdf);
    std::function<bool(const std::string&)> leak_check;
    std::vector<leak::PrintedText> printed_texts;
    if (guarded) {
      printed_texts = printed.finish(pages.outline, info, fs::path(target).filename().string());
      leak_check = [&](const std::string& file_bytes) {
        return leak::check_for_leaks(scope->values, *scanner, {printed_texts, resolved, file_bytes}, exemptions,
                                     services.spoof, diags);
      };
    }
    if (!write_pending(pdf, pages, info, target, diags, leak_check, pending)) return fail();
    // The PDF's line comes where --format put it.
    auto at = std::find(formats.begin(), formats.end(), write::OutputFormat::Pdf) - formats.begin();
    targets.insert(targets.begin() + at, target);
    details.insert(details.begin() + at, fmt::format("{}, {}", counted(pages.pages.size(), "page", "pages"),
                                                     counted(resolved.footnotes.size(), "footnote", "footnotes")));
  }
  if (!commit_all(pending, targets, diags)) return fail();

  print_diagnostics();
  // The words as the word-count rule counts them (footnotes included), and
  // the limit of the audience when it has one.
  auto facts = check::gather_document_facts(*document, corpus, services.locales);
  std::size_t words = facts.body_words + facts.note_words;
  auto limit = check::word_limit(*document, &*style);
  std::string word_count = limit ? fmt::format("{} of {} words", check::thousands(words), check::thousands(limit->words))
                                 : fmt::format("{} words", check::thousands(words));
  if (!options.quiet)
    for (std::size_t i = 0; i < targets.size(); ++i)
      out << fmt::format("{} → {} ({}, {}{}{})\n", document_path, targets[i], details[i], word_count,
                         options.internal ? ", internal: holds confidential material" : "",
                         diags.warning_count() ? fmt::format(", {}", counted(diags.warning_count(), "warning", "warnings"))
                                               : "");
  // Every exemption from the leak check is listed, so a reviewer sees each
  // place where an author vouched for a text.
  if (!options.quiet)
    for (const auto& e : exemptions) {
      auto at = sources.line_column(e.location);
      out << fmt::format("  leak-ok {}:{}:{}: '{}' ({}){}\n", read::display_path(sources.path(e.location.file)), at.line,
                         at.column, e.text, e.reason, e.used ? "" : ": not needed, nothing confidential in it");
    }
  return exit_ok;
}

std::vector<std::string> all_documents(std::string& root, std::ostream& err) {
  std::error_code cwd_error;
  root = read::find_project_root(fs::current_path(cwd_error).string());
  if (root.empty()) {
    err << "briefc: error: --all needs to run inside a project (a folder holding sources/ and styles/)\n";
    return {};
  }
  std::vector<std::string> docs;
  std::error_code ec;
  fs::path here = fs::current_path(ec);
  for (const auto& file : read::list_folder(fs::path(root) / "sources" / "documents").files)
    docs.push_back(file.lexically_relative(here).string());
  std::sort(docs.begin(), docs.end());
  if (docs.empty()) err << "briefc: error: no documents in " << root << "/sources/documents\n";
  return docs;
}

}  // namespace

int run_build(const Options& options, std::ostream& out, std::ostream& err) {
  if (!options.source_date.error.empty()) {  // before any work: the date goes into every PDF
    err << "briefc: error: " << options.source_date.error << "\n"
        << "hint: unset it, or set it to a date in seconds, such as $(date -d 2020-11-01 +%s)\n";
    return exit_input_errors;
  }
  std::vector<std::string> documents = options.documents;
  if (options.all) {
    std::string root;
    documents = all_documents(root, err);
    if (documents.empty()) return exit_input_errors;
  }
  BuildServices services;
  int status = exit_ok;
  for (const auto& d : documents) {
    diag::SourceManager sources;
    status = std::max(status, build_one(d, options, services, out, err, sources));
  }
  return status;
}

struct BuildSession::Services : BuildServices {};

BuildSession::BuildSession() : services_(std::make_unique<Services>()) { services_->remember = true; }
BuildSession::~BuildSession() = default;

int BuildSession::build(const std::string& document, const Options& options, std::ostream& out, std::ostream& err,
                        std::vector<std::string>* inputs) {
  diag::SourceManager sources;
  int status = build_one(document, options, *services_, out, err, sources);
  services_->files.forget_unused();
  if (inputs)
    for (diag::FileId id = 1; id <= sources.size(); ++id) inputs->push_back(sources.path(id));
  return status;
}

}  // namespace briefc::cli
