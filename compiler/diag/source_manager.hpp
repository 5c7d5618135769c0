// The files briefc has read, and the mapping from a byte offset in one of them
// to the line and column a person sees in an editor.
//
// pugixml reports positions as byte offsets; every stage keeps those offsets in
// a SourceLocation and only diagnostics turn them into line:col, here, once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace briefc::diag {

using FileId = std::uint32_t;

// A position in an input file. `file == 0` means "no file" (an error about the
// command line, say); real files are numbered from 1.
struct SourceLocation {
  FileId file = 0;
  std::uint32_t offset = 0;

  bool known() const { return file != 0; }
};

// A position resolved for display: 1-based line, and 1-based column counted in
// Unicode code points (so a caret lines up under Cyrillic text too).
struct LineColumn {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

class SourceManager {
public:
  // Registers a file's text and returns its id. The text is kept for the life of
  // the manager, so string_views into it stay valid.
  FileId add(std::string path, std::string text);

  // How many files are registered: their ids run from 1 to size().
  std::size_t size() const { return files_.size(); }
  const std::string& path(FileId id) const;
  std::string_view text(FileId id) const;
  LineColumn line_column(SourceLocation loc) const;
  // The whole line holding `loc`, without its newline.
  std::string_view line_text(SourceLocation loc) const;

private:
  struct File {
    std::string path;
    std::string text;
    std::vector<std::uint32_t> line_starts;  // byte offset of each line's first byte
  };
  const File& file(FileId id) const;
  std::vector<File> files_;
};

}  // namespace briefc::diag
