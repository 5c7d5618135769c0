// The zip container of a DOCX (ECMA-376 Part 2, Open Packaging Conventions),
// through libzip — the only code that calls it.
//
// Built in memory, not in the output file: libzip writes a file by renaming
// a temporary of its own over it, which would defeat the build's own
// temporary-file-and-rename (cli/pending_output.hpp). Entries keep the order
// they are added in, and every entry carries the same fixed date, so the same
// parts give the same bytes (reproducible builds).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace briefc::write::docx {

struct ZipEntry {
  std::string name;     // "word/document.xml"
  std::string content;  // the bytes
};

// The archive of `entries`, in that order, each dated `timestamp` (seconds
// since 1970, UTC; zip's DOS dates start in 1980, so anything earlier is
// written as 1980-01-01) and deflated at zlib's fastest level: on the EU
// paper, level 9 spent an eighth of the build for a file 15 % smaller.
// Empty with `error` set when libzip fails.
std::string zip_entries(const std::vector<ZipEntry>& entries, long long timestamp, std::string& error);

// The entries of an archive, in their order; empty with `error` set when it
// cannot be read. For the leak check, which reads a written DOCX back.
std::vector<ZipEntry> unzip_entries(const std::string& archive, std::string& error);

}  // namespace briefc::write::docx
