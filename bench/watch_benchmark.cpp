// briefc_watch_benchmark: the edit → preview loop of `briefc watch`, timed
// the way a user feels it: from saving a records file to the new PDF being
// in place.
//
//   briefc_watch_benchmark --briefc PATH [--runs N] [--replace FROM TO] DOC.xml RECORDS.xml
//
// Run it inside a throwaway copy of a project (bench/run.sh makes one): it
// starts `briefc watch DOC.xml`, waits for the first build, then N times
// rewrites RECORDS.xml (its text unchanged but for one trailing space,
// added and removed in turn, written in place as an editor saves) and waits
// for the PDF in output/ to be replaced. With --replace, each save instead
// changes the first FROM in the file to TO, and the next one back: an edit
// of the printed text, so the paragraph is set again and its page
// recompressed. Prints every figure's minimum and median in milliseconds,
// and "target=ok" when the median is under 20 ms.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double target_ms = 20;

// Reads what the child printed until `marker` appears (or it ends).
bool wait_for(int fd, const std::string& marker, std::string& seen, int timeout_ms) {
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  char buffer[4096];
  while (seen.find(marker) == std::string::npos) {
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
    if (left <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, left) <= 0) return false;
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return false;
    seen.append(buffer, static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string briefc, document, records, from, to;
  int runs = 20;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--briefc" && i + 1 < argc) briefc = argv[++i];
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--replace" && i + 2 < argc) from = argv[++i], to = argv[++i];
    else if (document.empty()) document = a;
    else records = a;
  }
  if (briefc.empty() || document.empty() || records.empty()) {
    std::cerr << "usage: briefc_watch_benchmark --briefc PATH [--runs N] [--replace FROM TO] DOC.xml RECORDS.xml\n";
    return 2;
  }
  fs::path output = fs::current_path() / "output";
  fs::create_directories(output);
  std::string pdf = fs::path(document).stem().string() + ".pdf";

  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return 2;
  pid_t child = fork();
  if (child == 0) {
    dup2(pipe_fds[1], STDOUT_FILENO);
    dup2(pipe_fds[1], STDERR_FILENO);
    close(pipe_fds[0]);
    execl(briefc.c_str(), briefc.c_str(), "watch", document.c_str(), "-q", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(pipe_fds[1]);
  std::string printed;
  if (!wait_for(pipe_fds[0], "watch: built", printed, 30000)) {
    std::cerr << "briefc_watch_benchmark: the first build did not finish:\n" << printed;
    kill(child, SIGTERM);
    return 2;
  }

  int notify = inotify_init1(IN_CLOEXEC);
  inotify_add_watch(notify, output.c_str(), IN_MOVED_TO | IN_CREATE | IN_CLOSE_WRITE);
  std::ifstream in(records, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string edited = text + " ";
  if (!from.empty()) {
    auto at = text.find(from);
    if (at == std::string::npos) {
      std::cerr << "briefc_watch_benchmark: '" << from << "' is not in " << records << "\n";
      kill(child, SIGTERM);
      return 2;
    }
    edited = text.substr(0, at) + to + text.substr(at + from.size());
  }
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) {
    const std::string& version = r % 2 == 0 ? edited : text;
    printed.clear();
    auto start = Clock::now();
    {
      std::ofstream save(records, std::ios::binary | std::ios::trunc);
      save << version;
    }
    bool replaced = false;
    while (!replaced) {
      pollfd p{notify, POLLIN, 0};
      if (poll(&p, 1, 10000) <= 0) break;
      alignas(inotify_event) char buffer[4096];
      ssize_t n = read(notify, buffer, sizeof buffer);
      for (char* at = buffer; n > 0 && at < buffer + n;) {
        auto* e = reinterpret_cast<inotify_event*>(at);
        if (e->len && pdf == e->name) replaced = true;
        at += sizeof(inotify_event) + e->len;
      }
    }
    if (!replaced) {
      std::cerr << "briefc_watch_benchmark: no new PDF after a save\n";
      break;
    }
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    wait_for(pipe_fds[0], "watch: built", printed, 5000);  // let the loop settle before the next save
  }
  std::ofstream(records, std::ios::binary | std::ios::trunc) << text;
  kill(child, SIGTERM);
  waitpid(child, nullptr, 0);
  if (times.empty()) return 1;
  std::sort(times.begin(), times.end());
  double median = times[times.size() / 2];
  std::printf("%s%s: save to new PDF min=%.1f ms median=%.1f ms over %zu saves target=%s(<%.0f ms)\n",
              document.c_str(), from.empty() ? "" : " (printed text edited)", times.front(), median, times.size(),
              median < target_ms ? "ok" : "MISSED", target_ms);
  return median < target_ms ? 0 : 1;
}
