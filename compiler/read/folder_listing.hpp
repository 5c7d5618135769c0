// What a folder include finds: the folder's .xml files and its subfolders,
// sorted, through calls that cannot throw (a folder that vanishes or cannot
// be listed midway is a reported error, not a filesystem_error escaping to
// main). Symbolic links are followed, so the caller checks where each entry
// really is (its canonical path) before reading it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace briefc::read {

struct FolderListing {
  std::vector<std::filesystem::path> files;    // *.xml that are not folders (FIFOs too: reading refuses them)
  std::vector<std::filesystem::path> folders;  // subfolders, and links to folders
  std::string error;                           // why the listing stopped early, if it did
};

FolderListing list_folder(const std::filesystem::path& folder);

}  // namespace briefc::read
