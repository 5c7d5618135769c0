// The fuzz targets' harness: one input, of one kind, built in process the way
// `briefc check` and then `briefc build` build it, inside a throwaway copy of
// tests/fuzz/project/. A target is one line (fuzz_document.cpp, …); the same
// code runs under libFuzzer (-DBRIEFC_FUZZ=ON, Clang) and in the replay
// programs that the normal test suite runs over the seeds and past crashes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace briefc::fuzz {

enum class InputKind {
  Document,  // the input is sources/documents/fuzz.xml, which is built
  Records,   // the input replaces sources/records/records.xml, which doc.xml cites; doc.xml is built
  Style,     // the input is styles/fuzz.xml; a copy of doc.xml set in it is built
};

// The kind of the target linked into this program (defined by each fuzz_*.cpp).
InputKind target_kind();

// The root element of a seed of `kind` ("document", "records", "style").
std::string_view root_element(InputKind kind);

// Writes the input where its kind goes and builds; returns 0 (libFuzzer's
// convention). Anything but a clean return — a crash, a sanitizer report, an
// exception, a hang — is a finding.
int run_one(InputKind kind, const std::uint8_t* data, std::size_t size);

}  // namespace briefc::fuzz
