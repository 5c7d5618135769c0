// What the memos of a watch session share (layout/line_memo, pdf's
// compression memo and font programs, read/parsed_file_cache): each entry
// carries a `used` flag that a lookup sets, and after every build the session
// drops the entries the build did not use, so a memo holds what the current
// document needs and no more.
#pragma once

namespace briefc::model {

// Erases the entries of `map` whose `.used` is false and clears the flag of
// the others, ready for the next build.
template <class Map>
void forget_unused_entries(Map& map) {
  for (auto it = map.begin(); it != map.end();) {
    if (!it->second.used) {
      it = map.erase(it);
    } else {
      it->second.used = false;
      ++it;
    }
  }
}

}  // namespace briefc::model
