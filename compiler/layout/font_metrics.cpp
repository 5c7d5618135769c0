#include "layout/font_metrics.hpp"

namespace briefc::layout {

FontFace face_for(bool bold, bool italic) {
  if (bold && italic) return FontFace::BoldItalic;
  if (bold) return FontFace::Bold;
  if (italic) return FontFace::Italic;
  return FontFace::Regular;
}

}  // namespace briefc::layout
