#include "read/parsed_file_cache.hpp"

#include "model/session_memo.hpp"

#include "read/input_file.hpp"
#include "read/xml_file.hpp"

#include <chrono>
#include <sys/stat.h>

namespace briefc::read {

namespace {

// How long before its reading a file's modification must lie for its times
// to be trusted: far more than the kernel's clock tick.
constexpr long long racy_window_ns = 2'000'000'000;

long long nanoseconds(const timespec& t) { return static_cast<long long>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

}  // namespace

std::optional<ParsedFileCache::Status> ParsedFileCache::status_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return Status{static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino),
                static_cast<unsigned long long>(st.st_size), nanoseconds(st.st_mtim), nanoseconds(st.st_ctim)};
}

bool ParsedFileCache::too_recent(const Status& status) {
  auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  return std::max(status.modified_ns, status.changed_ns) > now - racy_window_ns;
}

const ParsedFileCache::Parsed* ParsedFileCache::find(const std::string& canonical_path) {
  auto it = entries_.find(canonical_path);
  if (it == entries_.end()) return nullptr;
  Entry& e = it->second;
  auto status = status_of(canonical_path);
  if (!status || !(*status == e.status)) {
    entries_.erase(it);
    return nullptr;
  }
  if (e.racy) {
    InputBytes now = read_input_file(canonical_path, max_input_bytes);
    if (now.status != InputStatus::Ok || now.bytes != e.parsed.bytes) {
      entries_.erase(it);
      return nullptr;
    }
    e.racy = too_recent(*status);
  }
  e.used = true;
  return &e.parsed;
}

bool ParsedFileCache::probably_unchanged(const std::string& canonical_path) const {
  auto it = entries_.find(canonical_path);
  if (it == entries_.end()) return false;
  auto status = status_of(canonical_path);
  return status && *status == it->second.status;
}

void ParsedFileCache::store(const std::string& canonical_path, std::string bytes,
                            std::shared_ptr<pugi::xml_document> doc) {
  // The status is taken after the read: a save in between gives the file a
  // time within the racy window, so the bytes are compared next time.
  auto status = status_of(canonical_path);
  if (!status) return;
  Entry& e = entries_[canonical_path];
  e.parsed = Parsed{std::move(bytes), std::move(doc)};
  e.status = *status;
  e.racy = too_recent(*status);
  e.used = true;
}

XmlFile cached_xml_file(const std::string& path, const ParsedFileCache::Parsed& parsed, diag::SourceManager& sources) {
  XmlFile xml;
  xml.path = path;
  xml.file = sources.add(path, parsed.bytes);
  xml.doc = parsed.doc;
  return xml;
}

void ParsedFileCache::forget_unused() {
  model::forget_unused_entries(entries_);
}

}  // namespace briefc::read
