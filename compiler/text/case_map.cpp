#include "text/case_map.hpp"

#include <boost/locale/conversion.hpp>

namespace briefc::text {

std::string to_upper(const LocaleContext& context, std::string_view utf8, std::string_view lang) {
    return boost::locale::to_upper(utf8.data(), utf8.data() + utf8.size(), context.locale_for(lang));
}

std::string to_lower(const LocaleContext& context, std::string_view utf8, std::string_view lang) {
    return boost::locale::to_lower(utf8.data(), utf8.data() + utf8.size(), context.locale_for(lang));
}

std::string normalize_nfc(const LocaleContext& context, std::string_view utf8) {
    // Any ICU locale will do; "und" is the root locale.
    return boost::locale::normalize(utf8.data(), utf8.data() + utf8.size(), boost::locale::norm_nfc,
                                    context.locale_for("und"));
}

std::string lower_latin_cyrillic(std::string_view utf8) {
  std::string out(utf8);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 0x20);
    } else if (c == 0xD0 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x90 && d <= 0x9F) {  // А–П → а–п
        out[i + 1] = static_cast<char>(d + 0x20);
      } else if (d >= 0xA0 && d <= 0xAF) {  // Р–Я → р–я, one lead byte on
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(d - 0x20);
      } else if (d == 0x81) {  // Ё → ё
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(0x91);
      }
      ++i;
    }
  }
  return out;
}

}  // namespace briefc::text
