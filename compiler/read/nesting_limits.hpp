// How deep the format's structures may nest. Real briefings use a handful of
// levels; these limits are far above that and far below what would exhaust
// the stack of the recursive stages (resolve, layout, the PDF outline), so
// input past them is a located error instead of a crash. The XML reader's own
// limit (read/xml_file.hpp) catches any deeper element first.
#pragma once

namespace briefc::read {

inline constexpr int max_inline_depth = 100;   // <b><i><a>… inside one paragraph
inline constexpr int max_section_depth = 20;   // <section> inside <section> (bookmarks nest as deep)
inline constexpr int max_list_depth = 20;      // <list> inside an <item> of a <list>
// (and read/loader.hpp: max_folder_depth, 32 subfolders below a folder include)

}  // namespace briefc::read
