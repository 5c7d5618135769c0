// Replays fuzz inputs with the normal compiler, no libFuzzer needed: every
// file named, and every file in the folders named (recursively), whose root
// element is this target's kind. The test suite runs it over the seeds (the
// project's sources/ and tests/) and the past findings (tests/fuzz/crashes/):
// a crash fails the test, a hang meets ctest's timeout.
#include "fuzz_project.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Crash reproducers are replayed whatever they hold; seeds only when their
// root element is this target's (a records file is no document seed).
bool is_seed_of_this_kind(const std::string& text) {
  std::string open = "<" + std::string(briefc::fuzz::root_element(briefc::fuzz::target_kind()));
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
    char next = at + open.size() < text.size() ? text[at + open.size()] : '\0';
    if (next == ' ' || next == '>' || next == '\n' || next == '/' || next == '\t' || next == '\r') return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::pair<fs::path, bool>> inputs;  // path, always replayed
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    fs::path arg = fs::absolute(argv[i], ec);  // the harness works in a folder of its own
    bool always = arg.string().find("crashes") != std::string::npos;
    if (fs::is_directory(arg, ec)) {
      for (auto it = fs::recursive_directory_iterator(arg, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec)) inputs.emplace_back(it->path(), always);
    } else if (fs::is_regular_file(arg, ec)) {
      inputs.emplace_back(arg, always);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  std::size_t replayed = 0;
  for (const auto& [path, always] : inputs) {
    std::string bytes = slurp(path);
    if (!always && (path.extension() != ".xml" || !is_seed_of_this_kind(bytes))) continue;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++replayed;
  }
  std::cout << "replayed " << replayed << " inputs\n";
  return replayed > 0 ? 0 : 1;  // no input at all means the paths are wrong
}
