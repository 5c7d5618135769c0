#include "read/document_reader.hpp"

#include <cstring>

#include "read/inline_reader.hpp"
#include "read/nesting_limits.hpp"
#include "read/records_reader.hpp"

#include <fmt/format.h>

namespace briefc::read {

namespace {

constexpr Names block_elements = {"p",    "list",  "quote",        "section",
                                   "recommendations", "case", "cases", "developments", "recommendation-history"};

// `sections`: how many <section>s hold `parent`'s blocks (0 in <body>).
std::vector<model::Block> read_blocks(const ElementReader& r, const pugi::xml_node& parent, bool allow_heading,
                                      int sections);

// `level`: 1 for a list in a paragraph's place, 2 for one inside its item…
model::Block read_list(const ElementReader& r, const pugi::xml_node& n, int level) {
  r.check_attributes(n, {"kind"});
  r.check_children(n, {"item"});
  model::Block b;
  b.kind = model::BlockKind::List;
  b.location = r.at(n);
  b.numbered = r.enum_attr(n, "kind", {"bullet", "numbered"}) == "numbered";
  for (auto item : n.children("item")) {
    r.check_attributes(item, {});
    model::ListItem li;
    li.location = r.at(item);
    r.check_order(item, {{"b", "i", "a", "cite", "note", "person", "org", "law", "ref", "q", "span"}, {"list"}},
                  "its text, then one <list>");
    li.content = read_inline(r, item, {"list"});
    for (auto sub : item.children("list")) {
      if (level + 1 > max_list_depth) {
        r.diags().error(r.at(sub), fmt::format("lists are nested more than {} levels deep here", max_list_depth),
                        "no briefing needs such depth: close the lists left open, or flatten them")
            .rule = "nesting-too-deep";
        break;
      }
      li.sublists.push_back(read_list(r, sub, level + 1));
    }
    b.items.push_back(std::move(li));
  }
  if (b.items.empty()) r.diags().error(b.location, "a <list> needs at least one <item>");
  return b;
}


// <arg name="…">: a literal value, ref="ids" of people and organisations
// whose names are the value, or those people marked up as in prose
// (<person ref="p-a">Alma Orazova</person> and <person ref="p-b">…</person>),
// joined only by commas and "and": the value is then their names as the
// records spell them, and the written names are checked like any mention.
std::string trimmed_words(const std::string& text) {
  std::string words = collapse_whitespace(text);
  const auto first = words.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return words.substr(first, words.find_last_not_of(' ') - first + 1);
}

model::TemplateArgument read_argument(const ElementReader& r, const pugi::xml_node& arg) {
  r.check_attributes(arg, {"name", "ref"}, {"name"});
  model::TemplateArgument a;
  a.name = arg.attribute("name").value();
  a.ref = collapse_whitespace(arg.attribute("ref").value());
  a.location = r.at(arg);
  if (!arg.find_child([](const pugi::xml_node& c) { return c.type() == pugi::node_element; })) {
    a.text = collapse_whitespace(arg.text().get());
    return a;
  }
  if (!a.ref.empty())
    r.diags().error(r.at(arg, "ref"), "an <arg> names its people either with ref=\"…\" or with <person> inside, not both",
                    "keep the <person> elements and remove ref");
  a.mentions = read_inline(r, arg);
  std::string ids;
  for (const auto& m : a.mentions) {
    if (m.kind == model::InlineKind::Person || m.kind == model::InlineKind::Org) {
      ids += (ids.empty() ? "" : " ") + m.target;
      continue;
    }
    if (m.kind != model::InlineKind::Text) {
      r.diags().error(m.location.known() ? m.location : a.location,
                      "an <arg> holds a value, or <person> and <org> mentions joined by commas and \"and\"",
                      "put other markup in the recommendation's <text>");
      continue;
    }
    // Between the names, only what joins a list: the language's own "and" is printed in its place.
    std::string words = m.text;
    for (const char* joint : {",", ";", "&", " and ", " и ", " және "}) {
      for (auto at = words.find(joint); at != std::string::npos; at = words.find(joint)) words.replace(at, std::strlen(joint), " ");
    }
    if (words.find_first_not_of(' ') != std::string::npos)
      r.diags().error(m.location.known() ? m.location : a.location,
                      fmt::format("an <arg> that marks people holds their names only, but it also says '{}'",
                                  trimmed_words(m.text)),
                      "put other words in the recommendation's <text>, around {" + a.name + "}");
  }
  a.ref = ids;
  return a;
}

model::Block read_recommendations(const ElementReader& r, const pugi::xml_node& n) {
  r.check_attributes(n, {"heading", "lead"});
  r.check_children(n, {"rec"});
  model::Block b;
  b.kind = model::BlockKind::Recommendations;
  b.location = r.at(n);
  b.heading_text = r.text_attr(n, "heading");
  b.lead = r.text_attr(n, "lead");
  // Absent: the standard wording of the document's language; heading="" or lead="": none.
  b.standard_heading = !n.attribute("heading");
  b.standard_lead = !n.attribute("lead");
  for (auto rec : n.children("rec")) {
    r.check_attributes(rec, {"ref", "id"}, {"ref"});
    r.check_children(rec, {"arg"});
    model::RecommendationUse use;
    use.ref = rec.attribute("ref").value();
    if (rec.attribute("id")) use.id = r.id_attr(rec);
    use.location = r.at(rec, "ref");
    for (auto arg : rec.children("arg")) use.args.push_back(read_argument(r, arg));
    b.recommendations.push_back(std::move(use));
  }
  return b;
}

constexpr Names forms = {"profile", "paragraph", "item"};
constexpr Names query_forms = {"profile", "paragraph", "item", "names"};

model::Block read_block(const ElementReader& r, const pugi::xml_node& n, int sections) {
  std::string name = n.name();
  model::Block b;
  b.location = r.at(n);
  if (name == "p" || name == "quote") {
    r.check_attributes(n, {});
    b.kind = name == "p" ? model::BlockKind::Paragraph : model::BlockKind::Quote;
    b.content = read_inline(r, n);
  } else if (name == "list") {
    b = read_list(r, n, 1);
  } else if (name == "section") {
    r.check_attributes(n, {"id", "numbered"});
    b.kind = model::BlockKind::Section;
    b.id = r.id_attr(n);
    b.numbered = r.enum_attr(n, "numbered", {"true", "false"}) != "false";
    auto heading = n.child("heading");
    if (!heading) {
      r.diags().error(b.location, fmt::format("section '{}' has no <heading>", b.id),
                      "the first child of a <section> is its <heading>");
    } else {
      r.check_attributes(heading, {});
      b.heading = read_inline(r, heading);
    }
    b.children = read_blocks(r, n, true, sections + 1);
  } else if (name == "recommendations") {
    b = read_recommendations(r, n);
  } else if (name == "case") {
    r.check_attributes(n, {"ref", "narrative", "form"}, {"ref"});
    r.check_children(n, {});
    b.kind = model::BlockKind::CaseInclusion;
    b.ref = n.attribute("ref").value();
    b.location = r.at(n, "ref");
    b.narrative = n.attribute("narrative").value();
    if (n.attribute("form")) b.form = r.enum_attr(n, "form", forms);
  } else if (name == "cases") {
    r.check_attributes(n, {"themes", "status", "in-period", "sort", "narrative", "form", "summary", "lead", "end"});
    r.check_children(n, {});
    b.kind = model::BlockKind::CaseQuery;
    // Themes and statuses are checked against the project's vocabulary once
    // every records file is read (read/vocabulary_check.cpp).
    b.themes = r.list_attr(n, "themes");
    b.themes_location = r.at(n, "themes");
    for (const auto& s : r.list_attr(n, "status")) b.status += (b.status.empty() ? "" : " ") + s;
    b.status_location = r.at(n, "status");
    b.in_period = r.enum_attr(n, "in-period", {"true", "false"}) == "true";
    if (n.attribute("sort")) b.sort = r.enum_attr(n, "sort", {"surname", "date"});
    b.narrative = n.attribute("narrative").value();
    if (n.attribute("form")) b.form = r.enum_attr(n, "form", query_forms);
    b.summary = r.enum_attr(n, "summary", {"true", "false"}) == "true";
    b.lead = r.text_attr(n, "lead");
    b.end_text = n.attribute("end") ? r.text_attr(n, "end") : std::string(".");
    if (b.form != "names" && (n.attribute("lead") || n.attribute("end")))
      r.diags().error(r.at(n, n.attribute("lead") ? "lead" : "end"), "'lead' and 'end' belong to form=\"names\"",
                      "they are the text before and after a generated list of names");
  } else if (name == "developments") {
    r.check_attributes(n, {"heading", "themes"});
    r.check_children(n, {});
    b.kind = model::BlockKind::Developments;
    b.heading_text = r.text_attr(n, "heading");
    b.themes = r.list_attr(n, "themes");
    b.themes_location = r.at(n, "themes");
  } else if (name == "recommendation-history") {
    r.check_attributes(n, {"heading"});
    r.check_children(n, {});
    b.kind = model::BlockKind::RecommendationHistory;
    b.heading_text = r.text_attr(n, "heading");
  }
  return b;
}

std::vector<model::Block> read_blocks(const ElementReader& r, const pugi::xml_node& parent, bool allow_heading,
                                      int sections) {
  std::vector<model::Block> out;
  if (allow_heading) r.check_order(parent, {{"heading"}, block_elements}, "<heading>, then the section's blocks");
  if (allow_heading)
    r.check_children(parent, {"heading", "p", "list", "quote", "section", "recommendations", "case", "cases",
                              "developments", "recommendation-history"});
  else
    r.check_children(parent, block_elements);
  for (auto child : parent.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string name = child.name();
    if (name == "heading") continue;
    bool known = false;
    for (const char* b : block_elements) known = known || name == b;
    if (known && name == "section" && sections + 1 > max_section_depth) {
      // Headings, numbers and bookmarks nest as deep as sections do.
      r.diags().error(r.at(child), fmt::format("sections are nested more than {} levels deep here", max_section_depth),
                      "close the sections left open before this one; a briefing needs a few levels at most")
          .rule = "nesting-too-deep";
      continue;
    }
    if (known) out.push_back(read_block(r, child, sections));
  }
  return out;
}

}  // namespace

model::Document read_document(const ElementReader& r, const pugi::xml_node& root) {
  model::Document doc;
  doc.location = r.at(root);
  doc.path = r.file().path;
  r.check_attributes(root, {"id", "lang", "audience", "style", "date", "confidential"},
                     {"id", "lang", "audience", "style"});
  r.check_children(root, {"include", "title", "subtitle", "author", "period", "previous-edition", "keywords", "body"});
  r.check_order(root,
                {{"include"}, {"title"}, {"subtitle"}, {"author"}, {"period"}, {"previous-edition"}, {"keywords"}, {"body"}},
                "<include>, <title>, <subtitle>, <author>, <period>, <previous-edition>, <keywords>, <body>");
  doc.id = r.id_attr(root);
  doc.lang = check_language(r, root, "lang");
  // One of briefc's audiences or the project's: known once the records are
  // read (read/vocabulary_check.cpp).
  doc.audience = r.text_attr(root, "audience");
  doc.audience_location = r.at(root, "audience");
  doc.style = root.attribute("style").value();
  // A style is a file of styles/ named without folder or extension; a path here
  // could read a file from anywhere, so it is refused and nothing is loaded.
  if (root.attribute("style") && doc.style.empty()) {  // else no style is loaded and the build fails saying nothing
    r.diags().error(r.at(root, "style"), "'style' is empty: a document names the style it is set in",
                    "name a file of styles/ without folder or .xml, such as 'eu-briefing'");
  } else if (doc.style.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
    r.diags().error(r.at(root, "style"), fmt::format("invalid style name '{}'", doc.style),
                    "name a file of styles/ without folder or .xml, such as 'eu-briefing'");
    doc.style.clear();
  }
  doc.style_location = r.at(root, "style");
  doc.date = r.date_attr(root, "date");
  if (root.attribute("confidential")) {
    doc.confidentiality.confidential = true;
    doc.confidentiality.reason = r.text_attr(root, "confidential");
  }
  auto plain_child = [&](const char* name) {
    auto node = root.child(name);
    if (!node) return std::string{};
    r.check_attributes(node, {});
    r.check_text_only(node);
    std::string text = collapse_whitespace(node.text().get());
    while (!text.empty() && text.front() == ' ') text.erase(text.begin());
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
  };
  doc.title = plain_child("title");
  if (doc.title.empty()) r.diags().error(doc.location, "the document has no <title>");
  doc.subtitle = plain_child("subtitle");
  doc.keywords = plain_child("keywords");
  for (auto author : root.children("author")) {
    r.check_attributes(author, {"ref"}, {"ref"});
    r.check_children(author, {});
    doc.authors.push_back({author.attribute("ref").value(), r.at(author, "ref")});
  }
  if (auto period = root.child("period")) {
    r.check_attributes(period, {"from", "to"}, {"from", "to"});
    r.check_children(period, {});
    auto from = r.date_attr(period, "from");
    auto to = r.date_attr(period, "to");
    if (from && to) {
      doc.period = model::Period{*from, *to, r.at(period)};
      if (from->first_day_key() > to->last_day_key())
        r.diags().error(r.at(period, "to"), "the reporting period ends before it begins");
    }
  }
  if (auto previous = root.child("previous-edition")) {
    r.check_attributes(previous, {"href"}, {"href"});
    r.check_children(previous, {});
    doc.previous_edition = model::EditionRef{previous.attribute("href").value(), r.at(previous, "href")};
  }
  auto body = root.child("body");
  if (!body) {
    r.diags().error(doc.location, "the document has no <body>");
  } else {
    r.check_attributes(body, {});
    doc.body = read_blocks(r, body, false, 0);
  }
  return doc;
}

}  // namespace briefc::read
