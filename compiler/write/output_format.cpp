#include "write/output_format.hpp"

#include <algorithm>

namespace briefc::write {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::optional<OutputFormat> format_named(std::string_view name) {
  if (name == "pdf") return OutputFormat::Pdf;
  if (name == "docx") return OutputFormat::Docx;
  if (name == "html") return OutputFormat::Html;
  return std::nullopt;
}

std::optional<OutputFormat> format_of_path(std::string_view path) {
  auto slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  auto dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext = lower(name.substr(dot + 1));
  if (ext == "htm") return OutputFormat::Html;
  return format_named(ext);
}

std::string_view extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::Pdf: return ".pdf";
    case OutputFormat::Docx: return ".docx";
    case OutputFormat::Html: return ".html";
  }
  return ".pdf";
}

std::string_view display_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::Pdf: return "PDF";
    case OutputFormat::Docx: return "DOCX";
    case OutputFormat::Html: return "HTML";
  }
  return "PDF";
}

std::optional<std::vector<OutputFormat>> parse_format_list(std::string_view list, std::string& error) {
  std::vector<OutputFormat> out;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = list.find(',', start);
    std::string_view item = list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    auto format = format_named(item);
    if (!format) {
      error = "--format is pdf, docx or html (or a comma list of them, such as pdf,docx), not '";
      error += item;
      error += "'";
      return std::nullopt;
    }
    if (std::find(out.begin(), out.end(), *format) == out.end()) out.push_back(*format);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace briefc::write
