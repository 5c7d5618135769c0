// Sorting words the way a language's readers expect, through ICU's collation
// (Boost.Locale), for lists such as names sorted by surname.
//
// Byte order puts Russian "Ёлкин" after "Ясин" and Kazakh "Әбілов" after every
// Russian letter; the language's collation puts "Ёлкин" between "Егоров" and
// "Жуков", and in Kazakh "Әбілов" right after "Абаев", "Қасымов" after
// "Кенжебаев" and before "Лаврова". Letters first, then accents, then case
// ("abel" < "Ábel" < "Mamai"): ICU's tertiary strength.
#pragma once

#include <cstddef>
#include <locale>
#include <string>
#include <string_view>
#include <vector>

#include "text/locale_context.hpp"

namespace briefc::text {

class Collator {
 public:
  // The collation of `bcp47`; the context must outlive the collator.
  Collator(const LocaleContext& context, std::string_view bcp47);

  // Negative, zero or positive as `a` sorts before, with or after `b`.
  // Precondition: valid UTF-8.
  int compare(std::string_view a, std::string_view b) const;

  // A strict weak order for std::sort and std::stable_sort.
  bool less(std::string_view a, std::string_view b) const { return compare(a, b) < 0; }

 private:
  const std::locale& locale_;
};

// The indices of `keys` in the order the language sorts them; equal keys keep
// their order (a stable sort), so a caller sorts records by a key with
// `for (i : collation_order(…)) sorted.push_back(records[i])`.
std::vector<std::size_t> collation_order(const LocaleContext& context, const std::vector<std::string>& keys,
                                         std::string_view bcp47);

}  // namespace briefc::text
