#include "text/catalog.hpp"

#include <boost/locale/message.hpp>

#include <system_error>

#ifndef BRIEFC_LOCALE_DIR
#define BRIEFC_LOCALE_DIR "locale"
#endif

namespace briefc::text {

namespace {

std::string primary_language(std::string_view bcp47) {
  std::string primary(bcp47.substr(0, bcp47.find_first_of("-_")));
  for (char& c : primary)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return primary;
}

bool is_source_language(std::string_view bcp47) {
  return primary_language(bcp47) == "en";
}

// gettext's plural formulas only look at the last digits (n % 10, n % 100),
// so a count beyond int is folded onto one with the same last six digits.
int plural_count(long long count) {
  if (count < 0) count = -(count % 1000000);
  if (count > 1000000000) count = count % 1000000 + 1000000;
  return static_cast<int>(count);
}

}  // namespace

std::filesystem::path catalog_path(const LocaleContext& context, std::string_view bcp47) {
  return context.catalog_directory() / primary_language(bcp47) / "LC_MESSAGES" / (std::string(catalog_domain) + ".mo");
}

bool has_catalog(const LocaleContext& context, std::string_view bcp47) {
  if (is_source_language(bcp47)) return true;
  std::error_code ec;
  return std::filesystem::is_regular_file(catalog_path(context, bcp47), ec);
}

std::optional<std::string> find_translation(const LocaleContext& context, const Message& message,
                                            std::string_view bcp47, long long count) {
  const bool plural = !message.plural.empty();
  if (is_source_language(bcp47)) return std::string(plural && count != 1 ? message.plural : message.id);

  const std::locale& locale = context.locale_for(bcp47);
  if (!std::has_facet<boost::locale::message_format<char>>(locale)) return std::nullopt;
  // The facet answers null for a message it lacks, where gettext() would
  // quietly hand back the English id.
  const auto& format = std::use_facet<boost::locale::message_format<char>>(locale);
  const std::string msgctxt(message.context);
  const std::string msgid(message.id);
  const char* context_or_null = msgctxt.empty() ? nullptr : msgctxt.c_str();
  const int domain = format.domain(catalog_domain);
  const char* translated = plural ? format.get(domain, context_or_null, msgid.c_str(), plural_count(count))
                                  : format.get(domain, context_or_null, msgid.c_str());
  if (translated == nullptr || *translated == '\0') return std::nullopt;
  return std::string(translated);
}

std::string translate(const LocaleContext& context, const Message& message, std::string_view bcp47, long long count) {
  if (auto found = find_translation(context, message, bcp47, count)) return *found;
  return std::string(!message.plural.empty() && count != 1 ? message.plural : message.id);
}

std::optional<std::string> find_wording_translation(const LocaleContext& context, std::string_view english,
                                                    std::string_view bcp47) {
  return find_translation(context, Message{{}, english, {}}, bcp47);
}

std::filesystem::path default_catalog_directory() {
  std::error_code ec;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // In the build folder, the catalogs sit beside the program; installed
    // (make install, the .deb), in PREFIX/share/locale beside PREFIX/bin.
    const std::filesystem::path beside = executable.parent_path() / "locale";
    if (std::filesystem::is_directory(beside, ec)) return beside;
    const std::filesystem::path installed = executable.parent_path().parent_path() / "share" / "locale";
    if (std::filesystem::exists(installed / "ru" / "LC_MESSAGES" / "briefc.mo", ec)) return installed;
  }
  return BRIEFC_LOCALE_DIR;
}

bool has_words(std::string_view pattern) {
  int depth = 0;
  for (const char c : pattern) {
    if (c == '{')
      ++depth;
    else if (c == '}' && depth > 0)
      --depth;
    else if (depth == 0 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80))
      return true;
  }
  return false;
}

std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view key = pattern.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [name, value] : values)
          if (name == key) {
            out += value;
            replaced = true;
            break;
          }
        if (replaced) {
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

}  // namespace briefc::text
