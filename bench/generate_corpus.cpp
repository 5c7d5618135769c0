// briefc_generate_corpus: writes a synthetic, deterministic briefc project for
// benchmarks (see bench/README.md).
//
//   briefc_generate_corpus --out DIR [--pages N] [--cases N] [--sources N]
//                          [--styles DIR] [--id DOCUMENT-ID] [--seed N] [--confidential N]
#include "project_generator.hpp"

#include <cstdlib>
#include <iostream>
#include <string>

#ifndef BRIEFC_BENCH_STYLES_DIR
#define BRIEFC_BENCH_STYLES_DIR "styles"
#endif

namespace {

const char* usage =
    "Usage: briefc_generate_corpus --out DIR [options]\n"
    "\n"
    "Writes a synthetic briefc project into DIR: sources/records, sources/recommendations,\n"
    "one document in sources/documents and copies of the styles. The same options always\n"
    "give the same files.\n"
    "\n"
    "  --out DIR        the project folder to write (created; existing files are overwritten)\n"
    "  --pages N        approximate page count of the document (default 16)\n"
    "  --cases N        number of cases in the corpus (default: what the document needs)\n"
    "  --sources N      number of sources (default: five per case)\n"
    "  --styles DIR     folder of style files to copy (default: the repository's styles/)\n"
    "  --id ID          document id and file name (default briefing-Np)\n"
    "  --seed N         random seed (default 20201125)\n"
    "  --confidential N N confidential persons (and N/10 sources and cases) in\n"
    "                   sources/confidential/, which the document does not include (default 0)\n";

bool parse_count(const std::string& text, unsigned long long& out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::strtoull(text.c_str(), nullptr, 10);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  briefc::bench::ProjectSpec spec;
  spec.styles = BRIEFC_BENCH_STYLES_DIR;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    }
    if (i + 1 >= argc) {
      std::cerr << "briefc_generate_corpus: " << arg << " needs a value (or is unknown)\n" << usage;
      return 2;
    }
    std::string value = argv[++i];
    unsigned long long n = 0;
    bool numeric = parse_count(value, n);
    if (arg == "--out") spec.out = value;
    else if (arg == "--styles") spec.styles = value;
    else if (arg == "--id") spec.document_id = value;
    else if (arg == "--pages" && numeric && n > 0) spec.pages = static_cast<double>(n);
    else if (arg == "--cases" && numeric && n > 0) spec.cases = n;
    else if (arg == "--sources" && numeric && n > 0) spec.sources = n;
    else if (arg == "--seed" && numeric) spec.seed = n;
    else if (arg == "--confidential" && numeric) spec.confidential = n;
    else {
      std::cerr << "briefc_generate_corpus: bad option " << arg << " " << value << "\n" << usage;
      return 2;
    }
  }
  if (spec.out.empty()) {
    std::cerr << "briefc_generate_corpus: --out is required\n" << usage;
    return 2;
  }
  try {
    auto s = briefc::bench::generate_project(spec);
    std::cout << spec.out.string() << ": " << s.cases << " cases, " << s.persons << " persons, " << s.sources
              << " sources in " << s.files << " files\n"
              << s.document.string() << ": about " << static_cast<int>(s.estimated_pages + 0.5) << " pages, "
              << s.estimated_footnotes << " footnotes, " << s.cases_in_document << " cases\n";
  } catch (const std::exception& e) {
    std::cerr << "briefc_generate_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
