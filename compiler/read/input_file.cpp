#include "read/input_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace briefc::read {

namespace {

// Closes the descriptor on every path out.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

InputBytes read_input_file(const std::string& path, std::size_t max_bytes) {
  InputBytes out;
  Descriptor file;
  // O_NONBLOCK: open() on a FIFO returns at once instead of waiting for a
  // writer; fstat below then refuses it before any read.
  file.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (file.fd < 0) {
    out.status = errno == ENOENT || errno == ENOTDIR || errno == ELOOP ? InputStatus::Missing : InputStatus::Unreadable;
    out.reason = std::strerror(errno);
    return out;
  }
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) {
    out.reason = std::strerror(errno);
    return out;
  }
  if (S_ISDIR(info.st_mode)) {
    out.status = InputStatus::Folder;
    return out;
  }
  if (!S_ISREG(info.st_mode)) {
    out.status = InputStatus::NotRegular;
    return out;
  }
  out.size = static_cast<std::size_t>(info.st_size);
  if (out.size > max_bytes) {
    out.status = InputStatus::TooLarge;
    return out;
  }
  // Reads until end of file rather than trusting st_size: a file that grows
  // meanwhile is cut at the limit, one that shrinks ends early.
  out.bytes.resize(out.size);
  std::size_t got = 0;
  for (;;) {
    if (got == out.bytes.size()) {
      if (out.bytes.size() >= max_bytes + 1) break;
      out.bytes.resize(std::min(max_bytes + 1, out.bytes.size() + 4096));
    }
    ssize_t n = ::read(file.fd, out.bytes.data() + got, out.bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      out.status = InputStatus::Unreadable;
      out.reason = std::strerror(errno);
      out.bytes.clear();
      return out;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  out.bytes.resize(got);
  if (got > max_bytes) {
    out.status = InputStatus::TooLarge;
    out.size = got;
    out.bytes.clear();
    return out;
  }
  out.size = got;
  out.status = InputStatus::Ok;
  return out;
}

}  // namespace briefc::read
