#include "import/bibtex.hpp"

#include <fmt/format.h>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>

namespace briefc::import {

namespace {

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  ImportResult run() {
    ImportResult result;
    while (skip_to_entry()) {
      std::size_t line = line_at(i_);
      ++i_;  // '@'
      std::string type = lower(word());
      skip_space();
      if (i_ >= s_.size() || (s_[i_] != '{' && s_[i_] != '(')) {
        result.problems.push_back(fmt::format("line {}: '@{}' is not followed by '{{'; skipped", line, type));
        continue;
      }
      char close = s_[i_] == '{' ? '}' : ')';
      ++i_;
      if (type == "comment" || type == "preamble") {
        skip_balanced(close);
        continue;
      }
      if (type == "string") {
        skip_space();
        std::string name = lower(word());
        skip_space();
        if (i_ < s_.size() && s_[i_] == '=') ++i_;
        macros_[name] = value();
        skip_balanced(close);
        continue;
      }
      ImportedSource src;
      skip_space();
      src.key = word_until(",");
      src.where = fmt::format("line {} ('{}')", line, src.key);
      std::map<std::string, std::string> fields;
      while (true) {
        skip_space();
        if (i_ >= s_.size()) {
          result.problems.push_back(fmt::format("line {}: the entry '{}' is not closed", line, src.key));
          break;
        }
        if (s_[i_] == ',') {
          ++i_;
          continue;
        }
        if (s_[i_] == close) {
          ++i_;
          break;
        }
        std::string name = lower(word());
        if (name.empty()) {  // not a field: skip a character rather than loop
          ++i_;
          continue;
        }
        skip_space();
        if (i_ < s_.size() && s_[i_] == '=') ++i_;
        fields[name] = clean(value());
      }
      fill(src, type, fields);
      result.sources.push_back(std::move(src));
    }
    return result;
  }

 private:
  static std::string lower(std::string w) {
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  }

  std::size_t line_at(std::size_t at) const {
    std::size_t n = 1;
    for (std::size_t k = 0; k < at && k < s_.size(); ++k) n += s_[k] == '\n';
    return n;
  }

  bool skip_to_entry() {
    i_ = s_.find('@', i_);
    return i_ != std::string_view::npos;
  }

  void skip_space() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }

