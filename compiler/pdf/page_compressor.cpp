#include "pdf/page_compressor.hpp"

#include "pdf/flate.hpp"

#include <exception>

namespace briefc::pdf {

PageCompressor::~PageCompressor() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
}

std::size_t PageCompressor::add(std::string content) {
  std::size_t number;
  {
    std::lock_guard lock(mutex_);
    number = added_++;
    done_.emplace_back();
    finished_.push_back(false);
    queue_.emplace_back(number, std::move(content));
  }
  if (!worker_.joinable()) worker_ = std::thread([this] { work(); });
  changed_.notify_all();
  return number;
}

std::string PageCompressor::take(std::size_t number) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return finished_[number]; });
  return std::move(done_[number]);
}

void PageCompressor::work() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    auto [number, content] = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    // flate_compress throws only when memory runs out: then the process
    // cannot go on, as on the main thread.
    std::string compressed = flate_compress(content);
    lock.lock();
    done_[number] = std::move(compressed);
    finished_[number] = true;
    changed_.notify_all();
  }
}

}  // namespace briefc::pdf
