#include "read/style_reader.hpp"

#include "text/placeholders.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace briefc::read {

std::optional<double> parse_length(std::string_view text) {
  double value = 0;
  auto r = std::from_chars(text.data(), text.data() + text.size(), value);
  // from_chars reads "nan" and "inf" too: no page has such a margin.
  if (r.ec != std::errc{} || !std::isfinite(value) || value < 0) return std::nullopt;
  std::string_view unit(r.ptr, static_cast<std::size_t>(text.data() + text.size() - r.ptr));
  double points = unit == "pt" ? value
                  : unit == "mm" ? value * 72.0 / 25.4
                  : unit == "cm" ? value * 72.0 / 2.54
                  : unit == "in" ? value * 72.0
                                 : -1;
  if (points < 0 || !std::isfinite(points)) return std::nullopt;  // 1e308in overflows to inf
  return points;
}

namespace {

double number_attr(const ElementReader& r, const pugi::xml_node& n, const char* name, double fallback) {
  auto a = n.attribute(name);
  if (!a) return fallback;
  std::string_view v = a.value();
  double value = 0;
  auto res = std::from_chars(v.data(), v.data() + v.size(), value);
  if (res.ec != std::errc{} || res.ptr != v.data() + v.size() || !std::isfinite(value) || value <= 0 || value > 200) {
    r.diags()
        .error(r.at(n, name), fmt::format("'{}' must be a size in points, such as 10.5, not '{}'", name, v),
               "a size is a finite number above 0 and at most 200")
        .rule = "style-page-invalid";
    return fallback;
  }
  return value;
}

// <words limit="N">: a whole number of words from 1 to a million.
std::size_t word_limit_attr(const ElementReader& r, const pugi::xml_node& n) {
  std::string_view v = n.attribute("limit").value();
  std::size_t value = 0;
  auto res = std::from_chars(v.data(), v.data() + v.size(), value);
  if (res.ec != std::errc{} || res.ptr != v.data() + v.size() || value == 0 || value > 1000000) {
    r.diags()
        .error(r.at(n, "limit"), fmt::format("'limit' must be a number of words, such as 1500, not '{}'", v),
               "a word limit is a whole number from 1 to 1,000,000");
    return 0;
  }
  return value;
}

double length_attr(const ElementReader& r, const pugi::xml_node& n, const char* name, double fallback) {
  auto a = n.attribute(name);
  if (!a) return fallback;
  auto v = parse_length(a.value());
  if (!v) {
    r.diags()
        .error(r.at(n, name), fmt::format("invalid length '{}'", a.value()),
               "write a number with a unit: 20mm, 2cm, 56.7pt or 1in")
        .rule = "style-page-invalid";
    return fallback;
  }
  return *v;
}

// A wording with {placeholders}: malformed or unknown ones are refused here,
// where the caret can point at them, so later stages meet only good patterns.
std::string pattern_attr(const ElementReader& r, const pugi::xml_node& n, const char* name,
                         std::initializer_list<std::string_view> allowed) {
  std::string value = n.attribute(name).value();
  if (auto error = text::check_pattern(value, allowed))
    r.diags()
        .error(r.at(n, name, error->offset), fmt::format("{} in '{}'", error->message, name),
               fmt::format("placeholders are names in braces; '{}' can use {}", name, text::placeholder_list(allowed)))
        .rule = "pattern-malformed";
  return value;
}

// The text area is what the margins leave of the page. A style whose margins
// leave (almost) nothing would set every line on a page of its own, or off
// the page: refuse it where the margins are written.
void check_text_area(const ElementReader& r, const pugi::xml_node& page, const model::Style& s) {
  constexpr double smallest = 72;  // 1 inch each way: room for a line and a footnote
  double width = s.page_width - s.margin_inner - s.margin_outer;
  double height = s.page_height - s.margin_top - s.margin_bottom;
  if (width >= smallest && height >= smallest) return;
  auto mm = [](double points) { return points * 25.4 / 72.0; };
  bool narrow = width < smallest;
  r.diags().error(r.at(page, narrow ? (page.attribute("inner") ? "inner" : "outer")
                                    : (page.attribute("top") ? "top" : "bottom")),
                  fmt::format("the margins leave a text area of {:.1f}mm × {:.1f}mm on a {:.1f}mm × {:.1f}mm page",
                              mm(width), mm(height), mm(s.page_width), mm(s.page_height)),
                  "make the margins smaller: the text area must be at least 25.4mm (1in) wide and high")
      .rule = "style-page-invalid";
}

// A text area that holds two lines of each of the style's fonts, each line
// a dozen characters wide: less, and layout would set lines taller or
// wider than the area, off the page. Checked once every <font> is read.
void check_fonts_fit(const ElementReader& r, diag::SourceLocation where, const model::Style& s) {
  double width = s.page_width - s.margin_inner - s.margin_outer;
  double height = s.page_height - s.margin_top - s.margin_bottom;
  for (const auto& [role, font] : {std::pair{"body", &s.body}, {"heading", &s.heading}, {"title", &s.title},
                                   {"note", &s.note}}) {
    double needed_width = 6 * font->size, needed_height = 2 * std::max(font->leading, font->size);
    if (width >= needed_width && height >= needed_height) continue;
    auto mm = [](double points) { return points * 25.4 / 72.0; };
    r.diags()
        .error(font->location.known() ? font->location : where,
               fmt::format("the text area, {:.1f}mm × {:.1f}mm, is too small for the {} font ({}pt on a {}pt "
                           "leading): it needs at least {:.1f}mm × {:.1f}mm",
                           mm(width), mm(height), role, font->size, font->leading, mm(needed_width), mm(needed_height)),
               "make the font or the margins smaller: two lines of a dozen characters must fit")
        .rule = "style-page-invalid";
    return;
  }
}

model::TextCase case_attr(const ElementReader& r, const pugi::xml_node& n, const char* name) {
  return r.enum_attr(n, name, {"as-is", "upper"}) == "upper" ? model::TextCase::Upper : model::TextCase::AsIs;
}

}  // namespace

