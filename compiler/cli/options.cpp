#include "cli/options.hpp"

#include "cli/init_command.hpp"

#include "resolve/period.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace briefc::cli {

namespace {

namespace fs = std::filesystem;

// "docx and html"
std::string format_list(const std::vector<write::OutputFormat>& formats) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i) out += i + 1 == formats.size() ? " and " : ", ";
    out += write::display_name(formats[i]);
  }
  return out;
}

// briefc init [DIR] --audience A [--lang L]
std::optional<Options> parse_init(const std::vector<std::string>& args, std::string& error) {
  Options o;
  o.command = Command::Init;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--audience" || a == "--lang") && i + 1 >= args.size()) {
      error = a + " needs a value";
      return std::nullopt;
    }
    if (a == "--audience") o.init_audience = args[++i];
    else if (a == "--lang") o.init_lang = args[++i];
    else if (a == "--help" || a == "-h") o.command = Command::Help;
    else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "' for init";
      return std::nullopt;
    } else o.documents.push_back(a);
  }
  if (o.command == Command::Help) return o;
  const auto audiences = init_audiences();
  if (std::find(audiences.begin(), audiences.end(), o.init_audience) == audiences.end()) {
    std::string choices;
    for (std::size_t i = 0; i < audiences.size(); ++i)
      choices += (i == 0 ? "" : i + 1 == audiences.size() ? " or " : ", ") + std::string(audiences[i]);
    error = o.init_audience.empty() ? fmt::format("init needs --audience {}", choices)
                                    : fmt::format("unknown audience '{}': {}", o.init_audience, choices);
    return std::nullopt;
  }
  if (o.init_lang != "en" && o.init_lang != "ru" && o.init_lang != "kk") {
    error = "--lang is en, ru or kk, not '" + o.init_lang + "'";
    return std::nullopt;
  }
  if (o.documents.size() > 1) {
    error = "init makes one project: briefc init [DIR] --audience …";
    return std::nullopt;
  }
  return o;
}

// briefc import sources FILE [--into RECORDS.xml]; the file is documents[0],
// the target `output`.
std::optional<Options> parse_import(const std::vector<std::string>& args, std::string& error) {
  Options o;
  o.command = Command::Import;
  if (args.size() < 2 || args[1] != "sources") {
    error = "import takes what to import and a file: briefc import sources FILE.json|FILE.bib";
    return std::nullopt;
  }
  for (std::size_t i = 2; i < args.size(); ++i) {
    if (args[i] == "--into") {
      if (i + 1 >= args.size()) {
        error = "--into needs a records file";
        return std::nullopt;
      }
      o.output = args[++i];
    } else if (!args[i].empty() && args[i][0] == '-') {
      error = "unknown option '" + args[i] + "' for import";
      return std::nullopt;
    } else {
      o.documents.push_back(args[i]);
    }
  }
  if (o.documents.size() != 1) {
    error = "import reads one file: briefc import sources FILE.json|FILE.bib";
    return std::nullopt;
  }
  return o;
}

}  // namespace

