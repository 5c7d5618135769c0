// libFuzzer target: a style file (see fuzz_project.hpp).
#include "fuzz_project.hpp"

briefc::fuzz::InputKind briefc::fuzz::target_kind() { return InputKind::Style; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return briefc::fuzz::run_one(briefc::fuzz::target_kind(), data, size);
}
