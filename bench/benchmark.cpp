// briefc_benchmark: times the real briefc executable on documents.
//
//   briefc_benchmark --briefc PATH [--runs N] [--target-ms X] [--target-mb Y]
//                    [--keep-pdf DIR] [--format pdf|docx|html] DOC.xml…
//   briefc_benchmark --briefc PATH --scaling [--pages 30,90,270] [--runs N]
//                    [--styles DIR] [--keep DIR]
//
// Each document is built once to warm the page cache, then --runs times; the
// line printed per document is
//   DOC pages=P footnotes=F wall_min=… ms wall_median=… ms peak_rss=… MB
// (MB = MiB, the largest ru_maxrss of the timed runs), followed by the median
// CPU time (user + system), which a busy machine distorts far less than wall
// time: when the two differ much, other processes were competing for the CPU.
// The targets are judged on the median wall time. --scaling generates a
// document of each page count in a temporary project and adds ms/page, then
// fits time = fixed + per_page × pages so that linearity can be judged, and
// fails when the cost of an added page grows by more than half over the series.
#include "child_process.hpp"
#include "project_generator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#ifndef BRIEFC_BENCH_STYLES_DIR
#define BRIEFC_BENCH_STYLES_DIR "styles"
#endif

namespace fs = std::filesystem;
using briefc::bench::ChildRun;

