// Compressed streams remembered between the builds of one session (`briefc
// watch`), so that a page or a font whose bytes did not change is not
// compressed again.
//
// The memo is looked up by the stream's whole uncompressed content, not by a
// digest of it: a match is an exact match, so the output is byte for byte
// what compressing afresh gives (flate_compress is deterministic), and the
// comparison costs less than the compression it saves. Not thread-safe: one
// build at a time.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace briefc::pdf {

class CompressionMemo {
public:
  // flate_compress(data), from memory when the same bytes were compressed
  // before. The reference stays valid until the next forget_unused().
  const std::string& compressed(std::string_view data);

  // The compressed form of `data` when it is remembered (the entry then
  // counts as used), else null.
  const std::string* find(std::string_view data);
  // Remembers `compressed` as flate_compress(data).
  void store(std::string data, std::string compressed);

  // Forgets every stream not asked for since the last call: a session keeps
  // the streams of the latest build, not those of every version of it.
  void forget_unused();

private:
  struct Entry {
    std::string compressed;
    bool used = false;
  };
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace briefc::pdf
