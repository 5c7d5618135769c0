#include "text/amounts.hpp"

#include "text/dates.hpp"

namespace briefc::text {

std::string format_amount(const LocaleContext& context, long long amount, std::string_view iso_code,
                          std::string_view bcp47, CurrencyForm form) {
  const std::string number = format_integer(context, amount, bcp47);
  if (form == CurrencyForm::Name) {
    if (const auto message = currency_message(iso_code)) {
      if (auto words = find_translation(context, *message, bcp47, amount)) {
        // The number and the currency's name never part at a line end.
        if (const auto at = words->find("{n} "); at != std::string::npos) words->replace(at + 3, 1, "\u00A0");
        return fill_placeholders(*words, {{"n", number}});
      }
    }
  }
  return number + "\u00A0" + std::string(iso_code);
}

}  // namespace briefc::text
