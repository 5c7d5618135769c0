#!/bin/bash
# End-to-end checks of the accessible, archival PDF (tagged PDF/UA-1,
# PDF/A-2u) on every shipped document and on the stress document, built on a
# copy of the project so that nothing is written into the repository:
#   - poppler (pdftotext, pdfinfo, pdffonts) and MuPDF (mutool) read every
#     file without a warning; pdfinfo says "Tagged: yes" and "PDF version: 1.7";
#   - tests/pdf/check_structure.py finds nothing wrong (qpdf --check, marked
#     content, structure tree, ParentTree, links, fonts, XMP; see
#     docs/accessibility.md), and does find a damaged copy wrong;
#   - pdftotext gives every linked URL whole on one line, and no line ends in
#     a hyphen the line breaker inserted; MuPDF, which ignores /ActualText,
#     gives the URLs whole once lines are joined and no hyphen of
#     hyphenation either (it is drawn as U+00AD);
#   - no word is drawn over another (pdftotext -bbox);
#   - ligatures (the fonts' "ffi", "fl": fonts/shaper.hpp) are drawn, and
#     copy through poppler and MuPDF as their letters;
#   - the same input gives the same bytes.
#
#   bash tests/e2e/tagged.sh PATH/TO/briefc REPO_ROOT
#
# Prints one line per check ("ok" or "FAIL") and "tagged: N passed, M
# failed". Exits 0 when every check passed, 1 when one failed, 2 on a usage
# error or a missing tool (a missing tool fails the test: it never skips).

set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, skip, finish

