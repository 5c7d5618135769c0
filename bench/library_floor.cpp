// briefc_library_floor: what two of the libraries every `briefc build` needs
// cost before briefc does any work of its own, measured in this process:
// fontconfig loading its configuration and font list, and libhyphen parsing
// Debian's English and Russian patterns (a build loads those of its
// document's language). Prints the minimum and median of --runs (default 9).
//
//   briefc_library_floor [--runs N] [--patterns DIR]
//
// Together with the start of the briefc program itself (time `briefc
// --version`), this is the floor under the 30 ms target for the EU paper.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fontconfig/fontconfig.h>
#include <hyphen.h>
#include <string>
#include <vector>

namespace {

template <typename Work>
void report(const char* what, int runs, Work work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    if (!work()) {
      std::printf("%s: failed\n", what);
      return;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%s: min=%.2f ms median=%.2f ms\n", what, ms.front(), ms[ms.size() / 2]);
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 9;
  std::string patterns = "/usr/share/hyphen";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string option = argv[i];
    if (option == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    else if (option == "--patterns") patterns = argv[i + 1];
  }
  report("fontconfig configuration and font list (FcInitLoadConfigAndFonts)", runs, [] {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return false;
    FcConfigDestroy(config);
    return true;
  });
  for (const char* file : {"hyph_en_US.dic", "hyph_ru_RU.dic"}) {
    std::string path = patterns + "/" + file;
    report(("libhyphen loading " + path).c_str(), runs, [&] {
      HyphenDict* dict = hnj_hyphen_load(path.c_str());
      if (!dict) return false;
      hnj_hyphen_free(dict);
      return true;
    });
  }
}
