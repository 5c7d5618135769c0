#include "cli/whole_file.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <fstream>

namespace fs = std::filesystem;

namespace briefc::cli {

bool write_whole_file(const fs::path& path, std::string_view text, std::string& error) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec) {
    error = fmt::format("cannot create {}: {}", path.parent_path().string(), ec.message());
    return false;
  }
  fs::path temporary = path;
  temporary.replace_filename(fmt::format(".{}.{}.tmp", path.filename().string(), getpid()));
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out.good()) {
      error = fmt::format("cannot write {}", path.string());
      fs::remove(temporary, ec);
      return false;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    error = fmt::format("cannot move {} into place: {}", path.string(), ec.message());
    fs::remove(temporary, ec);
    return false;
  }
  return true;
}

}  // namespace briefc::cli
