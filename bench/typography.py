#!/usr/bin/python3
"""Typography figures of briefc's PDFs: what issue 15 asks of the shipped papers.

Usage:
  bench/typography.py BUILD_DIR           build the four shipped papers with BUILD_DIR/briefc
                                          (SOURCE_DATE_EPOCH=0, into a temporary folder) and measure them
  bench/typography.py FILE.pdf [...]      measure PDFs already built

For each PDF it prints:
  hyphen   hyphenated lines over lines of four or more words, by the rule of
           /work/shared/tools/hyphenation (a line ending in a letter and "-"
           or U+00AD whose next line starts in lower case, URL lines aside),
           but over MuPDF's text (`mutool draw -F txt`): poppler's pdftotext
           reads the whole word from /ActualText and shows no hyphen at all
  cap      hyphenated fragments that start with a capital (English only)
  gap      body word gaps in em, p50 / p99 / max, and the verdict, from pdfaudit
  Tc       text lines drawn with character spacing (PDF Tc != 0), not counting
           tracked all-capitals headings, and the widest spacing in em
  Tz       text lines drawn with horizontal scaling (font expansion, Tz != 100)
           and the largest departure from 100 %
Targets (issue 15): hyphen <= 8 % English, <= 12 % Russian; cap 0; gap p99 <= 0.40,
max <= 0.55 em; Tc at most 0.01 em. Exit status 0 when every PDF meets them, 1 if not.
Needs Debian's python3-fitz (PyMuPDF), mutool and pdfaudit (../shared/tools, or $PDFAUDIT).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import fitz  # PyMuPDF, Debian's python3-fitz

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED = ["eu-dialogue-2020", "eu-dialogue-2021", "un-hrc-2025", "un-hrc-2025-ru"]


def pdfaudit_path():
    for candidate in (os.environ.get("PDFAUDIT"), shutil.which("pdfaudit"),
                      os.path.join(REPO, "..", "shared", "tools", "pdfaudit"), "/work/shared/tools/pdfaudit"):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("typography.py: pdfaudit not found (set $PDFAUDIT)")


def language(doc):
    """The document's /Lang ("en", "ru"), from the catalog."""
    lang = doc.xref_get_key(doc.pdf_catalog(), "Lang")
    return (lang[1] if lang and lang[0] == "string" else "en").lower()


def hyphenation(path, english):
    """The rule of /work/shared/tools/hyphenation, over MuPDF's text."""
    text = subprocess.run(["mutool", "draw", "-F", "txt", path], capture_output=True, text=True,
                          check=True).stdout
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    body = [l for l in lines if len(l.split()) >= 4]
    hyph = cap = 0
    for a, b in zip(lines, lines[1:]):
        if "http" in a or "www." in a or "/" in a.split()[-1]:
            continue
        m = re.search(r"(\w+)[-\u00ad]$", a)
        if m and m.group(1)[-1].isalpha() and b[:1].islower():
            hyph += 1
            if english and m.group(1)[0].isupper():
                cap += 1
    return hyph, len(body), cap


TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>]+|\[|\]|[-+]?\d*\.?\d+|[A-Za-z'\"*]+|<<|>>")


def drawn_lines(doc):
    """Per page, {baseline y (PDF, rounded): [(Tc in em, Tz)]} for every text showing operator."""
    out = []
    for page in doc:
        shows = {}
        tc, tz, size = 0.0, 100.0, 10.0
        lx = ly = 0.0
        stack = []
        for tok in TOKEN.findall(page.read_contents()):
            if re.fullmatch(rb"[-+]?\d*\.?\d+", tok):
                stack.append(float(tok))
                continue
            if tok[:1] in b"(<[]/" and tok not in (b"<<", b">>"):
                stack.append(tok)
                continue
            op = tok
            nums = [v for v in stack if isinstance(v, float)]
            if op == b"BT":
                lx = ly = 0.0
            elif op == b"Tc" and nums:
                tc = nums[-1]
            elif op == b"Tz" and nums:
                tz = nums[-1]
            elif op == b"Tf" and nums:
                size = nums[-1]
            elif op in (b"Td", b"TD") and len(nums) >= 2:
                lx, ly = lx + nums[-2], ly + nums[-1]
            elif op == b"Tm" and len(nums) >= 6:
                lx, ly = nums[-2], nums[-1]
            elif op in (b"TJ", b"Tj", b"'", b'"'):
                shows.setdefault(round(ly, 1), []).append((tc * tz / 100 / size, tz))
            stack = []
        out.append(shows)
    return out


def line_texts(page):
    """MuPDF's text per baseline, in PDF coordinates (y up), rounded."""
    h = page.rect.height
    texts = {}
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for s in line["spans"]:
                y = round(h - s["origin"][1], 1)
                texts[y] = texts.get(y, "") + s["text"]
    return texts


def spacing(doc):
    spaced = scaled = 0
    widest_tc = widest_tz = 0.0
    for page, shows in zip(doc, drawn_lines(doc)):
        texts = line_texts(page)
        for y, ops in shows.items():
            text = next((t for ty, t in texts.items() if abs(ty - y) < 0.3), "")
            tracked_heading = not any(c.islower() for c in text)
            if any(tc != 0 for tc, _ in ops) and not tracked_heading:
                spaced += 1
                widest_tc = max([widest_tc] + [tc for tc, _ in ops])
            if any(tz != 100 for _, tz in ops):
                scaled += 1
                widest_tz = max([widest_tz] + [abs(tz - 100) for _, tz in ops])
    return spaced, widest_tc, scaled, widest_tz


def measure(path, audit):
    doc = fitz.open(path)
    lang = language(doc)
    english = lang.startswith("en")
    hyph, body, cap = hyphenation(path, english)
    rep = json.loads(subprocess.run([audit, path, "--json"], capture_output=True, text=True).stdout)
    spaced, widest_tc, scaled, widest_tz = spacing(doc)
    pct = 100.0 * hyph / max(1, body)
    ok = (pct <= (8 if english else 12) and cap == 0 and rep.get("word_gap_em_p99", 9) <= 0.40
          and rep.get("word_gap_em_max", 9) <= 0.55 and widest_tc <= 0.0101 and not rep["problems"])
    print(f"{os.path.basename(path)} ({lang}): hyphen {hyph}/{body} lines {pct:.1f} %, cap {cap}; "
          f"gap {rep.get('word_gap_em_p50')}/{rep.get('word_gap_em_p99')}/{rep.get('word_gap_em_max')} em, "
          f"pdfaudit {'ok' if not rep['problems'] else '; '.join(rep['problems'])}; "
          f"Tc lines {spaced} (max {widest_tc:.4f} em); Tz lines {scaled} (max {widest_tz:.2f} %)"
          f"{'' if ok else '  [target missed]'}")
    return ok


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 2
    audit = pdfaudit_path()
    if len(argv) == 1 and os.path.isdir(argv[0]):
        briefc = os.path.join(os.path.abspath(argv[0]), "briefc")
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, SOURCE_DATE_EPOCH="0")
            pdfs = []
            for name in SHIPPED:
                out = os.path.join(tmp, name + ".pdf")
                subprocess.run([briefc, "build", os.path.join("sources", "documents", name + ".xml"), "-o", out],
                               cwd=REPO, env=env, check=True, capture_output=True)
                pdfs.append(out)
            return 0 if all([measure(p, audit) for p in pdfs]) else 1
    return 0 if all([measure(p, audit) for p in argv]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
