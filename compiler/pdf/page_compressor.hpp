// Compresses pages' content streams on a second thread while layout goes
// on with the next pages: deflate is a third of what drawing a page costs,
// and layout never waits for it. The results come back in the order asked
// for, and zlib's output depends only on its input, so the PDF is the same
// bytes as when every page is compressed in turn.
//
// The worker only runs flate_compress on strings it owns; everything
// libharu touches stays on the caller's thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace briefc::pdf {

class PageCompressor {
public:
  PageCompressor() = default;
  ~PageCompressor();  // waits for the page in hand, drops the rest
  PageCompressor(const PageCompressor&) = delete;
  PageCompressor& operator=(const PageCompressor&) = delete;

  // Queues `content` for compression (the worker starts with the first
  // page) and returns its number, from 0.
  std::size_t add(std::string content);

  // The compressed stream of page `number`, waiting for the worker if it is
  // not done yet. Each page is taken once.
  std::string take(std::size_t number);

private:
  void work();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::pair<std::size_t, std::string>> queue_;  // pages not started
  std::vector<std::string> done_;                          // by number
  std::vector<bool> finished_;                             // by number
  std::size_t added_ = 0;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace briefc::pdf
