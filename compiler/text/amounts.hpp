// Sums of money as briefc prints them: the number grouped with no-break
// spaces (format_integer), then the currency as its ISO code or its name in
// the document's language.
#pragma once

#include <string>
#include <string_view>

#include "text/catalog.hpp"
#include "text/locale_context.hpp"

namespace briefc::text {

enum class CurrencyForm {
  Code,  // "444 500 KZT" in every language, as briefc's papers write amounts
  Name,  // "444 500 tenge", "444 500 тенге", "1 доллар США", "5 долларов США"
};

// `amount` of the currency `iso_code` (ISO 4217: KZT, EUR…), joined to it by a
// no-break space so the two never part at a line end. CurrencyForm::Name uses
// the catalog's plural forms for the amount; a currency the catalogs do not
// name (see currency_message), or a language without a catalog, falls back to
// the code.
std::string format_amount(const LocaleContext& context, long long amount, std::string_view iso_code,
                          std::string_view bcp47, CurrencyForm form);

}  // namespace briefc::text
