#include "read/folder_listing.hpp"

#include <algorithm>

namespace fs = std::filesystem;

namespace briefc::read {

FolderListing list_folder(const fs::path& folder) {
  FolderListing out;
  std::error_code ec;
  fs::directory_iterator it(folder, ec), end;
  // The range-for form calls operator++, which throws: step with increment(ec).
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    fs::file_status status = it->status(type_ec);  // follows a link; a dangling one is "not found"
    if (fs::is_directory(status)) out.folders.push_back(it->path());
    else if (it->path().extension() == ".xml" && fs::exists(status)) out.files.push_back(it->path());
  }
  if (ec) out.error = ec.message();
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.folders.begin(), out.folders.end());
  return out;
}

}  // namespace briefc::read
