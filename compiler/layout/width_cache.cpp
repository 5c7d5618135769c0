#include "layout/width_cache.hpp"

namespace briefc::layout {

WidthCache::WidthCache(const FontMetrics& metrics) : metrics_(metrics) {}

std::size_t WidthCache::face(const FontKey& font, double size) {
  for (std::size_t i = 0; i < faces_.size(); ++i)
    if (faces_[i]->size == size && faces_[i]->font == font) return i;
  faces_.push_back(std::make_unique<Face>(Face{font, size, {}}));
  return faces_.size() - 1;
}

double WidthCache::width(std::size_t face, std::string_view utf8) {
  Face& f = *faces_[face];
  auto found = f.widths.find(utf8);
  if (found == f.widths.end())
    found = f.widths.emplace(std::string(utf8), metrics_.width(f.font, utf8, f.size)).first;
  return found->second;
}

}  // namespace briefc::layout
