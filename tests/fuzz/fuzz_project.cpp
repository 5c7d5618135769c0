#include "fuzz_project.hpp"

#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "cli/options.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;

namespace briefc::fuzz {

namespace {

// The project every input of this process is built in. libFuzzer calls the
// target once per input with nothing but the bytes, so the folder is made on
// the first call and kept for the life of the process (removed at exit).
class ScratchProject {
public:
  ScratchProject() {
    std::string pattern = (fs::temp_directory_path() / "briefc-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("briefc fuzz: cannot create a temporary folder");
    root_ = pattern;
    fs::copy(BRIEFC_FUZZ_PROJECT, root_, fs::copy_options::recursive);
    fs::create_directories(root_ / "output");
    // doc.xml set in the fuzzed style.
    std::ifstream in(root_ / "sources/documents/doc.xml");
    std::stringstream text;
    text << in.rdbuf();
    std::string styled = text.str();
    styled.replace(styled.find("style=\"plain\""), 13, "style=\"fuzz\"");
    std::ofstream(root_ / "sources/documents/styled.xml") << styled;
    fs::current_path(root_);
  }
  ~ScratchProject() {
    std::error_code ec;
    fs::current_path(fs::temp_directory_path(), ec);
    fs::remove_all(root_, ec);
  }

private:
  fs::path root_;
};

// The diagnostics are not the finding (a crash or a hang is): they are
// dropped, unless BRIEFC_FUZZ_VERBOSE is set for looking into one input.
int build(const std::string& document) {
  std::ostringstream out, err;
  const bool verbose = std::getenv("BRIEFC_FUZZ_VERBOSE") != nullptr;
  cli::Options options;
  options.documents = {document};
  options.command = cli::Command::Check;
  // check reports every problem build would: a build only runs on what passes.
  int checked = cli::run_check(options, out, err);
  if (checked == cli::exit_ok) {
    options.command = cli::Command::Build;
    // Every edition: the DOCX and HTML writers see what the PDF's layout sees.
    options.output_dir = "output";
    options.formats = {write::OutputFormat::Pdf, write::OutputFormat::Docx, write::OutputFormat::Html};
    options.source_date = cli::parse_source_date_epoch("1700000000");
    cli::run_build(options, out, err);
  }
  if (verbose) std::cerr << err.str() << out.str();
  return 0;
}

}  // namespace

std::string_view root_element(InputKind kind) {
  switch (kind) {
    case InputKind::Document: return "document";
    case InputKind::Records: return "records";
    case InputKind::Style: return "style";
  }
  return "document";
}

int run_one(InputKind kind, const std::uint8_t* data, std::size_t size) {
  static ScratchProject project;
  const char* input = kind == InputKind::Document  ? "sources/documents/fuzz.xml"
                      : kind == InputKind::Records ? "sources/records/records.xml"
                                                   : "styles/fuzz.xml";
  {
    std::ofstream out(input, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  return build(kind == InputKind::Document  ? "sources/documents/fuzz.xml"
               : kind == InputKind::Records ? "sources/documents/doc.xml"
                                            : "sources/documents/styled.xml");
}

}  // namespace briefc::fuzz
