#include "read/read_ahead.hpp"

#include "read/input_file.hpp"
#include "read/xml_file.hpp"

#include <algorithm>

namespace briefc::read {

ParsedAhead read_and_parse(const std::string& path) {
  ParsedAhead out;
  // Anything but a readable regular file is left to the main thread, which
  // reads it again to say what is wrong.
  InputBytes in = read_input_file(path, max_input_bytes);
  if (in.status != InputStatus::Ok) return out;
  out.bytes = std::move(in.bytes);
  out.read = true;
  out.doc = std::make_unique<pugi::xml_document>();
  out.result = out.doc->load_buffer(out.bytes.data(), out.bytes.size(), xml_parse_options, pugi::encoding_utf8);
  return out;
}

ReadAhead::ReadAhead(Discover discover, std::size_t lookahead)
    : discover_(std::move(discover)), lookahead_(std::max<std::size_t>(lookahead, 1)) {
  worker_ = std::thread([this] { work(); });
}

ReadAhead::~ReadAhead() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

void ReadAhead::expect_next(const std::vector<std::string>& paths) {
  {
    std::lock_guard lock(mutex_);
    expect_next_locked(paths);
  }
  changed_.notify_all();
}

void ReadAhead::expect_next_locked(const std::vector<std::string>& paths) {
  for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
    if (ready_.count(*it) || *it == in_progress_ || taken_.count(*it)) continue;
    // Expected earlier for later: it now comes first.
    if (auto queued = std::find(queue_.begin(), queue_.end(), *it); queued != queue_.end()) queue_.erase(queued);
    queue_.push_front(*it);
  }
}

std::optional<ParsedAhead> ReadAhead::take(const std::string& path) {
  std::unique_lock lock(mutex_);
  taken_.insert(path);
  if (auto queued = std::find(queue_.begin(), queue_.end(), path); queued != queue_.end()) {
    queue_.erase(queued);
    return std::nullopt;
  }
  changed_.wait(lock, [&] { return in_progress_ != path; });
  auto it = ready_.find(path);
  if (it == ready_.end()) return std::nullopt;
  ParsedAhead parsed = std::move(it->second);
  ready_.erase(it);
  taken_.insert(path);
  lock.unlock();
  changed_.notify_all();  // room for one more ahead
  return parsed;
}

void ReadAhead::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || (!queue_.empty() && ready_.size() < lookahead_); });
    if (stopping_) return;
    in_progress_ = queue_.front();
    queue_.pop_front();
    std::string path = in_progress_;
    lock.unlock();
    ParsedAhead parsed = read_and_parse(path);
    std::vector<std::string> includes;
    if (parsed.read && parsed.result && discover_) includes = discover_(path, *parsed.doc);
    lock.lock();
    ready_[path] = std::move(parsed);
    expect_next_locked(includes);
    in_progress_.clear();
    changed_.notify_all();
  }
}

}  // namespace briefc::read
