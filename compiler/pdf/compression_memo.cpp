#include "pdf/compression_memo.hpp"

#include "model/session_memo.hpp"

#include "pdf/flate.hpp"

namespace briefc::pdf {

const std::string& CompressionMemo::compressed(std::string_view data) {
  auto it = entries_.find(std::string(data));
  if (it == entries_.end()) it = entries_.emplace(std::string(data), Entry{flate_compress(data), false}).first;
  it->second.used = true;
  return it->second.compressed;
}

const std::string* CompressionMemo::find(std::string_view data) {
  auto it = entries_.find(std::string(data));
  if (it == entries_.end()) return nullptr;
  it->second.used = true;
  return &it->second.compressed;
}

void CompressionMemo::store(std::string data, std::string compressed) {
  entries_.insert_or_assign(std::move(data), Entry{std::move(compressed), true});
}

void CompressionMemo::forget_unused() {
  model::forget_unused_entries(entries_);
}

}  // namespace briefc::pdf
