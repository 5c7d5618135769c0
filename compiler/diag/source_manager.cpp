#include "diag/source_manager.hpp"

#include <algorithm>
#include <stdexcept>

namespace briefc::diag {

FileId SourceManager::add(std::string path, std::string text) {
  File f{std::move(path), std::move(text), {0}, {}};
  for (auto at = f.text.find('\n'); at != std::string::npos; at = f.text.find('\n', at + 1))
    f.line_starts.push_back(static_cast<std::uint32_t>(at + 1));
  // Marks are needed only inside lines longer than a step; most files have none.
  const auto size = static_cast<std::uint32_t>(f.text.size());
  for (std::size_t line = 0; line < f.line_starts.size(); ++line) {
    std::uint32_t begin = f.line_starts[line];
    std::uint32_t end = line + 1 < f.line_starts.size() ? f.line_starts[line + 1] : size;
    if (end - begin <= column_mark_step) continue;
    f.column_marks.resize(size / column_mark_step + 1, 0);
    std::uint32_t columns = 0;
    for (std::uint32_t i = begin; i < end; ++i) {
      if (i % column_mark_step == 0) f.column_marks[i / column_mark_step] = columns;
      if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) ++columns;
    }
  }
  files_.push_back(std::move(f));
  return static_cast<FileId>(files_.size());
}

const SourceManager::File& SourceManager::file(FileId id) const {
  if (id == 0 || id > files_.size()) throw std::out_of_range("briefc: unknown file id");
  return files_[id - 1];
}

const std::string& SourceManager::path(FileId id) const { return file(id).path; }
std::string_view SourceManager::text(FileId id) const { return file(id).text; }

LineColumn SourceManager::line_column(SourceLocation loc) const {
  if (!loc.known()) return {};
  const File& f = file(loc.file);
  auto offset = std::min<std::uint32_t>(loc.offset, static_cast<std::uint32_t>(f.text.size()));
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  auto line_index = static_cast<std::uint32_t>(it - f.line_starts.begin()) - 1;
  std::uint32_t from = f.line_starts[line_index];
  std::uint32_t line_end = line_index + 1 < f.line_starts.size() ? f.line_starts[line_index + 1]
                                                                 : static_cast<std::uint32_t>(f.text.size());
  std::uint32_t column = 1;
  // Marks exist only in lines longer than a step (a short line may still cross one).
  if (std::uint32_t mark = offset / column_mark_step * column_mark_step;
      mark > from && line_end - from > column_mark_step) {
    column += f.column_marks[mark / column_mark_step];
    from = mark;
  }
  for (std::uint32_t i = from; i < offset; ++i)
    if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) ++column;  // count code points
  return {line_index + 1, column};
}

std::string_view SourceManager::line_text(SourceLocation loc) const {
  if (!loc.known()) return {};
  const File& f = file(loc.file);
  auto lc = line_column(loc);
  std::uint32_t begin = f.line_starts[lc.line - 1];
  std::uint32_t end = lc.line < f.line_starts.size() ? f.line_starts[lc.line] : static_cast<std::uint32_t>(f.text.size());
  std::string_view line(f.text.data() + begin, end - begin);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

}  // namespace briefc::diag
