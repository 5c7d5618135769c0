// A small deterministic random source for the corpus generator.
//
// std::mt19937 is reproducible, but the std:: distributions are not: libstdc++
// and libc++ may turn the same engine state into different numbers. The
// generator must write byte-identical corpora everywhere (so that benchmark
// figures from two machines describe the same input), so it draws from
// SplitMix64 (Steele, Lea, Flood 2014) and maps to ranges itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace briefc::bench {

class Random {
public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // A number in [0, bound); bound must be positive. The modulo bias is below
  // 2^-40 for every bound the generator uses, which does not matter here.
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }

  // A number in [low, high], both included.
  int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1))); }

  // True with the given probability in percent.
  bool percent(int chance) { return static_cast<int>(below(100)) < chance; }

  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

  // An independent stream derived from this one, so that adding a draw in one
  // part of the generator does not change everything generated after it.
  Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0x2545f4914f6cdd1dULL)); }

private:
  std::uint64_t state_;
};

}  // namespace briefc::bench
