// An output file that appears whole, in one step, or not at all.
//
// The PDF is written and checked (the leak check reads it back) while it has
// no name: an O_TMPFILE file in the target's folder, reached through
// /proc/self/fd/N. Only then is it linked under a temporary name and renamed
// over the target, so a build killed at any point before (kill -9, a power
// cut) leaves neither a half-written PDF nor a temporary file, and the
// previous PDF stays as it was. Where the filesystem has no O_TMPFILE, a
// named temporary file beside the target is used and removed on failure.
#pragma once

#include <string>

namespace briefc::cli {

class PendingOutput {
public:
  // Prepares `target`'s folder (creating it) and the unnamed file; on failure
  // returns an object whose ok() is false, with `error` set.
  PendingOutput(const std::string& target, std::string& error);
  ~PendingOutput();  // discards what was not committed
  PendingOutput(const PendingOutput&) = delete;
  PendingOutput& operator=(const PendingOutput&) = delete;

  bool ok() const { return !write_path_.empty(); }
  // Where to write the file, and read it back, before commit().
  const std::string& write_path() const { return write_path_; }
  // Puts the file in place of the target; false with `error` set on failure.
  bool commit(std::string& error);

private:
  std::string target_;
  std::string write_path_;
  std::string named_temporary_;  // the file's name when O_TMPFILE is not available
  int descriptor_ = -1;          // the unnamed file, or -1
};

}  // namespace briefc::cli