std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error) {
  Options o;
  if (args.empty()) {
    error = "no command given";
    return std::nullopt;
  }
  std::size_t i = 0;
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") {
    o.command = Command::Help;
    return o;
  }
  if (first == "--version" || first == "version") {
    o.command = Command::Version;
    return o;
  }
  if (first == "init") return parse_init(args, error);
  if (first == "import") return parse_import(args, error);
  if (first != "build" && first != "diff" && first != "check" && first != "watch") {
    error = "unknown command '" + first + "'";
    return std::nullopt;
  }
  o.command = first == "diff"    ? Command::Diff
              : first == "check" ? Command::Check
              : first == "watch" ? Command::Watch
                                 : Command::Build;
  for (i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> std::optional<std::string> {
      if (i + 1 >= args.size()) {
        error = std::string(name) + " needs a value";
        return std::nullopt;
      }
      return args[++i];
    };
    if (a == "--all") o.all = true;
    else if (o.command == Command::Watch && a == "--builds") {
      auto v = value("--builds");
      if (!v) return std::nullopt;
      if (v->empty() || v->find_first_not_of("0123456789") != std::string::npos || v->size() > 9) {
        error = "--builds needs a number, not '" + *v + "'";
        return std::nullopt;
      }
      o.watch_builds = std::stoul(*v);
    }
    else if (a == "-o" || a == "--output") {
      auto v = value("-o");
      if (!v) return std::nullopt;
      o.output = *v;
    } else if (a == "--output-dir") {
      auto v = value("--output-dir");
      if (!v) return std::nullopt;
      o.output_dir = *v;
    } else if (a == "--styles") {
      auto v = value("--styles");
      if (!v) return std::nullopt;
      o.styles_dir = *v;
    } else if (a == "--period") {
      auto v = value("--period");
      if (!v) return std::nullopt;
      if (!resolve::parse_period(*v, error)) return std::nullopt;
      o.period = *v;
    } else if (a == "--error-limit" || a.rfind("--error-limit=", 0) == 0) {
      auto v = a == "--error-limit" ? value("--error-limit") : std::optional<std::string>(a.substr(14));
      if (!v) return std::nullopt;
      if (v->empty() || v->size() > 9 || v->find_first_not_of("0123456789") != std::string::npos) {
        error = "--error-limit takes a number of errors (0: no limit), not '" + *v + "'";
        return std::nullopt;
      }
      o.error_limit = std::stoul(*v);
    } else if (o.command == Command::Check && (a == "--format" || a.rfind("--format=", 0) == 0)) {
      auto v = a == "--format" ? value("--format") : std::optional<std::string>(a.substr(9));
      if (!v) return std::nullopt;
      if (*v != "text" && *v != "json" && *v != "sarif") {
        error = "--format is text, json or sarif, not '" + *v + "'";
        return std::nullopt;
      }
      o.format = *v;
    } else if ((o.command == Command::Build || o.command == Command::Watch) &&
               (a == "--format" || a.rfind("--format=", 0) == 0)) {
      auto v = a == "--format" ? value("--format") : std::optional<std::string>(a.substr(9));
      if (!v) return std::nullopt;
      auto formats = write::parse_format_list(*v, error);
      if (!formats) return std::nullopt;
      for (auto f : *formats)
        if (std::find(o.formats.begin(), o.formats.end(), f) == o.formats.end()) o.formats.push_back(f);
    } else if (o.command == Command::Check && a == "--list-rules") o.list_rules = true;
    else if (o.command == Command::Check && a == "--show-silenced") o.show_silenced = true;
    else if (o.command == Command::Check && a == "--stats") o.stats = true;
    else if (a == "--allow-outside-project") o.allow_outside_project = true;
    else if (a == "--werror") o.werror = true;
    else if (a == "--internal") o.internal = true;
    else if (a == "-q" || a == "--quiet") o.quiet = true;
    else if (a == "--help" || a == "-h") {
      o.command = Command::Help;
      return o;
    } else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "'";
      return std::nullopt;
    } else o.documents.push_back(a);
  }
  if (o.command == Command::Diff) {
    if (o.documents.size() != 2 || o.all || !o.output.empty() || !o.period.empty()) {
      error = "diff takes two documents and no build options but --internal: briefc diff OLD.xml NEW.xml";
      return std::nullopt;
    }
    return o;
  }
  if (o.command == Command::Watch) {
    if (o.documents.size() != 1 || o.all) {
      error = "watch follows one document: briefc watch sources/documents/NAME.xml";
      return std::nullopt;
    }
  }
  if (o.command == Command::Check) {
    if (!o.output.empty() || !o.output_dir.empty()) {
      error = "check writes no PDF: -o and --output-dir are build options";
      return std::nullopt;
    }
    if (o.list_rules) return o;
    if (o.all == !o.documents.empty()) {
      error = "check needs documents (briefc check sources/documents/NAME.xml) or --all, not both";
      return std::nullopt;
    }
    return o;
  }
  if (o.all && !o.documents.empty()) {
    error = "give either --all or document files, not both";
    return std::nullopt;
  }
  if (!o.all && o.documents.empty()) {
    error = "build needs a document (briefc build sources/documents/NAME.xml) or --all";
    return std::nullopt;
  }
  if (!o.output.empty() && (o.all || o.documents.size() != 1)) {
    error = "-o names the PDF of a single document";
    return std::nullopt;
  }
  if (o.output.empty()) return o;
  // -o's extension says what to write: .pdf, .docx or .html; it must agree
  // with --format, which can then name only that one format.
  auto by_name = write::format_of_path(o.output);
  if (!by_name) {
    error = fmt::format("-o names a file briefc cannot write: '{}' (the name must end in .pdf, .docx or .html)",
                        o.output);
    return std::nullopt;
  }
  if (!o.formats.empty() && (o.formats.size() != 1 || o.formats.front() != *by_name)) {
    error = fmt::format("-o '{}' is a {} file, but --format asks for {}; -o names one file: give the format its "
                        "extension, or leave -o out to write each format to output/",
                        o.output, write::display_name(*by_name), format_list(o.formats));
    return std::nullopt;
  }
  o.formats = {*by_name};
  std::string_view ext = write::extension(*by_name);
  // An internal edition holds confidential material: its name says so, and it
  // can never take the place of a public one (nor a public build that of an internal one).
  std::string stem = fs::path(o.output).stem().string();
  bool internal_name = stem.size() >= 9 && stem.compare(stem.size() - 9, 9, ".internal") == 0;
  if (o.internal && !internal_name) {
    error = fmt::format("with --internal, -o must name a file ending in .internal{} "
                        "(an internal build never replaces a public {})",
                        ext, write::display_name(*by_name));
    return std::nullopt;
  }
  if (!o.internal && internal_name) {
    error = fmt::format("-o names an internal {} (.internal{}); add --internal, or name the public {} otherwise",
                        write::display_name(*by_name), ext, write::display_name(*by_name));
    return std::nullopt;
  }
  return o;
}

