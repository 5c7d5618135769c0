// Confidential records for the leak check's benchmark: people, sources and
// cases marked confidential, in a records file no document includes, so a
// public build looks for every one of their values in the whole PDF (the
// project-wide pass of the leak check, docs/format.md#confidentiality).
#pragma once

#include <cstdint>
#include <filesystem>

namespace briefc::bench {

// Writes OUT/sources/confidential/records.xml with `persons` confidential
// persons (Latin and Cyrillic names, a variant), a tenth as many confidential
// sources and cases (each case with a narrative of a few sentences and an
// event), and returns the number of files written (1). The names are made of
// syllables the generated prose never uses, so the public build stays clean.
std::size_t write_confidential_records(const std::filesystem::path& out, std::size_t persons, std::uint64_t seed);

}  // namespace briefc::bench
