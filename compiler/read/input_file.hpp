// Reading an input file's bytes without ever blocking or throwing.
//
// Opening a FIFO for reading waits for a writer, forever; a device can hand
// out bytes without end. So a file is opened without blocking and read only
// when fstat says, on the very file opened, that it is a regular file: no
// other process can swap in a FIFO between the check and the read.
#pragma once

#include <cstddef>
#include <string>

namespace briefc::read {

enum class InputStatus {
  Ok,            // `bytes` holds the whole file
  Missing,       // no such file (or a dangling symbolic link)
  Folder,        // a directory
  NotRegular,    // a FIFO, socket or device: refused, never opened for reading
  TooLarge,      // larger than the limit given
  Unreadable,    // exists, but open or read failed (permissions, I/O error)
};

struct InputBytes {
  InputStatus status = InputStatus::Unreadable;
  std::string bytes;
  std::size_t size = 0;  // the file's size (set for Ok and TooLarge)
  std::string reason;    // the system's words for an Unreadable file
};

InputBytes read_input_file(const std::string& path, std::size_t max_bytes);

}  // namespace briefc::read
