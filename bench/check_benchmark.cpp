// briefc_check_benchmark: times `briefc check --all` on generated corpora, to
// show it stays under a second at 10,000 cases and 50,000 sources and grows
// linearly (name matching, duplicate detection and every other rule are
// linear or n·log n; nothing compares all pairs).
//
//   briefc_check_benchmark --briefc PATH [--cases 2500,5000,10000] [--sources-per-case 5]
//                          [--runs N] [--target-ms 1000] [--keep DIR]
//
// For each size it generates a project with bench/project_generator (one
// document of 16 pages over the whole corpus, as `--cases N --sources M` of
// briefc_generate_corpus), runs `briefc check --all --format=json` inside it
// once to warm the page cache and then --runs times, and prints
//   cases=N sources=M files=F wall_median=… ms cpu_median=… ms peak_rss=… MB findings=K
// then fits time = fixed + per_case × cases over the sizes so linearity can be
// judged: a quadratic step would show as a per-case cost that grows with N.
// JSON output keeps the measurement on the checker, not on rendering
// thousands of warnings to a terminal.
#include "child_process.hpp"
#include "project_generator.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#ifndef BRIEFC_BENCH_STYLES_DIR
#define BRIEFC_BENCH_STYLES_DIR "styles"
#endif

namespace fs = std::filesystem;

namespace {

const char* usage =
    "Usage: briefc_check_benchmark --briefc PATH [options]\n"
    "\n"
    "  --briefc PATH            the briefc executable to measure (required)\n"
    "  --cases LIST             corpus sizes in cases (default 2500,5000,10000)\n"
    "  --sources-per-case N     sources per case (default 5: 10,000 cases → 50,000 sources)\n"
    "  --runs N                 timed runs per size after one warm-up (default 3)\n"
    "  --target-ms X            judge the largest size's median against X ms (default 1000)\n"
    "  --styles DIR             styles to copy into the projects (default: the repository's)\n"
    "  --keep DIR               write the projects into DIR and keep them\n";

struct Options {
  std::string briefc;
  std::vector<std::size_t> cases = {2500, 5000, 10000};
  std::size_t sources_per_case = 5;
  int runs = 3;
  double target_ms = 1000;
  std::string styles = BRIEFC_BENCH_STYLES_DIR;
  std::string keep;
};

std::optional<Options> parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") return std::nullopt;
    if (i + 1 >= argc) return std::nullopt;
    std::string v = argv[++i];
    if (a == "--briefc") o.briefc = fs::absolute(v).string();
    else if (a == "--cases") {
      o.cases.clear();
      std::istringstream in(v);
      std::string item;
      while (std::getline(in, item, ',')) o.cases.push_back(std::stoul(item));
    } else if (a == "--sources-per-case") o.sources_per_case = std::stoul(v);
    else if (a == "--runs") o.runs = std::max(1, std::stoi(v));
    else if (a == "--target-ms") o.target_ms = std::stod(v);
    else if (a == "--styles") o.styles = v;
    else if (a == "--keep") o.keep = v;
    else return std::nullopt;
  }
  if (o.briefc.empty() || o.cases.empty()) return std::nullopt;
  return o;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  auto options = parse(argc, argv);
  if (!options) {
    std::cerr << usage;
    return 2;
  }
  fs::path base = options->keep.empty() ? fs::temp_directory_path() / "briefc-check-benchmark" : fs::path(options->keep);
  fs::path start = fs::current_path();
  struct Point {
    double cases, ms;
  };
  std::vector<Point> points;
  bool ok = true;
  for (auto cases : options->cases) {
    briefc::bench::ProjectSpec spec;
    spec.out = base / ("cases-" + std::to_string(cases));
    spec.styles = options->styles;
    spec.cases = cases;
    spec.sources = cases * options->sources_per_case;
    fs::remove_all(spec.out);
    auto summary = briefc::bench::generate_project(spec);
    fs::current_path(spec.out);
    std::vector<std::string> argv_check = {options->briefc, "check", "--all", "--format=json"};
    auto warm = briefc::bench::run_child(argv_check);
    std::vector<double> wall, cpu;
    long rss = 0;
    for (int r = 0; r < options->runs; ++r) {
      auto run = briefc::bench::run_child(argv_check);
      wall.push_back(run.wall_ms);
      cpu.push_back(run.cpu_ms);
      rss = std::max(rss, run.peak_rss_kib);
    }
    fs::current_path(start);
    std::size_t findings = count(warm.output, "{\"rule\": ");
    std::size_t errors = count(warm.output, "\"severity\": \"error\"");
    std::cout << "cases=" << summary.cases << " sources=" << summary.sources << " persons=" << summary.persons
              << " files=" << summary.files << " wall_median=" << median(wall) << " ms cpu_median=" << median(cpu)
              << " ms peak_rss=" << static_cast<double>(rss) / 1024.0 << " MB findings=" << findings << " (errors " << errors
              << ") exit=" << warm.exit_code << "\n";
    if (warm.exit_code > 1) {
      std::cerr << "briefc check failed:\n" << warm.output.substr(0, 2000) << "\n";
      ok = false;
    }
    points.push_back({static_cast<double>(summary.cases), median(wall)});
    if (options->keep.empty()) fs::remove_all(spec.out);
  }
  if (points.size() >= 2) {
    // Least squares: ms = fixed + per_case × cases.
    double n = static_cast<double>(points.size()), sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (auto p : points) {
      sx += p.cases;
      sy += p.ms;
      sxx += p.cases * p.cases;
      sxy += p.cases * p.ms;
    }
    double per_case = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double fixed = (sy - per_case * sx) / n;
    std::cout << "fit: ms = " << fixed << " + " << per_case * 1000 << " µs × cases";
    for (auto p : points) std::cout << "; " << p.cases << " cases: " << p.ms / p.cases * 1000 << " µs/case";
    std::cout << "\n";
  }
  double largest = points.back().ms;
  std::cout << "target: " << largest << " ms " << (largest < options->target_ms ? "<" : ">=") << " "
            << options->target_ms << " ms: " << (largest < options->target_ms ? "met" : "NOT met") << "\n";
  if (options->keep.empty()) fs::remove_all(base);
  return ok ? 0 : 1;
}