  std::string word() {
    std::size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '-' ||
                              s_[i_] == ':' || s_[i_] == '.' || s_[i_] == '+' || s_[i_] == '/'))
      ++i_;
    return std::string(s_.substr(start, i_ - start));
  }

  std::string word_until(const char* stops) {
    std::size_t start = i_;
    while (i_ < s_.size() && !std::strchr(stops, s_[i_]) && s_[i_] != '}' && s_[i_] != ')' && s_[i_] != '\n') ++i_;
    std::string w(s_.substr(start, i_ - start));
    while (!w.empty() && std::isspace(static_cast<unsigned char>(w.back()))) w.pop_back();
    return w;
  }

  // Skips to the `close` that ends the current entry, over nested braces.
  void skip_balanced(char close) {
    int depth = 0;
    for (; i_ < s_.size(); ++i_) {
      if (s_[i_] == '{') ++depth;
      else if (s_[i_] == '}' && depth > 0) --depth;
      else if (s_[i_] == close && depth == 0) {
        ++i_;
        return;
      }
    }
  }

  // One value: parts joined by '#'.
  std::string value() {
    std::string out;
    while (true) {
      skip_space();
      if (i_ >= s_.size()) return out;
      if (s_[i_] == '{') {
        int depth = 0;
        std::size_t start = ++i_;
        for (; i_ < s_.size(); ++i_) {
          if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
            ++i_;
            continue;
          }
          if (s_[i_] == '{') ++depth;
          else if (s_[i_] == '}' && depth-- == 0) break;
        }
        out += s_.substr(start, i_ - start);
        if (i_ < s_.size()) ++i_;
      } else if (s_[i_] == '"') {
        std::size_t start = ++i_;
        int depth = 0;
        for (; i_ < s_.size(); ++i_) {
          if (s_[i_] == '{') ++depth;
          else if (s_[i_] == '}') --depth;
          else if (s_[i_] == '"' && depth <= 0) break;
        }
        out += s_.substr(start, i_ - start);
        if (i_ < s_.size()) ++i_;
      } else {
        std::string w = lower(word());
        if (w.empty()) return out;
        auto m = macros_.find(w);
        out += m != macros_.end() ? m->second : w;
      }
      skip_space();
      if (i_ < s_.size() && s_[i_] == '#') {
        ++i_;
        continue;
      }
      return out;
    }
  }

  // What a value prints: LaTeX accents as characters, no protecting braces,
  // "--" as a dash, "~" as a space, runs of white space as one.
  static std::string clean(const std::string& v) {
    static const std::map<std::string, std::string> accents = {
        {"\\\"o", "ö"}, {"\\\"u", "ü"}, {"\\\"a", "ä"}, {"\\\"O", "Ö"}, {"\\\"U", "Ü"}, {"\\\"A", "Ä"},
        {"\\'e", "é"},  {"\\'a", "á"},  {"\\'o", "ó"},  {"\\'i", "í"},  {"\\'u", "ú"},  {"\\`e", "è"},
        {"\\`a", "à"},  {"\\^o", "ô"},  {"\\c{c}", "ç"}, {"\\c c", "ç"}, {"\\ss", "ß"},  {"\\~n", "ñ"},
        {"\\v{s}", "š"}, {"\\v{c}", "č"}, {"\\u{g}", "ğ"}, {"\\&", "&"}, {"\\%", "%"},  {"\\_", "_"},
        {"\\$", "$"},   {"\\#", "#"}};
    std::string out;
    for (std::size_t i = 0; i < v.size();) {
      bool done = false;
      if (v[i] == '\\') {
        for (const auto& [from, to] : accents)
          if (v.compare(i, from.size(), from) == 0) {
            out += to;
            i += from.size();
            done = true;
            break;
          }
        if (!done && v.compare(i, 5, "\\url{") == 0) {  // \url{…}: its argument
          i += 4;
          done = true;
        }
      }
      if (done) continue;
      char c = v[i];
      if (c == '{' || c == '}') {
        ++i;
      } else if (c == '~') {
        out += ' ';
        ++i;
      } else if (c == '-' && i + 2 < v.size() && v[i + 1] == '-' && v[i + 2] == '-') {
        out += "—";
        i += 3;
      } else if (c == '-' && i + 1 < v.size() && v[i + 1] == '-') {
        out += "–";
        i += 2;
      } else if (std::isspace(static_cast<unsigned char>(c))) {
        if (!out.empty() && out.back() != ' ') out += ' ';
        ++i;
      } else {
        out += c;
        ++i;
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  static void fill(ImportedSource& src, const std::string& type, std::map<std::string, std::string>& f) {
    auto first = [&](std::initializer_list<const char*> names) {
      for (const char* n : names)
        if (auto it = f.find(n); it != f.end() && !it->second.empty()) return it->second;
      return std::string();
    };
    src.url = first({"url"});
    if (src.url.empty()) {
      std::string how = first({"howpublished"});
      if (how.rfind("http", 0) == 0) src.url = how;
    }
    src.title = first({"title"});
    src.publisher = first({"journaltitle", "journal", "booktitle", "publisher", "organization", "institution"});
    src.date = first({"date"}).substr(0, 10);
    if (src.date.empty()) {
      std::string year = first({"year"});
      static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
      std::string month = lower(first({"month"}));
      int m = 0;
      for (int k = 0; k < 12; ++k)
        if (month.rfind(months[k], 0) == 0) m = k + 1;
      if (!m && !month.empty() && std::isdigit(static_cast<unsigned char>(month[0]))) m = std::atoi(month.c_str());
      if (year.size() == 4 && std::isdigit(static_cast<unsigned char>(year[0])))
        src.date = m >= 1 && m <= 12 ? fmt::format("{}-{:02}", year, m) : year;
    }
    src.lang = language_tag(first({"langid", "language"}));
    if (type == "article" || type == "online" || type == "www" || type == "newspaper")
      src.kind = "media";
    else if (type == "report" || type == "techreport")
      src.kind = "ngo-report";
    else if (type == "legislation" || type == "legal" || type == "jurisdiction")
      src.kind = "legal-text";
    else
      src.kind = "other";
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::map<std::string, std::string> macros_ = {{"jan", "1"}, {"feb", "2"},  {"mar", "3"},  {"apr", "4"},
                                                {"may", "5"}, {"jun", "6"},  {"jul", "7"},  {"aug", "8"},
                                                {"sep", "9"}, {"oct", "10"}, {"nov", "11"}, {"dec", "12"}};
};

}  // namespace

ImportResult read_bibtex(std::string_view text) { return Parser(text).run(); }

}  // namespace briefc::import
