#include "layout/hyphenation_cache.hpp"

namespace briefc::layout {

const std::vector<std::size_t>& HyphenationCache::points(const text::Hyphenator& hyphenator, std::string_view word) {
  if (&hyphenator != last_hyphenator_) {
    last_hyphenator_ = &hyphenator;
    last_words_ = &by_hyphenator_[&hyphenator];
  }
  PointsByWord& words = *last_words_;
  auto found = words.find(word);
  if (found == words.end()) found = words.emplace(std::string(word), hyphenator.points(word)).first;
  return found->second;
}

}  // namespace briefc::layout
