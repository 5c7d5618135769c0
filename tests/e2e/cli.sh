#!/bin/bash
# End-to-end checks of the briefc command line, run on a copy of the shipped
# project so that nothing is ever written into the repository.
#
#   bash tests/e2e/cli.sh PATH/TO/briefc REPO_ROOT
#
# Prints one line per check ("ok" or "FAIL") and a last line
# "cli: N passed, M failed". Exits 0 when every check passed, 1 when one
# failed, 2 on a usage error or a missing tool.

set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, skip, finish

if [ $# -ne 2 ]; then
    echo "usage: bash tests/e2e/cli.sh PATH/TO/briefc REPO_ROOT" >&2
    exit 2
fi
briefc=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
root=$(cd "$2" 2>/dev/null && pwd) || { echo "cli.sh: no such folder: $2" >&2; exit 2; }
if [ ! -x "$briefc" ]; then
    echo "cli.sh: not an executable: $1" >&2
    exit 2
fi
for tool in pdffonts pdfinfo pdftoppm od cmp; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "cli.sh: $tool not found (pdffonts, pdfinfo and pdftoppm are in poppler-utils)" >&2
        exit 2
    fi
done

# The checks set the epoch themselves; one inherited from the caller would
# hide a difference.
unset SOURCE_DATE_EPOCH NO_COLOR

work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-cli.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT
project=$work/project
mkdir -p "$project"
cp -r "$root/sources" "$root/styles" "$project/" || exit 2
cd "$project" || exit 2

name=un-hrc-2025
document=sources/documents/$name.xml
pdf=output/$name.pdf
if [ ! -f "$document" ]; then
    echo "cli.sh: $root/$document not found" >&2
    exit 2
fi

check_log=$work/stderr  # what briefc said, shown after a failed check

status=0
run() {  # run ARGS...: runs briefc; sets $status, output in $work/stdout and $work/stderr
    "$briefc" "$@" >"$work/stdout" 2>"$work/stderr"
    status=$?
    check_log_fresh
}
status_is() { [ "$status" -eq "$1" ]; }
stdout_has() { grep -Eq -- "$1" "$work/stdout"; }
stderr_has() { grep -Eq -- "$1" "$work/stderr"; }
is_pdf() { [ -f "$1" ] && [ "$(head -c 5 "$1")" = "%PDF-" ]; }
no_temporary_files() { [ -z "$(find output -name '.*.tmp' 2>/dev/null)" ]; }

# --- usage --------------------------------------------------------------
run --help
check "--help exits 0" status_is 0
check "--help mentions the build command" stdout_has '(^|[^a-z])build([^a-z]|$)'

run --version
check "--version exits 0" status_is 0
check "--version prints 'briefc X.Y'" stdout_has '^briefc [0-9]+\.[0-9]+$'

run build --no-such-option "$document"
check "an unknown option exits 2" status_is 2
check "an unknown option is named in the message" stderr_has "unknown option '--no-such-option'"

run build
check "build without a document exits 2" status_is 2

# --- a good build -------------------------------------------------------
SOURCE_DATE_EPOCH=1700000000 run build "$document"
check "a good build exits 0" status_is 0
check "a good build writes $pdf" is_pdf "$pdf"
check "a good build leaves no temporary file in output/" no_temporary_files

# --- reproducible bytes -------------------------------------------------
cp "$pdf" "$work/first.pdf" 2>/dev/null
SOURCE_DATE_EPOCH=1700000000 run build "$document"
check "a second build with the same SOURCE_DATE_EPOCH gives identical bytes" cmp -s "$pdf" "$work/first.pdf"
SOURCE_DATE_EPOCH=1600000000 run build "$document"
different_bytes() { ! cmp -s "$pdf" "$work/first.pdf"; }
check "a different SOURCE_DATE_EPOCH changes the bytes" different_bytes

# --- a failed build keeps the previous PDF ------------------------------
SOURCE_DATE_EPOCH=1700000000 run build "$document"
cp "$pdf" "$work/good.pdf" 2>/dev/null
cp "$document" "$work/document.xml"
sed 's|<body>|<body><no-such-element/>|' "$work/document.xml" >"$document"
check "the test broke the document" grep -q '<no-such-element/>' "$document"
SOURCE_DATE_EPOCH=1700000000 run build "$document"
check "a build with an unknown element exits 1" status_is 1
check "the error is reported as file:line:col: error:" \
    stderr_has "^$document:[0-9]+:[0-9]+: error: unknown element <no-such-element>"
check "a failed build leaves the previous PDF byte-identical" cmp -s "$pdf" "$work/good.pdf"
check "a failed build leaves no temporary file in output/" no_temporary_files
cp "$work/document.xml" "$document"

# --- -o -----------------------------------------------------------------
run build "$document" -o "$work/elsewhere/custom name.pdf"
check "-o exits 0" status_is 0
check "-o writes the PDF where it is told" is_pdf "$work/elsewhere/custom name.pdf"

# --- the PDF itself -----------------------------------------------------
all_fonts_embedded_subsets() {
    # pdffonts prints a header, a line of dashes that gives the column widths,
    # then one font a line; the 4th and 5th columns ("emb", "sub") must say
    # "yes" on every one.
    pdffonts "$pdf" 2>/dev/null | awk '
        NR == 2 { column = 0; emb = 0; sub_ = 0
                  for (i = 1; i <= length($0); i++) {
                      if (substr($0, i, 1) == "-" && (i == 1 || substr($0, i - 1, 1) == " ")) {
                          column++
                          if (column == 4) emb = i
                          if (column == 5) sub_ = i
                      }
                  }
                  next }
        NR > 2  { fonts++
                  if (substr($0, emb, 3) != "yes" || substr($0, sub_, 3) != "yes") {
                      print "not an embedded subset: " $0 > "/dev/stderr"; bad++ } }
        END     { exit (emb == 0 || sub_ == 0 || fonts == 0 || bad > 0) }'
}
check "pdffonts lists every font as an embedded subset" all_fonts_embedded_subsets

page_one_has_ink() {
    # Text extraction works even when the embedded fonts have lost their
    # outlines; only rendering shows the words. Page 1 of a briefing is
    # mostly text: rendered at 20 dpi, over 2% of its pixels must be dark
    # (a page with only the footnote rule measures 0.1%).
    rm -f "$work"/ink*.pgm
    pdftoppm -r 20 -gray -f 1 -l 1 "$pdf" "$work/ink" 2>/dev/null || return 1
    local pgm
    pgm=$(ls "$work"/ink*.pgm) || return 1
    local header
    header=$(head -n 3 "$pgm" | wc -c)  # "P5", the size, the maximum value
    tail -c +$((header + 1)) "$pgm" | od -An -v -tu1 |
        awk '{ for (i = 1; i <= NF; i++) { n++; if ($i < 160) dark++ } } END { exit !(n > 0 && dark / n > 0.02) }'
}
check "page 1 renders with visible text (the fonts have their glyphs)" page_one_has_ink

title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$document" | head -n 1)
has_title() { [ -n "$title" ] && pdfinfo "$pdf" 2>/dev/null | grep -Fxq "Title:           $title"; }
check "pdfinfo shows the document's title" has_title

finish cli
