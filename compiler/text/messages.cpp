#include "text/messages.hpp"

#include "text/record_messages.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace briefc::text {

namespace {

constexpr std::string_view in_language = "in {language}";
constexpr std::string_view currency = "currency";

struct Tagged {
  std::string_view tag;
  Message message;
};

constexpr std::array<Tagged, 9> language_names = {{
    {"en", {in_language, "English", {}}},
    {"ru", {in_language, "Russian", {}}},
    {"kk", {in_language, "Kazakh", {}}},
    {"uz", {in_language, "Uzbek", {}}},
    {"ky", {in_language, "Kyrgyz", {}}},
    {"tg", {in_language, "Tajik", {}}},
    {"uk", {in_language, "Ukrainian", {}}},
    {"fr", {in_language, "French", {}}},
    {"de", {in_language, "German", {}}},
}};

constexpr std::array<Tagged, 4> currencies = {{
    {"KZT", {currency, "{n} tenge", "{n} tenge"}},
    {"RUB", {currency, "{n} rouble", "{n} roubles"}},
    {"USD", {currency, "{n} US dollar", "{n} US dollars"}},
    {"EUR", {currency, "{n} euro", "{n} euros"}},
}};

constexpr std::array<Message, 5> wordings = {{
    {{}, "See (in {language}): {url}", {}},
    {{}, "See: {url}", {}},
    {{}, "{url} (in {language})", {}},
    {{}, "Page {page}", {}},
    {{}, "Page {page} of {pages}", {}},
}};

std::string lower_primary(std::string_view bcp47) {
  std::string primary(bcp47.substr(0, bcp47.find_first_of("-_")));
  for (char& c : primary)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return primary;
}

template <std::size_t N>
std::optional<Message> find_tagged(const std::array<Tagged, N>& table, std::string_view tag) {
  const auto found = std::find_if(table.begin(), table.end(), [&](const Tagged& t) { return t.tag == tag; });
  if (found == table.end()) return std::nullopt;
  return found->message;
}

constexpr std::array<Message, 10 + language_names.size() + currencies.size() + wordings.size()> make_all() {
  std::array<Message, 10 + language_names.size() + currencies.size() + wordings.size()> all{};
  std::size_t i = 0;
  for (const Message& m : {msg::recommendations, msg::authorities_should, msg::ibid, msg::continued,
                           msg::new_in_edition, msg::notes, msg::submitted_by, msg::reporting_period, msg::pages,
                           msg::years})
    all[i++] = m;
  for (const Tagged& t : language_names) all[i++] = t.message;
  for (const Tagged& t : currencies) all[i++] = t.message;
  for (const Message& m : wordings) all[i++] = m;
  return all;
}

constexpr auto all_table = make_all();

}  // namespace

std::optional<Message> language_name_message(std::string_view bcp47) {
  return find_tagged(language_names, lower_primary(bcp47));
}

std::optional<Message> currency_message(std::string_view iso_code) {
  return find_tagged(currencies, iso_code);
}

std::span<const Message> style_wordings() {
  return wordings;
}

std::span<const Message> all_messages() {
  static const std::vector<Message> all = [] {
    std::vector<Message> joined(all_table.begin(), all_table.end());
    const auto records = record_messages();
    joined.insert(joined.end(), records.begin(), records.end());
    return joined;
  }();
  return all;
}

}  // namespace briefc::text
