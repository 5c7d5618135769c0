#!/bin/bash
# End-to-end checks of the Word and web editions (build --format docx,html),
# run on a copy of the shipped project, with the tools their readers use:
#   - every shipped document builds as PDF, DOCX and HTML (--all);
#   - LibreOffice (soffice --headless --convert-to pdf) opens each DOCX, and the
#     PDF it makes holds every paragraph, footnote and URL, with as many
#     footnotes as briefc's own PDF; pandoc reads it back; python-docx finds
#     Heading styles and the footnote references (tests/e2e/formats_check.py);
#   - html5lib parses each HTML in strict mode; it holds every paragraph and
#     note, links each note both ways, and requests nothing from elsewhere;
#     headless Chromium renders it;
#   - -o's extension and --format: a mismatch or an unknown one is exit 2;
#   - the same input gives the same bytes.
#
#   bash tests/e2e/formats.sh PATH/TO/briefc REPO_ROOT
#
# Prints one line per check and "formats: N passed, M failed"; exits 0 when
# every check passed, 1 when one failed, 2 on a usage error or a missing tool
# (the tools are in .ci/debian-packages: a missing one fails, never skips).

set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, skip, finish

if [ $# -ne 2 ]; then
    echo "usage: bash tests/e2e/formats.sh PATH/TO/briefc REPO_ROOT" >&2
    exit 2
fi
briefc=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
root=$(cd "$2" 2>/dev/null && pwd) || { echo "formats.sh: no such folder: $2" >&2; exit 2; }
[ -x "$briefc" ] || { echo "formats.sh: not an executable: $1" >&2; exit 2; }
# Debian's Python modules are under /usr/bin/python3, which may not be the python3 first on PATH.
python=/usr/bin/python3
chromium=$(command -v chromium || command -v chromium-browser || true)
for tool in soffice pandoc pdftotext cmp "$python"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "formats.sh: $tool not found (install .ci/debian-packages: libreoffice-writer-nogui, pandoc, poppler-utils)" >&2
        exit 2
    fi
done
[ -n "$chromium" ] || { echo "formats.sh: chromium not found (.ci/debian-packages)" >&2; exit 2; }
if ! "$python" -c 'import docx, html5lib' 2>/dev/null; then
    echo "formats.sh: python3-docx or python3-html5lib is missing (.ci/debian-packages)" >&2
    exit 2
fi
unset NO_COLOR
export SOURCE_DATE_EPOCH=1700000000

work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-formats.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT
project=$work/project
mkdir -p "$project"
cp -r "$root/sources" "$root/styles" "$project/" || exit 2
cd "$project" || exit 2


# --- every shipped document, in the three formats --------------------------
"$briefc" build --all --format pdf,docx,html >"$work/all.out" 2>"$work/all.err"
status=$?
check "build --all --format pdf,docx,html exits 0" test "$status" -eq 0
[ "$status" -eq 0 ] || cat "$work/all.err"
documents=$(cd sources/documents && ls *.xml | sed 's/\.xml$//')
for name in $documents; do
    for ext in pdf docx html; do
        check "$name.$ext is written" test -s "output/$name.$ext"
    done
done

# LibreOffice, with a profile of its own: another soffice running on the
# machine must not take the conversion over, nor this one leave settings behind.
mkdir -p "$work/libreoffice"
timeout 300 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
    --outdir "$work/libreoffice" output/*.docx >"$work/soffice.out" 2>&1
for name in $documents; do
    footnotes=$(sed -n "s|.*→ .*output/$name\.pdf ([0-9]* pages, \([0-9]*\) footnotes.*|\1|p" "$work/all.out")
    converted=$work/libreoffice/$name.pdf
    check "LibreOffice converts $name.docx to PDF" test -s "$converted"
    [ -s "$converted" ] || { cat "$work/soffice.out"; continue; }
    # -layout: lines as printed; without it pdftotext drops the hyphen where a URL breaks.
    pdftotext -layout -enc UTF-8 "$converted" "$work/$name.lo.txt"
    pandoc -f docx -t plain "output/$name.docx" -o "$work/$name.pandoc.txt" 2>"$work/pandoc.err"
    check "pandoc reads $name.docx" test -s "$work/$name.pandoc.txt"
    check "$name.docx: Word styles, $footnotes footnotes and every paragraph, note and URL in LibreOffice's PDF and pandoc's text" \
        "$python" "$root/tests/e2e/formats_check.py" docx "output/$name.docx" "${footnotes:-0}" \
        "$work/$name.lo.txt" "$work/$name.pandoc.txt"
    check "$name.html: html5lib parses it strictly; every paragraph and note, notes linked both ways, self-contained" \
        "$python" "$root/tests/e2e/formats_check.py" html "output/$name.html" "output/$name.docx"
done

# Chromium lays the page out (as a reader's browser would).
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$work/chromium" --screenshot="$work/page.png" --window-size=1000,1400 \
    "file://$project/output/un-hrc-2025.html" >/dev/null 2>&1
check "Chromium renders un-hrc-2025.html" test -s "$work/page.png"

# --- the styles for the UN's Word-only submissions, in the three formats -----
for style in upr-submission hrc-statement; do
    sed "s/style=\"un-submission\"/style=\"$style\"/" sources/documents/un-hrc-2025.xml >"sources/documents/as-$style.xml"
    "$briefc" build "sources/documents/as-$style.xml" --format pdf,docx,html --output-dir "$work/styles" \
        >"$work/out" 2>"$work/err"
    check "the paper in style $style builds as PDF, DOCX and HTML" test $? -eq 0 -a -s "$work/styles/as-$style.docx"
    check "  its paragraphs are numbered: Word list numbering in the DOCX, '1. ' in the PDF" \
        grep -q 'NumberedParagraph' <("$python" -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())' "$work/styles/as-$style.docx")
    check "  and its PDF's first paragraph starts '1. This submission'" \
        grep -q '^1\. This submission' <(pdftotext -enc UTF-8 "$work/styles/as-$style.pdf" - 2>/dev/null)
    check "  and names the submitting organisation under the title" \
        grep -q '^Submitted by International Partnership for Human Rights' <(pdftotext -enc UTF-8 "$work/styles/as-$style.pdf" - 2>/dev/null)
    rm -f "sources/documents/as-$style.xml"
done

# --- the format from -o, and usage errors ------------------------------------
run() {  # run ARGS...: status in $status, nothing printed
    "$briefc" "$@" >"$work/out" 2>"$work/err"
    status=$?
}
run build sources/documents/un-hrc-2025.xml -o "$work/by-name/paper.docx"
check "-o paper.docx writes a DOCX" test "$status" -eq 0 -a "$(head -c 2 "$work/by-name/paper.docx")" = "PK"
run build sources/documents/un-hrc-2025.xml -o "$work/by-name/paper.html"
check "-o paper.html writes HTML" grep -q '^<!DOCTYPE html>' "$work/by-name/paper.html"
run build sources/documents/un-hrc-2025.xml -o "$work/bad/paper.txt"
check "-o with an unknown extension is a usage error (exit 2)" test "$status" -eq 2
check "  and writes nothing" test ! -e "$work/bad"
run build sources/documents/un-hrc-2025.xml --format docx -o "$work/bad/paper.pdf"
check "--format docx with -o FILE.pdf is a usage error (exit 2)" test "$status" -eq 2
run build sources/documents/un-hrc-2025.xml --format odt
check "--format odt is a usage error (exit 2)" test "$status" -eq 2
run build --all --format html --output-dir "$work/html-only"
check "--all --format html writes only HTML" test "$status" -eq 0 -a "$(ls "$work/html-only" | grep -vc '\.html$')" -eq 0

# --- an internal edition says so, in its name and on the page ------------------
run build sources/documents/un-hrc-2025.xml --internal --format docx,html --output-dir "$work/internal"
check "--internal --format docx,html writes NAME.internal.docx and .html" \
    test "$status" -eq 0 -a -s "$work/internal/un-hrc-2025.internal.docx" -a -s "$work/internal/un-hrc-2025.internal.html"
check "  the web page carries the notice" grep -q 'class="stamp">CONFIDENTIAL' "$work/internal/un-hrc-2025.internal.html"

# --- the same bytes each time -------------------------------------------------
run build sources/documents/eu-dialogue-2021.xml --format docx,html --output-dir "$work/again"
check "a rebuild gives the same DOCX" cmp -s output/eu-dialogue-2021.docx "$work/again/eu-dialogue-2021.docx"
check "a rebuild gives the same HTML" cmp -s output/eu-dialogue-2021.html "$work/again/eu-dialogue-2021.html"

finish formats
