#include "cli/watch_command.hpp"

#include "cli/build_command.hpp"
#include "read/loader.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace briefc::cli {

namespace {

// After an event that does not complete a save, the events closer together
// than this are one change.
constexpr int quiet_ms = 25;
constexpr std::uint32_t watched_events =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF;

class Watcher {
 public:
  Watcher() : fd_(inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {}
  ~Watcher() {
    if (fd_ >= 0) close(fd_);
  }
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  bool ok() const { return fd_ >= 0; }

  // Watches `dir` and every folder below it (never following links out).
  void watch_tree(const fs::path& dir) {
    add(dir);
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec))
      if (it->is_directory(ec) && !it->is_symlink(ec)) add(it->path());
  }

  // Blocks until an input of a build changed (an .xml file, or a folder
  // appeared or went), then until the burst of events is over; false on an
  // error. A burst is over at once when its last event completes a save (a
  // file written and closed, or moved into place: every editor's save ends
  // so); after any other event (a file moved away or deleted, as editors do
  // before writing the new file) it is over when the folder has been quiet
  // for a moment.
  bool wait_for_change() {
    while (burst_ == Burst::None) {
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, -1) < 0) return errno == EINTR ? true : false;
      drain();
    }
    while (true) {
      pollfd p{fd_, POLLIN, 0};
      int n = poll(&p, 1, burst_ == Burst::Saved ? 0 : quiet_ms);
      if (n <= 0) break;
      drain();
    }
    burst_ = Burst::None;
    return true;
  }

  // Whether an input of a build changed since the last wait_for_change(): a
  // build that ran meanwhile is out of date before it is reported. (Other
  // events, an editor's swap file say, do not count.)
  bool changed_since() {
    drain();
    return burst_ != Burst::None;
  }

 private:
  void add(const fs::path& dir) {
    int wd = inotify_add_watch(fd_, dir.c_str(), watched_events);
    if (wd >= 0) dirs_[wd] = dir;
  }

  // Where a burst of events stands: nothing relevant yet, a save under way
  // (the file moved away, deleted or just created), or a save complete.
  enum class Burst { None, Pending, Saved };

  // Reads the queued events (without waiting) into `burst_`.
  void drain() {
    alignas(inotify_event) char buffer[16384];
    while (true) {
      ssize_t n = ::read(fd_, buffer, sizeof buffer);
      if (n <= 0) break;
      for (char* at = buffer; at < buffer + n;) {
        auto* e = reinterpret_cast<inotify_event*>(at);
        std::string name = e->len ? std::string(e->name) : std::string();
        at += sizeof(inotify_event) + e->len;
        if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) {
          if (auto dir = dirs_.find(e->wd); dir != dirs_.end()) watch_tree(dir->second / name);
          burst_ = Burst::Pending;
        } else if (e->mask & (IN_DELETE_SELF | IN_IGNORED)) {
          dirs_.erase(e->wd);
        } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0 && name[0] != '.') {
          // A hidden name is an editor's or briefc's own temporary file.
          burst_ = (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) ? Burst::Saved : Burst::Pending;
        }
      }
    }
  }

  int fd_;
  std::map<int, fs::path> dirs_;
  Burst burst_ = Burst::None;  // where the events read so far stand
};

}  // namespace

int run_watch(const Options& options, std::ostream& out, std::ostream& err) {
  const std::string& document = options.documents.front();
  std::string root = read::find_project_root(fs::path(document).parent_path().string());
  Watcher watcher;
  if (!watcher.ok()) {
    err << "briefc: error: cannot watch files (inotify): " << std::strerror(errno) << "\n";
    return exit_input_errors;
  }
  std::error_code ec;
  fs::path doc_dir = fs::path(document).parent_path();
  watcher.watch_tree(doc_dir.empty() ? fs::path(".") : doc_dir);
  if (!root.empty())
    for (const char* part : {"sources", "styles"})
      if (fs::is_directory(fs::path(root) / part, ec)) watcher.watch_tree(fs::path(root) / part);
  if (!options.styles_dir.empty()) watcher.watch_tree(options.styles_dir);

  BuildSession session;
  for (std::size_t builds = 1;; ++builds) {
    auto start = std::chrono::steady_clock::now();
    // What a build prints waits until it is known to be current: a build
    // that failed while the files were still being saved (a "save all", a
    // checkout) is replaced by the next one rather than reported.
    std::ostringstream printed, complaints;
    int status = session.build(document, options, printed, complaints);
    if (status != exit_ok && watcher.changed_since()) {
      --builds;
    } else {
      auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      err << complaints.str();
      err.flush();
      out << printed.str()
          << fmt::format("watch: {} in {:.0f} ms; waiting for changes (Ctrl-C stops)\n",
                         status == exit_ok ? "built" : "not built, the last good PDF is kept", ms);
      out.flush();
      if (options.watch_builds && builds >= options.watch_builds) return status;
    }
    if (!watcher.wait_for_change()) {
      err << "briefc: error: watching stopped: " << std::strerror(errno) << "\n";
      return exit_input_errors;
    }
  }
}

}  // namespace briefc::cli
