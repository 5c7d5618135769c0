// Writing a text file whole: under a temporary name beside it, then moved
// into place, so a reader (an editor, a build) never sees half of it and an
// interrupted write leaves the old file as it was. For the records and
// projects `init` and `import` write; PDFs have their own path in build.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace briefc::cli {

// Creates the folders above `path` as needed. False, with `error` set, when
// any step fails; the temporary file is removed then.
bool write_whole_file(const std::filesystem::path& path, std::string_view text, std::string& error);

}  // namespace briefc::cli
