#include "write/html/html_stylesheet.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace briefc::write::html {

namespace {

// A family name as a CSS string: the style's reader only accepts names, but
// a quote or backslash must still not end the string early.
std::string quoted(const std::string& family) {
  std::string out = "'";
  for (char c : family)
    if (c != '\'' && c != '\\' && c != '<' && c != '>' && c != '&' && c != ';' && c != '{' && c != '}') out += c;
  return out + "'";
}

}  // namespace

std::string font_stack(const std::string& family) {
  bool sans = family.find("Sans") != std::string::npos || family.find("Arial") != std::string::npos ||
              family.find("Helvetica") != std::string::npos;
  bool mono = family.find("Mono") != std::string::npos;
  std::string fallbacks = mono   ? "'Liberation Mono', 'DejaVu Sans Mono', monospace"
                          : sans ? "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif"
                                 : "'Liberation Serif', 'DejaVu Serif', Georgia, 'Times New Roman', serif";
  return quoted(family) + ", " + fallbacks;
}

std::string stylesheet(const model::Style& st) {
  auto ratio = [&](double size) { return st.body.size > 0 ? size / st.body.size : 1.0; };
  // The custom properties come first, so a site overrides them alone. The
  // sheet holds no '<', '>' or '&': the page is also read back as XML by the
  // leak check, and a <style> element's text is taken literally by browsers.
  std::string css = fmt::format(
      ":root {{ --font-body: {}; --font-heading: {}; --font-title: {}; --font-note: {};\n"
      "  --size-body: 1.0625rem; --size-note: {:.3f}rem;\n"
      "  --scale-title: {:.3f}; --scale-h1: {:.3f}; --scale-h2: {:.3f}; --scale-h3: {:.3f};\n"
      "  --print-size-body: {:.1f}pt; --print-size-note: {:.1f}pt; --line-height: {:.3f};\n"
      "  --colour-text: #1b1b1b; --colour-muted: #555; --colour-heading: #1f3864; --colour-link: #1f4e79;\n"
      "  --colour-rule: #c9ced6; --colour-background: #fff; --colour-target: #fff4c2; --measure: 40rem; }}\n",
      font_stack(st.body.family), font_stack(st.heading.family), font_stack(st.title.family),
      font_stack(st.note.family), 1.0625 * std::max(0.75, ratio(st.note.size)), std::min(2.0, ratio(st.title.size)),
      std::min(1.6, ratio(st.heading.size)), std::min(1.35, ratio(st.heading.size) * 0.88),
      std::min(1.15, ratio(st.heading.size) * 0.78), st.body.size, st.note.size,
      std::clamp(st.body.size > 0 ? st.body.leading / st.body.size * 1.12 : 1.55, 1.4, 1.75));
  css += R"(html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--colour-background); color: var(--colour-text);
  font-family: var(--font-body); font-size: var(--size-body); line-height: var(--line-height);
  font-kerning: normal; font-variant-ligatures: common-ligatures; }
a[href^="http"] { font-variant-ligatures: none; }
main { max-width: var(--measure); margin: 0 auto; padding: 3rem 1.25rem 4rem; }
header { margin-bottom: 2.5rem; padding-bottom: 1.25rem; border-bottom: 2px solid var(--colour-heading); }
h1, h2, h3, h4, h5 { font-family: var(--font-heading); color: var(--colour-heading); line-height: 1.25;
  text-align: left; hyphens: manual; }
h1 { font-family: var(--font-title); font-size: calc(1.15rem * var(--scale-title)); margin: 0 0 0.6rem; }
.subtitle { font-family: var(--font-heading); font-size: 1.1rem; color: var(--colour-muted); margin: 0; text-align: left; }
h2 { font-size: calc(1rem * var(--scale-h1)); margin: 2.4rem 0 0.8rem; }
h3 { font-size: calc(1rem * var(--scale-h2)); margin: 2rem 0 0.6rem; }
h4, h5 { font-size: calc(1rem * var(--scale-h3)); margin: 1.6rem 0 0.5rem; }
h3.profile, h4.profile, h5.profile { font-family: var(--font-body); font-size: 1rem; color: var(--colour-text); margin-bottom: 0.3rem; }
p { margin: 0 0 1rem; hyphens: auto; }
a { color: var(--colour-link); text-underline-offset: 0.15em; }
.url { overflow-wrap: anywhere; word-break: break-word; hyphens: none; }
sup.fn { font-size: 0.72em; line-height: 0; vertical-align: super; }
sup.fn a { text-decoration: none; }
blockquote { margin: 1.25rem 0 1.25rem 0.5rem; padding: 0.1rem 0 0.1rem 1.1rem; border-left: 3px solid var(--colour-rule);
  font-style: italic; }
ul, ol { padding-left: 1.6rem; margin: 0 0 1rem; }
li { margin: 0.35rem 0; text-align: left; }
ul ul { list-style-type: '– '; }
.stamp { font-family: var(--font-heading); font-weight: bold; color: #a4161a; border: 2px solid #a4161a;
  padding: 0.4rem 0.8rem; text-align: center; }
.lead { margin-bottom: 0.4rem; }
ul.recommendations { padding-left: 1.6rem; }
ul.recommendations li { margin: 0.5rem 0; }
.notes { margin-top: 3.5rem; padding-top: 0.5rem; border-top: 1px solid var(--colour-rule);
  font-family: var(--font-note); font-size: var(--size-note); line-height: 1.5; }
.notes h2 { font-size: 1.1rem; margin-top: 1rem; }
.notes ol { padding-left: 2.2rem; }
.notes li { margin: 0.4rem 0; overflow-wrap: anywhere; }
.back { text-decoration: none; margin-left: 0.3rem; }
:target { background: var(--colour-target); }
@media (prefers-color-scheme: dark) {
  :root { --colour-text: #e4e4e4; --colour-muted: #a8a8a8; --colour-heading: #a9c1ec; --colour-link: #8fb4f0;
    --colour-rule: #4a4f58; --colour-background: #16181c; --colour-target: #3b3520; }
}
@media (max-width: 36rem) {
  main { padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.6rem; }
  ul, ol { padding-left: 1.2rem; }
}
@media print {
  :root { --size-body: var(--print-size-body); --size-note: var(--print-size-note); --measure: none;
    --colour-text: #000; --colour-muted: #444; --colour-heading: #000; --colour-background: #fff; }
  p { text-align: justify; }
  main { padding: 0; }
  a { color: inherit; text-decoration: none; }
  .back { display: none; }
  h2, h3, h4, h5 { break-after: avoid; }
  li, blockquote { break-inside: avoid; }
  :target { background: none; }
}
)";
  auto mm = [](double points) { return points / 72.0 * 25.4; };
  css += fmt::format("@page {{ size: {:.1f}mm {:.1f}mm; margin: {:.1f}mm {:.1f}mm {:.1f}mm {:.1f}mm; }}\n",
                     mm(st.page_width), mm(st.page_height), mm(st.margin_top), mm(st.margin_outer),
                     mm(st.margin_bottom), mm(st.margin_inner));
  return css;
}

}  // namespace briefc::write::html