if [ $# -ne 2 ]; then
    echo "usage: bash tests/e2e/tagged.sh PATH/TO/briefc REPO_ROOT" >&2
    exit 2
fi
briefc=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
root=$(cd "$2" 2>/dev/null && pwd) || { echo "tagged.sh: no such folder: $2" >&2; exit 2; }
[ -x "$briefc" ] || { echo "tagged.sh: not an executable: $1" >&2; exit 2; }
for tool in pdftotext pdfinfo pdffonts mutool qpdf cmp; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tagged.sh: $tool not found (poppler-utils, mupdf-tools and qpdf have them)" >&2
        exit 2
    fi
done
# Debian's Python modules live under /usr/bin/python3, whatever python3 is first on PATH.
python=/usr/bin/python3
if ! "$python" -c 'import pikepdf' 2>/dev/null; then
    echo "tagged.sh: $python cannot import pikepdf (install python3-pikepdf)" >&2
    exit 2
fi
check_structure=$root/tests/pdf/check_structure.py

work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-tagged.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT
cp -r "$root/sources" "$root/styles" "$work/" || exit 2
cd "$work" || exit 2
export SOURCE_DATE_EPOCH=1604188800


# What a tool prints on stderr, but for the progress lines of mutool draw and
# the notice of Debian's MuPDF build that it was compiled without colour
# management (printed for every file, whatever it holds).
warnings() {  # warnings TOOL ARGS...
    "$@" 2>&1 >/dev/null | grep -v -e '^page ' -e '^warning: ICC support is not available$'
}

silent() {  # silent PDF: no tool warns about it
    local pdf=$1 said
    said=$(warnings pdftotext "$pdf" /dev/null; warnings pdfinfo "$pdf"; warnings pdffonts "$pdf";
           warnings mutool draw -F txt -o /dev/null "$pdf"; warnings mutool info "$pdf")
    [ -z "$said" ] || { printf '%s\n' "$said" | sort | uniq -c | head -5; return 1; }
}

tagged_pdf_17() {
    local info
    info=$(pdfinfo "$1") || return 1
    grep -q '^Tagged: *yes$' <<<"$info" && grep -q '^PDF version: *1\.7$' <<<"$info"
}

# The text a reader copies, through poppler (pdftotext, which reads
# /ActualText) or MuPDF (mutool draw -F txt, which ignores it): every URI of a
# link annotation that pdftotext prints at all comes out whole (pdftotext: on
# one line; MuPDF: once lines are joined, its URL breaks falling before
# punctuation); no line ends in a hyphen of hyphenation ("inter-" followed by
# "national"), which MuPDF sees as U+00AD SOFT HYPHEN (ISO 32000-1
# 14.8.2.2.3). A line that MuPDF ends in "-" must be the author's compound
# ("Nur-Sultan-" / "based"): the word it makes with the next line, hyphen
# kept, is in pdftotext's text. At least one URL is found.
extraction_whole() {  # extraction_whole poppler|mupdf PDF
    "$python" - "$1" "$2" <<'EOF'
import re, subprocess, sys, urllib.parse
import pikepdf
tool, path = sys.argv[1], sys.argv[2]
poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
poppler_flat = re.sub(r"\s+", "", poppler)
if tool == "mupdf":
    text = subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", path], capture_output=True, text=True).stdout
    whole = re.sub(r"\s+", "", text).replace("\u00ad", "")
else:
    text, whole = poppler, poppler
uris = []
with pikepdf.open(path) as pdf:
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            action = annot.get("/A")
            if action is not None and "/URI" in action:
                uri = urllib.parse.unquote(bytes(action.URI).decode("latin-1"), errors="replace")
                if uri not in uris:
                    uris.append(uri)
found = [u for u in uris if u in poppler_flat]
broken = [u for u in found if u not in whole]
lines = [l.strip() for l in text.splitlines() if l.strip()]
hyphenated = []
for a, b in zip(lines, lines[1:]):
    if re.search(r"[^\W\d_]-$", a) and b[:1].islower() and "http" not in a and "www." not in a:
        compound = re.sub(r"\W+$", "", a.split()[-1] + b.split()[0])
        if tool == "poppler" or compound not in poppler_flat:
            hyphenated.append(a)
for u in broken[:5]:
    print("  broken URL:", u)
for a in hyphenated[:5]:
    print("  hyphenated line:", a)
sys.exit(1 if broken or hyphenated or (uris and not found) else 0)
EOF
}

# The EU paper draws ligatures (a ToUnicode entry sends a C0 control code,
# which pdf/glyph_codes.hpp gives ligatures, to two or more letters), and both poppler and MuPDF copy the words drawn with them as
# their letters: "officials" (ffi) and "affiliated" (ffi) whole, no
# replacement or private-use character anywhere.
ligatures_read_as_letters() {
    "$python" - "$1" <<'EOF'
import re, subprocess, sys
import pikepdf
path = sys.argv[1]
ligatures = []
with pikepdf.open(path) as pdf:
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj:
            cmap = obj.ToUnicode.read_bytes().decode("latin-1")
            for code, dest in re.findall(r"<(000[1-9A-F]|001[0-9A-F])> <([0-9A-F]+)>", cmap):
                ligatures.append(bytes.fromhex(dest).decode("utf-16-be"))
print("  ligatures drawn:", sorted(set(ligatures)))
bad = [l for l in ligatures if len(l) < 2 or not l.isalpha()]
poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
mupdf = subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", path], capture_output=True, text=True).stdout
ok = bool(ligatures) and not bad
for name, text in (("pdftotext", poppler), ("mutool", mupdf.replace("\u00ad\n", "").replace("\u00ad", ""))):
    odd = re.findall(r"[\ufffd\ue000-\uf8ff]", text)
    missing = [w for w in ("officials", "affiliated") if w not in text]
    if odd or missing:
        print(f"  {name}: odd characters {odd[:5]}, missing {missing}")
        ok = False
sys.exit(0 if ok else 1)
EOF
}

# No word is drawn over another: on each line (words of one baseline in
# pdftotext's -bbox output), each word starts after the one before it ends.
# Layout measures every word as it is drawn (shaped, kerned, expanded), so a
# word wider or narrower in the file than in layout shows here.
no_overlap() {
    "$python" - "$1" <<'EOF'
import re, subprocess, sys
from collections import defaultdict
html = subprocess.run(["pdftotext", "-bbox", sys.argv[1], "-"], capture_output=True, text=True).stdout
overlaps = []
for page_no, page in enumerate(html.split("<page ")[1:], 1):
    lines = defaultdict(list)
    for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
        lines[round(float(y1), 1)].append((float(x0), float(x1), word))
    for words in lines.values():
        words.sort()
        for (a0, a1, a), (b0, b1, b) in zip(words, words[1:]):
            if b0 < a1 - 0.5:
                overlaps.append(f"page {page_no}: '{a}' ends at {a1:.1f}, '{b}' starts at {b0:.1f}")
for o in overlaps[:5]:
    print("  " + o)
sys.exit(1 if overlaps else 0)
EOF
}

# The Russian and Kazakh passages of the (English) stress document are
# marked with their language.
languages_marked() {
    "$python" - "$1" <<'EOF'
import sys, pikepdf
found = set()
with pikepdf.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/Lang" in operands[1]:
                found.add(str(operands[1].Lang))
print("  languages marked:", sorted(found))
sys.exit(0 if found == {"ru", "kk"} else 1)
EOF
}

# A copy with one link's /Contents and the MarkInfo removed must fail the check.
damaged_copy_fails() {
    "$python" - "$1" "$work/damaged.pdf" <<'EOF' || return 1
import sys, pikepdf
with pikepdf.open(sys.argv[1]) as pdf:
    del pdf.Root["/MarkInfo"]
    for page in pdf.pages:
        links = [a for a in page.obj.get("/Annots", []) if a.get("/Subtype") == "/Link"]
        if links:
            del links[0]["/Contents"]
            break
    pdf.save(sys.argv[2])
EOF
    local said
    said=$("$python" "$check_structure" "$work/damaged.pdf")
    [ $? -eq 1 ] && grep -q 'mark-info' <<<"$said" && grep -q 'without /Contents' <<<"$said"
}

pdfs=()
for doc in sources/documents/*.xml; do
    name=$(basename "$doc" .xml)
    if "$briefc" build "$doc" -o "$work/$name.pdf" >/dev/null 2>"$work/$name.err"; then
        pdfs+=("$work/$name.pdf")
    else
        failure "build $doc"; cat "$work/$name.err"
    fi
done
if "$briefc" build "$root/tests/stress/sources/documents/stress.xml" -o "$work/stress.pdf" >/dev/null 2>&1; then
    pdfs+=("$work/stress.pdf")
else
    failure "build the stress document"
fi

for pdf in "${pdfs[@]}"; do
    name=$(basename "$pdf")
    check "$name: no warning from pdftotext, pdfinfo, pdffonts or mutool" silent "$pdf"
    check "$name: tagged, PDF 1.7" tagged_pdf_17 "$pdf"
    check "$name: no word drawn over another" no_overlap "$pdf"
    check "$name: the structure check passes" "$python" "$check_structure" "$pdf"
    check "$name: pdftotext gives URLs whole and no line-end hyphen" extraction_whole poppler "$pdf"
    check "$name: MuPDF gives URLs whole and no hyphen of hyphenation" extraction_whole mupdf "$pdf"
done

check "a damaged copy fails the structure check" damaged_copy_fails "$work/eu-dialogue-2020.pdf"
check "eu-dialogue-2020.pdf: ligatures drawn, copied as their letters" ligatures_read_as_letters "$work/eu-dialogue-2020.pdf"
check "stress.pdf: its Russian and Kazakh passages carry /Lang ru and kk" languages_marked "$work/stress.pdf"
"$briefc" build sources/documents/eu-dialogue-2020.xml -o "$work/again.pdf" >/dev/null 2>&1
check "the same input gives the same bytes (and the same /ID)" cmp -s "$work/eu-dialogue-2020.pdf" "$work/again.pdf"

finish tagged
