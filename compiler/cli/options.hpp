// The command line: what the user asked for, parsed once into plain values.
//
//   briefc build DOC.xml [DOC.xml …] [--format pdf|docx|html[,…]] [-o FILE.pdf|.docx|.html] [--styles DIR] [--output-dir DIR]
//   briefc build --all
//   briefc diff OLD.xml NEW.xml
//   briefc check DOC.xml … | --all [--format=text|json|sarif] [--werror] [--show-silenced] | --list-rules
//   briefc init [DIR] --audience eu-dialogue|un-treaty-body|upr|periodic-update [--lang en|ru|kk]
//   briefc import sources FILE [--into RECORDS.xml]
//   briefc watch DOC.xml [build options] [--builds N]
//   briefc --help | --version
#pragma once

#include "cli/source_date.hpp"
#include "write/output_format.hpp"

#include <optional>
#include <string>
#include <vector>

namespace briefc::cli {

enum class Command { Build, Check, Diff, Init, Import, Watch, Help, Version };

struct Options {
  Command command = Command::Help;
  std::vector<std::string> documents;
  bool all = false;
  std::string output;        // -o: the file for a single document (its extension names the format)
  // build --format pdf,docx,html: the editions to write, in order. parse_options
  // fills it from -o's extension when --format is not given; empty means
  // that, or the PDF (build_formats in cli/edition_output.hpp decides).
  std::vector<write::OutputFormat> formats;
  std::string output_dir;    // --output-dir: where --all writes (default PROJECT/output)
  std::string styles_dir;    // --styles: where styles are looked up (default PROJECT/styles)
  bool allow_outside_project = false;
  bool werror = false;
  bool quiet = false;
  bool internal = false;     // --internal: include confidential material, stamp every page, write NAME.internal.pdf
  bool color = false;        // colour the diagnostics; main sets it when stderr is a terminal
  std::string period;        // --period FROM..TO: replaces the document's <period> (checked by parse_options)
  std::string format = "text";  // check --format: text (compiler style), json, sarif (SARIF 2.1.0)
  bool list_rules = false;   // check --list-rules: print the rule table
  bool show_silenced = false;  // check --show-silenced: also list findings silenced by check-ignore
  bool stats = false;          // check --stats: words and footnotes per section of each document
  // --error-limit N: errors printed before the rest are only counted (0: all).
  // A pasted paragraph with thousands of bad citations should not bury the
  // first, most useful ones (Clang's -ferror-limit, same default).
  std::size_t error_limit = 50;
  // SOURCE_DATE_EPOCH, read by main from the environment (tests set it here).
  SourceDate source_date;
  std::string init_audience;   // init --audience (checked by parse_options); the folder is documents[0]
  std::string init_lang = "en";  // init --lang: en, ru or kk
  std::size_t watch_builds = 0;  // watch --builds N: stop after N builds (for tests and benchmarks); 0: never
  // Whether `check` frees what it loaded before returning. main clears it,
  // as the process ends right after: the operating system takes the memory
  // back at once, where freeing a large corpus record by record took a tenth
  // of a `check --all` (Clang's driver skips the same work: -disable-free).
  bool free_memory_at_end = true;
};

// Exit codes, as the README documents them.
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_usage = 2;

// Parses argv; on a usage error returns nothing and sets `error`.
std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error);

std::string help_text();

}  // namespace briefc::cli
