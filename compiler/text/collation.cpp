#include "text/collation.hpp"

#include <boost/locale/collator.hpp>

#include <algorithm>
#include <numeric>

namespace briefc::text {

Collator::Collator(const LocaleContext& context, std::string_view bcp47) : locale_(context.locale_for(bcp47)) {}

int Collator::compare(std::string_view a, std::string_view b) const {
  const auto& collator = std::use_facet<boost::locale::collator<char>>(locale_);
  return collator.compare(boost::locale::collator_base::tertiary, a.data(), a.data() + a.size(), b.data(),
                          b.data() + b.size());
}

std::vector<std::size_t> collation_order(const LocaleContext& context, const std::vector<std::string>& keys,
                                         std::string_view bcp47) {
  const Collator collator(context, bcp47);
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return collator.less(keys[a], keys[b]); });
  return order;
}

}  // namespace briefc::text
