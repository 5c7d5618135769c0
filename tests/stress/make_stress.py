#!/usr/bin/python3
"""Writes the typesetting stress project (tests/stress/sources/): 300 footnotes,
notes longer than half a page, 300-character URLs, nested lists, Russian and
Kazakh text, and emoji. Run by hand; its output is committed and compiled by
tests/unit/stress_test.cpp."""
import os
here = os.path.dirname(os.path.abspath(__file__))
xsd = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="../../../../docs/briefc.xsd"'

def long_url(i):
    tail = "".join("abcdefghij"[(i * 7 + k) % 10] for k in range(190))
    return f"https://www.facebook.com/groups/ActivistsNotExtremists/permalink/{2730142953971637 + i}/?__cft__[0]=AZW{tail}&amp;__tn__=%2CO%2CP-R"

sources = []
for i in range(120):
    lang = "ru" if i % 3 else "en"
    url = long_url(i) if i % 10 == 0 else f"https://rus.azattyq.org/a/kazakhstan-activists-face-additional-pressure/{30850694 + i}.html"
    sources.append(f'  <source id="src-stress-{i}" kind="media" lang="{lang}" url="{url}" publisher="Radio Azattyq"/>')
with open(os.path.join(here, "sources/records/stress.xml"), "w") as f:
    f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<records {xsd}>\n')
    f.write("\n".join(sources))
    f.write('\n  <person id="p-stress-kk"><name given="Жанар" family="Сұлтанқызы"/></person>\n')
    f.write("</records>\n")

ru = "Правозащитники сообщают о давлении на активистов и журналистов, которых преследуют по статье о распространении заведомо ложной информации"
kk = "Құқық қорғаушылар белсенділер мен журналистерге қысым көрсетілгені туралы хабарлайды: әділ сот, ғылым, қоғам, ұйым, үкімет, һәм іс"
en = ("The authorities have continued to detain, fine and prosecute peaceful protesters, journalists and bloggers "
      "under broadly worded provisions of the criminal code, including knowingly disseminating false information")
long_note = " ".join([en + "."] * 22)

body = []
n = 0
for s in range(10):
    body.append(f'    <section id="s-stress-{s}">\n      <heading>Section {s + 1}: pressure on civil society</heading>')
    for p in range(6):
        parts = []
        for k in range(5):
            n += 1
            src = (n * 7) % 120
            if n % 60 == 0:
                parts.append(f"{en}.<note>{long_note} <cite src=\"src-stress-{src}\"/></note>")
            elif n % 2:
                parts.append(f'{en}. {en}. {en}.<cite src="src-stress-{src}"/>')
            else:
                parts.append(f'{en}. {en}. {ru if n % 4 else kk}.<note>See (in Russian): <cite src="src-stress-{src}"/> and <cite src="src-stress-{(src + 1) % 120}"/></note>')
        if p == 2:
            parts.append("Solidarity was shown with 🇰🇿 flags and ✊ signs.")
        body.append("      <p>" + " ".join(parts) + "</p>")
    body.append("      <list>\n        <item>First level item about detentions in Almaty and Astana.\n"
                "          <list><item>Second level: fines of 444&#160;500 KZT (930 EUR).</item>"
                "<item>Second level: <person ref=\"p-stress-kk\">Жанар Сұлтанқызы</person>, Шымкент.</item></list>\n"
                "        </item>\n        <item>Another first level item.</item>\n      </list>")
    body.append("    </section>")

with open(os.path.join(here, "sources/documents/stress.xml"), "w") as f:
    f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<document id="stress" lang="en" audience="periodic-update" style="eu-briefing" date="2024-11" {xsd}>\n')
    f.write('  <include href="../records"/>\n  <title>Typesetting stress test: 300 footnotes, long notes and URLs</title>\n  <body>\n')
    f.write("\n".join(body))
    f.write("\n  </body>\n</document>\n")
print("footnotes:", n)
