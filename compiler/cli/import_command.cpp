#include "cli/import_command.hpp"

#include "check/url.hpp"
#include "import/bibtex.hpp"
#include "import/csl_json.hpp"
#include "read/input_file.hpp"
#include "read/loader.hpp"
#include "text/utf8.hpp"

#include "cli/whole_file.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace briefc::cli {

namespace {

constexpr std::uintmax_t max_import_bytes = std::uintmax_t{32} << 20;

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters have no place in XML 1.0; a reference manager's
        // stray tab or newline inside a title becomes a space.
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return out;
}

// A language from the title's letters: Cyrillic reads as Russian (Kazakh
// titles are rarer and need their own letters), anything else as English.
std::string guess_language(const std::string& title) {
  for (std::size_t i = 0; i < title.size();) {
    char32_t c = text::decode_at(title, i);
    if (c == U'ә' || c == U'ғ' || c == U'қ' || c == U'ң' || c == U'ө' || c == U'ұ' || c == U'ү' || c == U'һ' ||
        c == U'і')
      return "kk";
  }
  for (std::size_t i = 0; i < title.size();) {
    char32_t c = text::decode_at(title, i);
    if (c >= 0x0400 && c <= 0x04FF) return "ru";
  }
  return "en";
}

std::string record(const import::ImportedSource& s, const std::string& id, bool guessed_lang) {
  std::string out = fmt::format("  <source id=\"{}\" kind=\"{}\" lang=\"{}\"", id, s.kind, s.lang);
  if (!s.url.empty()) out += fmt::format("\n          url=\"{}\"", escape(s.url));
  if (!s.title.empty()) out += fmt::format("\n          title=\"{}\"", escape(s.title));
  if (!s.publisher.empty()) out += fmt::format(" publisher=\"{}\"", escape(s.publisher));
  if (!s.date.empty()) out += fmt::format(" date=\"{}\"", escape(s.date));
  out += "/>";
  if (guessed_lang) out += "  <!-- lang guessed from the title -->";
  return out + "\n";
}


}  // namespace

int run_import(const Options& options, std::ostream& out, std::ostream& err) {
  const std::string& file = options.documents.front();
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    err << fmt::format("briefc: error: {}: not a file that can be read\n", file);
    return exit_input_errors;
  }
  if (fs::file_size(file, ec) > max_import_bytes) {
    err << fmt::format("briefc: error: {}: larger than 32 MiB; not read\n", file);
    return exit_input_errors;
  }
  // Read without blocking and only as a regular file (read/input_file.hpp).
  std::string text = read::read_input_file(file, max_import_bytes).bytes;
  if (!text::is_valid_utf8(text)) {
    err << fmt::format("briefc: error: {}: not UTF-8 (export it as UTF-8 from the reference manager)\n", file);
    return exit_input_errors;
  }
  std::string ext = fs::path(file).extension().string();
  std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  bool json = ext == ".json" || (ext != ".bib" && first != std::string::npos && (text[first] == '[' || text[first] == '{'));
  auto result = json ? import::read_csl_json(text) : import::read_bibtex(text);
  if (!result.error.empty()) {
    err << fmt::format("briefc: error: {}: {}\n", file, result.error);
    return exit_input_errors;
  }

  // The project's records, for ids and URLs already there.
  std::string root = read::find_project_root(fs::current_path().string());
  if (root.empty()) {
    err << "briefc: error: import needs to run inside a project (a folder holding sources/ and styles/)\n";
    return exit_input_errors;
  }
  diag::SourceManager sources;
  diag::Diagnostics quiet;
  model::Corpus corpus;
  {
    read::Loader loader(sources, quiet, corpus, read::LoaderOptions{root, false});
    for (const char* folder : {"sources/records", "sources/recommendations"})
      if (fs::is_directory(fs::path(root) / folder, ec)) loader.load_records((fs::path(root) / folder).string());
  }
  auto where_is = [&](const diag::SourceLocation& loc) {
    auto lc = sources.line_column(loc);
    return fmt::format("{}:{}", read::display_path(sources.path(loc.file)), lc.line);
  };
  std::map<std::string, std::string> by_url;  // normalised URL → where the record is
  for (const auto& s : corpus.sources)
    if (!s.url.empty()) by_url.emplace(check::normalise_url(s.url), fmt::format("'{}' ({})", s.id, where_is(s.location)));

  std::string records;
  std::size_t written = 0, skipped = 0;
  for (const auto& p : result.problems) {
    err << fmt::format("{}: warning: {}\n", file, p);
    ++skipped;
  }
  for (auto s : result.sources) {
    std::string id = import::source_id(s.key);
    auto skip = [&](const std::string& why) {
      err << fmt::format("{}: warning: {}: {}; not imported\n", file, s.where, why);
      ++skipped;
    };
    if (s.url.empty() && s.title.empty()) {
      skip("no URL and no title");
      continue;
    }
    if (const auto* existing = corpus.source(id)) {
      skip(fmt::format("a record '{}' exists ({}), and a hand-edited record is never replaced", id,
                       where_is(existing->location)));
      continue;
    }
    if (corpus.index.count(id)) {
      skip(fmt::format("the id '{}' is taken by another record", id));
      continue;
    }
    if (!s.url.empty()) {
      std::string key = check::normalise_url(s.url);
      if (auto it = by_url.find(key); it != by_url.end()) {
        skip(fmt::format("the same URL as {}", it->second));
        continue;
      }
      by_url.emplace(key, fmt::format("'{}' (imported above)", id));
    }
    corpus.index.emplace(id, model::RecordRef{model::RecordKind::Source, 0});  // taken from now on
    bool guessed = s.lang.empty();
    if (guessed) s.lang = guess_language(s.title);
    records += record(s, id, guessed);
    ++written;
  }

  fs::path target = options.output.empty() ? fs::path(root) / "sources" / "records" / "imported.xml"
                                           : fs::path(options.output);
  if (written > 0) {
    std::string content;
    if (fs::exists(target, ec)) {
      // A FIFO named by --into would block an ifstream forever: regular files only.
      read::InputBytes existing = read::read_input_file(target.string(), max_import_bytes);
      if (existing.status != read::InputStatus::Ok) {
        err << fmt::format("briefc: error: {}: not a regular file that can be read; nothing written\n", target.string());
        return exit_input_errors;
      }
      content = std::move(existing.bytes);
      std::size_t close = content.rfind("</records>");
      if (close == std::string::npos) {
        err << fmt::format("briefc: error: {} has no closing </records>; nothing written\n", target.string());
        return exit_input_errors;
      }
      content.insert(close, fmt::format("  <!-- imported from {} -->\n{}", fs::path(file).filename().string(), records));
    } else {
      content = fmt::format(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Sources imported from {} with briefc import. -->\n"
          "<records>\n{}</records>\n",
          fs::path(file).filename().string(), records);
    }
    std::string error;
    if (!write_whole_file(target, content, error)) {
      err << "briefc: error: " << error << "\n";
      return exit_input_errors;
    }
  }
  out << fmt::format("{}: {} source(s) imported into {}, {} not imported\n", file, written,
                     read::display_path(target.string()), skipped);
  return exit_ok;
}

}  // namespace briefc::cli