std::optional<model::Style> load_style(const std::string& path, diag::SourceManager& sources,
                                       diag::Diagnostics& diags) {
  auto file = load_xml_file(path, sources, diags);
  if (!file) return std::nullopt;
  ElementReader r(*file, sources, diags);
  auto root = file->doc->document_element();
  if (std::string(root.name()) != "style") {
    diags.error(r.at(root), fmt::format("expected a <style> file, found <{}>", root.name()));
    return std::nullopt;
  }
  auto errors_before = diags.error_count();
  model::Style s;
  s.path = path;
  s.location = r.at(root);
  r.check_attributes(root, {"id"}, {"id"});
  r.check_children(root, {"page", "font", "headings", "paragraphs", "authors", "title-block", "words", "citation", "recommendations", "dates", "footer"});
  s.id = root.attribute("id").value();
  for (auto n : root.children()) {
    if (n.type() != pugi::node_element) continue;
    std::string name = n.name();
    if (name == "page") {
      r.check_attributes(n, {"size", "top", "bottom", "inner", "outer"});
      if (r.enum_attr(n, "size", {"A4", "Letter"}) == "Letter") {
        s.page_width = 612;
        s.page_height = 792;
      }
      s.margin_top = length_attr(r, n, "top", s.margin_top);
      s.margin_bottom = length_attr(r, n, "bottom", s.margin_bottom);
      s.margin_inner = length_attr(r, n, "inner", s.margin_inner);
      s.margin_outer = length_attr(r, n, "outer", s.margin_outer);
      check_text_area(r, n, s);
    } else if (name == "font") {
      r.check_attributes(n, {"role", "family", "size", "leading"}, {"role"});
      auto role = r.enum_attr(n, "role", {"body", "heading", "title", "note", "footer"});
      model::FontSpec* spec = role == "body"      ? &s.body
                              : role == "heading" ? &s.heading
                              : role == "title"   ? &s.title
                              : role == "note"    ? &s.note
                              : role == "footer"  ? &s.footer
                                                  : nullptr;
      if (!spec) continue;
      if (spec->location.known() && spec->location.file == r.file().file) {  // one <font> per role, as the schema says
        r.diags()
            .error(r.at(n, "role"), fmt::format("a second <font role=\"{}\">", role),
                   "each role has one <font>: merge the two")
            .notes.push_back({spec->location, "the first is here"});
        continue;
      }
      if (n.attribute("family")) spec->family = r.text_attr(n, "family");
      spec->size = number_attr(r, n, "size", spec->size);
      spec->leading = number_attr(r, n, "leading", spec->size * 1.3);
      spec->location = n.attribute("family") ? r.at(n, "family") : r.at(n);
    } else if (name == "headings") {
      r.check_attributes(n, {"numbering", "level1-case", "level2-case", "level3-case"});
      s.numbered_headings = r.enum_attr(n, "numbering", {"none", "decimal"}) == "decimal";
      s.level_case[0] = case_attr(r, n, "level1-case");
      s.level_case[1] = case_attr(r, n, "level2-case");
      s.level_case[2] = case_attr(r, n, "level3-case");
    } else if (name == "paragraphs") {
      r.check_attributes(n, {"numbering"});
      s.numbered_paragraphs = r.enum_attr(n, "numbering", {"none", "decimal"}) == "decimal";
    } else if (name == "authors") {
      r.check_attributes(n, {"print"}, {"print"});
      s.print_authors = r.enum_attr(n, "print", {"true", "false"}) == "true";
    } else if (name == "title-block") {
      r.check_attributes(n, {"byline", "period", "date"});
      s.title_byline = r.enum_attr(n, "byline", {"true", "false"}) == "true";
      s.title_period = r.enum_attr(n, "period", {"true", "false"}) == "true";
      s.title_date = r.enum_attr(n, "date", {"true", "false"}) == "true";
    } else if (name == "words") {
      r.check_attributes(n, {"limit"}, {"limit"});
      if (n.attribute("limit")) s.word_limit = word_limit_attr(r, n);
    } else if (name == "citation") {
      r.check_attributes(n, {"pattern", "same-language-pattern", "ibid"}, {"pattern"});
      s.citation_pattern = pattern_attr(r, n, "pattern", {"url", "language", "title", "publisher"});
      s.same_language_pattern = pattern_attr(r, n, "same-language-pattern", {"url", "language", "title", "publisher"});
      s.citation_location = r.at(n);
      s.ibid = r.text_attr(n, "ibid");
    } else if (name == "recommendations") {
      r.check_attributes(n, {"italic", "item-end", "last-end"});
      s.recommendations_italic = r.enum_attr(n, "italic", {"true", "false"}) == "true";
      if (n.attribute("item-end")) s.item_end = n.attribute("item-end").value();
      if (n.attribute("last-end")) s.last_end = n.attribute("last-end").value();
    } else if (name == "dates") {
      r.check_attributes(n, {"day", "status-age"});
      s.ordinal_days = r.enum_attr(n, "day", {"cardinal", "ordinal"}) == "ordinal";
      if (n.attribute("status-age")) {
        int months = r.int_attr(n, "status-age");  // reports what is no whole number (and gives 0)
        if (months >= 1 && months <= 600)
          s.status_age_months = months;
        else if (months != 0 || std::string_view(n.attribute("status-age").value()) == "0")
          r.diags().error(r.at(n, "status-age"), "status-age is a number of months from 1 to 600",
                          "write status-age=\"24\" for two years");
      }
    } else if (name == "footer") {
      r.check_attributes(n, {"text"}, {"text"});
      s.footer_text = pattern_attr(r, n, "text", {"page", "pages"});
      s.footer_location = r.at(n, "text");
    }
    r.check_children(n, {});
  }
  if (diags.error_count() == errors_before) check_fonts_fit(r, r.at(root), s);
  if (diags.error_count() > errors_before) return std::nullopt;
  return s;
}

}  // namespace briefc::read
