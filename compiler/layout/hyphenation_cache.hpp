// Hyphenation points, found once per word and document.
//
// Prose repeats its words, and Hyphenator::points lower-cases, re-encodes
// and runs the patterns over a word each time it is asked. The points of a
// word never change within a compilation, so remembering them changes no
// result.
#pragma once

#include "text/hyphenator.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace briefc::layout {

class HyphenationCache {
public:
  // hyphenator.points(word), remembered per hyphenator (each pattern file
  // hyphenates differently). The reference stays valid as long as the cache.
  const std::vector<std::size_t>& points(const text::Hyphenator& hyphenator, std::string_view word);

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using PointsByWord = std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>>;

  // A document has one language and so one hyphenator; a few more are rare.
  std::unordered_map<const text::Hyphenator*, PointsByWord> by_hyphenator_;
  const text::Hyphenator* last_hyphenator_ = nullptr;  // and its words, as every word of a paragraph asks
  PointsByWord* last_words_ = nullptr;
};

}  // namespace briefc::layout