std::string help_text() {
  return R"(briefc — compiles human-rights briefings from structured records into PDF, Word and web pages

Usage:
  briefc build DOC.xml [DOC.xml …] [options]   compile documents
  briefc build --all [options]                 compile every document in sources/documents/
  briefc diff OLD.xml NEW.xml [--internal]     what changed between two editions of a paper
  briefc check DOC.xml … | --all [options]     check citations, sources, names, dates (no PDF)
  briefc check --list-rules                    the rules check applies, with their ids
  briefc watch DOC.xml [options]               build, then build again whenever a file is saved
  briefc import sources FILE [--into RECORDS.xml]
                                               source records from CSL-JSON (.json) or BibTeX (.bib)
  briefc init [DIR] --audience A [--lang L]    start a new project that builds at once
                            (A: eu-dialogue, un-treaty-body, upr, hrc-statement, periodic-update;
                            L: en (default), ru, kk)
  briefc --help                                this text
  briefc --version                             the version

Options for build:
  --format pdf|docx|html    what to write: the typeset PDF (default), a Word
                            document, a self-contained web page; several as a
                            comma list (--format pdf,docx,html)
  -o, --output FILE         where to write (one document only): FILE.pdf,
                            FILE.docx or FILE.html, the extension naming the
                            format; default: output/NAME.pdf (.docx, .html) in
                            the project folder
  --output-dir DIR          folder for the PDFs (default: PROJECT/output)
  --styles DIR              folder of style files (default: PROJECT/styles)
  --allow-outside-project   let <include> reach files outside the project folder
  --internal                include confidential material; every page is stamped
                            "CONFIDENTIAL — internal use only" and the PDF is
                            NAME.internal.pdf (public builds leave it out and
                            check the PDF for leaks)
  --period FROM..TO         the reporting period, in place of the document's
                            <period> (2024-05-01..2024-11-10, 2020-11..2021-12)
  --werror                  treat warnings as errors (no PDF is written)
  --error-limit N           print at most N errors (default 50; 0: all of them)
  -q, --quiet               print only diagnostics

Options for check (it also takes --styles, --allow-outside-project, --period,
--werror, --error-limit):
  --internal                show confidential values in the report; without it,
                            check and diff print each as its public wording or
                            "[withheld]", as a public PDF would
  --format=text|json|sarif  diagnostics as text (default), JSON, or SARIF 2.1.0
                            on standard output for code-scanning services
  --show-silenced           also list the findings check-ignore marks silence
  --stats                   words and footnotes of each document, section by section
  --list-rules              every rule: id, severity, what it finds
  Silence one finding on purpose with check-ignore="rule-id: reason" on the
  element. build runs the error rules first and writes no PDF with errors.

The project folder is the nearest folder above the document that holds both
sources/ and styles/. Reproducible output: the PDF's dates come from
SOURCE_DATE_EPOCH when set (an empty or malformed value is an error),
otherwise from the document's date.

Exit status: 0 success, 1 errors in the input (nothing written),
2 wrong usage.
)";
}

}  // namespace briefc::cli