namespace {

const char* usage =
    "Usage: briefc_benchmark --briefc PATH [options] DOC.xml...\n"
    "       briefc_benchmark --briefc PATH --scaling [options]\n"
    "\n"
    "  --briefc PATH     the briefc executable to measure (required)\n"
    "  --runs N          timed runs per document, after one warm-up (default 5)\n"
    "  --target-ms X     report whether the median wall time is under X ms\n"
    "  --target-mb Y     report whether the peak RSS is under Y MB\n"
    "  --keep-pdf DIR    leave the PDFs in DIR (default: a temporary folder, removed)\n"
    "  --format F        build the pdf (default), docx or html edition\n"
    "  --scaling         generate documents of --pages sizes and print ms/page\n"
    "  --pages LIST      page counts for --scaling (default 30,90,270)\n"
    "  --styles DIR      styles to copy into generated projects (default: the repository's)\n"
    "  --keep DIR        write the generated projects into DIR and keep them\n";

struct Options {
  std::string briefc;
  int runs = 5;
  std::optional<double> target_ms, target_mb;
  std::string keep_pdf;
  std::string format = "pdf";  // the edition built: its extension on the output file names it
  bool scaling = false;
  std::vector<int> pages = {30, 90, 270};
  std::string styles = BRIEFC_BENCH_STYLES_DIR;
  std::string keep;
  std::vector<std::string> documents;
};

struct Measurement {
  int pages = 0, footnotes = 0;
  double wall_min = 0, wall_median = 0;
  double cpu_median = 0;
  double peak_rss_mb = 0;
};

// A temporary folder that is removed again unless told to keep it.
class TempDir {
public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/briefc-bench-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Measurement measure(const Options& o, const std::string& document, const fs::path& pdf) {
  std::vector<std::string> argv = {o.briefc, "build", document, "-o", pdf.string()};
  std::vector<double> times, cpu_times;
  Measurement m;
  long peak = 0;
  for (int i = 0; i <= o.runs; ++i) {
    ChildRun run = briefc::bench::run_child(argv);
    if (run.exit_code != 0)
      throw std::runtime_error("briefc failed on " + document + " (exit " + std::to_string(run.exit_code) + "):\n" +
                               run.output);
    if (i == 0) {
      // "DOC → FILE (P pages, F footnotes…)"; a DOCX or HTML has no pages.
      std::smatch match;
      static const std::regex counts(R"(\((?:(\d+) pages, )?(\d+) footnotes)");
      if (std::regex_search(run.output, match, counts)) {
        m.pages = match[1].matched ? std::stoi(match[1]) : 0;
        m.footnotes = std::stoi(match[2]);
      }
      continue;  // the warm-up run is not timed
    }
    times.push_back(run.wall_ms);
    cpu_times.push_back(run.cpu_ms);
    peak = std::max(peak, run.peak_rss_kib);
  }
  m.wall_min = *std::min_element(times.begin(), times.end());
  m.wall_median = median(times);
  m.cpu_median = median(cpu_times);
  m.peak_rss_mb = static_cast<double>(peak) / 1024.0;
  return m;
}

std::string format(const char* pattern, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, pattern, value);
  return buffer;
}

std::string line_for(const std::string& document, const Measurement& m) {
  std::ostringstream out;
  out << document << " pages=" << m.pages << " footnotes=" << m.footnotes
      << " wall_min=" << format("%.1f", m.wall_min) << " ms wall_median=" << format("%.1f", m.wall_median)
      << " ms peak_rss=" << format("%.1f", m.peak_rss_mb) << " MB cpu_median=" << format("%.1f", m.cpu_median)
      << " ms";
  return out.str();
}

std::string verdicts(const Options& o, const Measurement& m) {
  std::string out;
  if (o.target_ms)
    out += m.wall_median <= *o.target_ms ? format(" time=ok(<%g ms)", *o.target_ms)
                                         : format(" time=MISSED(target %g ms)", *o.target_ms);
  if (o.target_mb)
    out += m.peak_rss_mb <= *o.target_mb ? format(" memory=ok(<%g MB)", *o.target_mb)
                                         : format(" memory=MISSED(target %g MB)", *o.target_mb);
  return out;
}

int run_documents(const Options& o) {
  TempDir temp;
  fs::path pdf_dir = o.keep_pdf.empty() ? temp.path() : fs::path(o.keep_pdf);
  fs::create_directories(pdf_dir);
  bool missed = false;
  for (const auto& d : o.documents) {
    Measurement m = measure(o, d, pdf_dir / (fs::path(d).stem().string() + "." + o.format));
    std::string v = verdicts(o, m);
    missed = missed || v.find("MISSED") != std::string::npos;
    std::cout << line_for(d, m) << v << std::endl;
  }
  return missed ? 1 : 0;
}

// Least squares through (pages, ms): prints time = fixed + per_page × pages
// and the largest relative distance of a point from that line.
void print_fit(const char* what, const std::vector<std::pair<double, double>>& points) {
  double n = static_cast<double>(points.size()), sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (auto [x, y] : points) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  double per_page = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  double fixed = (sy - per_page * sx) / n;
  double worst = 0;
  for (auto [x, y] : points) worst = std::max(worst, std::abs(y - (fixed + per_page * x)) / y);
  std::cout << "scaling (" << what << "): time ≈ " << format("%.1f", fixed) << " ms + " << format("%.3f", per_page)
            << " ms/page; largest deviation from that line " << format("%.1f", worst * 100) << " %" << std::endl;
}

int run_scaling(const Options& o) {
  TempDir temp;
  fs::path root = o.keep.empty() ? temp.path() : fs::path(o.keep);
  std::vector<std::pair<double, double>> points, cpu_points;  // pages, median ms
  for (int pages : o.pages) {
    briefc::bench::ProjectSpec spec;
    std::string name = std::to_string(pages);
    name.insert(name.begin(), 'p');
    spec.out = root / name;
    spec.styles = o.styles;
    spec.pages = pages;
    auto summary = briefc::bench::generate_project(spec);
    Measurement m = measure(o, summary.document.string(), temp.path() / (name + ".pdf"));
    std::cout << line_for(summary.document.string(), m) << " ms/page=" << format("%.2f", m.wall_median / m.pages)
              << std::endl;
    points.push_back({static_cast<double>(m.pages), m.wall_median});
    cpu_points.push_back({static_cast<double>(m.pages), m.cpu_median});
  }
  if (points.size() < 2) return 0;
  print_fit("wall", points);
  print_fit("cpu", cpu_points);
  // Linear growth means each step adds the same cost per page. Judged on CPU
  // time, which a busy machine disturbs least: the cost per added page of the
  // last step may exceed the first step's by half before it counts as growth
  // faster than linear.
  auto step = [&](std::size_t i) {
    return (cpu_points[i].second - cpu_points[i - 1].second) / (cpu_points[i].first - cpu_points[i - 1].first);
  };
  double first = step(1), last = step(cpu_points.size() - 1);
  bool linear = last <= 1.5 * first;
  std::cout << "linearity: " << format("%.2f", first) << " ms per added page at first, " << format("%.2f", last)
            << " at last: " << (linear ? "linear=ok" : "linear=MISSED(grows faster than pages)") << std::endl;
  return linear ? 0 : 1;
}

std::optional<Options> parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    std::optional<std::string> v;
    if (a == "--scaling") o.scaling = true;
    else if (a == "--help" || a == "-h") return std::nullopt;
    else if (a.rfind("--", 0) == 0) {
      if (!(v = value())) return std::nullopt;
      if (a == "--briefc") o.briefc = *v;
      else if (a == "--runs") o.runs = std::max(1, std::atoi(v->c_str()));
      else if (a == "--target-ms") o.target_ms = std::atof(v->c_str());
      else if (a == "--target-mb") o.target_mb = std::atof(v->c_str());
      else if (a == "--keep-pdf") o.keep_pdf = *v;
      else if (a == "--format") o.format = *v;
      else if (a == "--styles") o.styles = *v;
      else if (a == "--keep") o.keep = *v;
      else if (a == "--pages") {
        o.pages.clear();
        std::stringstream list(*v);
        for (std::string item; std::getline(list, item, ',');)
          if (int p = std::atoi(item.c_str()); p > 0) o.pages.push_back(p);
      } else return std::nullopt;
    } else o.documents.push_back(a);
  }
  if (o.briefc.empty() || (o.scaling == !o.documents.empty()) || o.pages.empty()) return std::nullopt;
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  auto options = parse(argc, argv);
  if (!options) {
    std::cerr << usage;
    return 2;
  }
  try {
    return options->scaling ? run_scaling(*options) : run_documents(*options);
  } catch (const std::exception& e) {
    std::cerr << "briefc_benchmark: " << e.what() << "\n";
    return 1;
  }
}
