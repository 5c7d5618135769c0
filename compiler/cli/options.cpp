#include "cli/options.hpp"

namespace briefc::cli {

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
  if (first != "build") {
    error = "unknown command '" + first + "'";
    return std::nullopt;
  }
  o.command = Command::Build;
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
    } else if (a == "--allow-outside-project") o.allow_outside_project = true;
    else if (a == "--werror") o.werror = true;
    else if (a == "-q" || a == "--quiet") o.quiet = true;
    else if (a == "--help" || a == "-h") {
      o.command = Command::Help;
      return o;
    } else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "'";
      return std::nullopt;
    } else o.documents.push_back(a);
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
  return o;
}

std::string help_text() {
  return R"(briefc — compiles human-rights briefings from structured records into PDF

Usage:
  briefc build DOC.xml [DOC.xml …] [options]   compile documents
  briefc build --all [options]                 compile every document in sources/documents/
  briefc --help                                this text
  briefc --version                             the version

Options for build:
  -o, --output FILE.pdf     where to write the PDF (one document only);
                            default: output/NAME.pdf in the project folder
  --output-dir DIR          folder for the PDFs (default: PROJECT/output)
  --styles DIR              folder of style files (default: PROJECT/styles)
  --allow-outside-project   let <include> reach files outside the project folder
  --werror                  treat warnings as errors (no PDF is written)
  -q, --quiet               print only diagnostics

The project folder is the nearest folder above the document that holds both
sources/ and styles/. Reproducible output: the PDF's dates come from
SOURCE_DATE_EPOCH when set, otherwise from the document's date.

Exit status: 0 success, 1 errors in the input (nothing written),
2 wrong usage.
)";
}

}  // namespace briefc::cli
