#include "cli/pending_output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace briefc::cli {

PendingOutput::PendingOutput(const std::string& target, std::string& error) : target_(target) {
  fs::path final_path(target);
  fs::path folder = final_path.has_parent_path() ? final_path.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    error = fmt::format("cannot create the output folder: {}", ec.message());
    return;
  }
  descriptor_ = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);  // less the umask, as fopen would
  if (descriptor_ >= 0) {
    write_path_ = fmt::format("/proc/self/fd/{}", descriptor_);
    return;
  }
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {  // anything but "no O_TMPFILE here"
    error = fmt::format("cannot write in the output folder: {}", std::strerror(errno));
    return;
  }
  fs::path temporary = final_path;
  temporary.replace_filename(fmt::format(".{}.{}.tmp", final_path.filename().string(), getpid()));
  named_temporary_ = write_path_ = temporary.string();
}

PendingOutput::~PendingOutput() {
  if (descriptor_ >= 0) ::close(descriptor_);  // an unnamed file vanishes with its last descriptor
  if (!named_temporary_.empty()) std::remove(named_temporary_.c_str());
}

bool PendingOutput::commit(std::string& error) {
  fs::path final_path(target_);
  fs::path temporary = final_path;
  temporary.replace_filename(fmt::format(".{}.{}.tmp", final_path.filename().string(), getpid()));
  if (descriptor_ >= 0) {
    // linkat refuses to replace a file: give it a name of its own, then rename
    // over the target (the one window in which a temporary name exists).
    ::unlink(temporary.c_str());
    if (::linkat(AT_FDCWD, write_path_.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      error = fmt::format("cannot move the PDF into place: {}", std::strerror(errno));
      return false;
    }
    named_temporary_ = temporary.string();
  }
  if (std::rename(named_temporary_.c_str(), target_.c_str()) != 0) {
    error = fmt::format("cannot move the PDF into place: {}", std::strerror(errno));
    return false;
  }
  named_temporary_.clear();
  return true;
}

}  // namespace briefc::cli
