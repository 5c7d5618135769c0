#!/usr/bin/python3
"""Writes the coverage probes of a reference paper, for tests/unit/briefings_test.cpp.

Usage: make_probes.py REFERENCE.txt > tests/data/NAME.probes

Each line is KIND<TAB>TEXT: P for the opening words of a body paragraph, N for
the opening of a footnote, U for a URL, in the order of the paper. The probes
follow ../shared/tools/textcover (skip the first word, take six), so the test
asserts what that tool measures, without needing ../shared at test time.
This script is run by hand when a reference paper changes; the tests read its
output, which is committed.
"""
import re, sys

def clean(line):
    line = re.sub(r"<sup>\d+</sup>|\$\^\{\d+\}\$|[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", line)
    line = re.sub(r"\[([^\]]*)\]\((https?://[^)]*)\)", r"\1", line)
    line = re.sub(r"<(https?://[^>]*)>", r"\1", line)
    line = re.sub(r"\\+([_\[\]])", r"\1", line)
    return re.sub(r"^#+\s*", "", line.replace("**", "").replace("*", "")).strip(" -•\t")

# Lines the Markdown-ish reference text misclassifies: a body line that starts
# with a number ("2 778 000 KZT …", after a page break) and footnote lines that
# continue a footnote from the previous page.
KIND_FIXES = {
    "000 KZT (5800 EUR) and 8": "P",
    "Following an outcry, the charges were": "N",
    "See more in IPHR statement from": "N",
}

out = []
for raw in open(sys.argv[1], encoding="utf-8"):
    line = raw.strip()
    if not line or line == "---":
        continue
    unesc = re.sub(r"\\+([_\[\]])", r"\1", line)
    urls = re.findall(r"\]\((https?://[^\s)]+)\)", unesc)
    rest = re.sub(r"\[[^\s]*\]\((https?://[^\s)]+)\)", " ", unesc)
    urls += [u.rstrip(".,;") for u in re.findall(r"https?://[^\s)>]+", rest)]
    m = re.match(r"^(?:-\s*)?([0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\$\^\{\d+\}\$)\s+(.*)", line)
    text = clean(m.group(2) if m else line)
    words = text.split()
    if len(words) >= (4 if m else 5):
        probe = " ".join(words[1:7])
        out.append((KIND_FIXES.get(probe, "N" if m else "P"), probe))
    for u in urls:
        out.append(("U", u))
for kind, text in out:
    print(f"{kind}\t{text}")
