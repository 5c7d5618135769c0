#!/bin/bash
# Runs the performance benchmarks against an existing build; builds nothing.
#
#   bench/run.sh BUILD_DIR [--runs N] [--quick]
#
# BUILD_DIR is a CMake build of this repository with bench/ included
# (add_subdirectory(bench)); use a Release build for figures worth quoting:
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j
#
# What it measures, from the project's targets:
#   1. sources/documents/eu-dialogue-2020.xml   target < 30 ms, < 32 MB
#   2. a generated ~270-page document           target < 0.6 s, < 60 MB
#   3. a generated 16-page document that loads a corpus of 10,000 cases and
#      50,000 sources (the size `check --all` must handle; no target for build)
#   4. the scaling series 30, 90, 270 pages     target: time linear in pages
#   5. the fixed cost of fontconfig and libhyphen (briefc_library_floor; no target)
#   8. the Word and web editions of the EU papers (eu-dialogue-2021.xml, and
#      eu-dialogue-2020.xml, the 93-footnote reference paper)
#                                                target < 30 ms each
#   7. briefc watch on the EU paper: from saving a records file to the new PDF
#                                                target < 20 ms (median)
#   6. the leak check: the 270-page document with 40 confidential persons (and
#      4 sources and cases) in the project against the same document without
#                                                target: at most +15 % CPU
# and, when pdfaudit is found ($PDFAUDIT, or on PATH), audits the 270-page PDF;
# last, bench/typography.py's figures of the four shipped papers (reported).
# --quick skips 3 and uses 2 runs.
#
# Everything generated goes to a temporary folder that is removed at the end;
# nothing is written into the repository. Exit status: 0 when every target is
# met, 1 when one is missed, 2 on a usage or build problem.

set -u

usage() {
    sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

[ $# -ge 1 ] || usage
build=$1
shift
runs=5
quick=0
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --quick) quick=1; runs=2; shift ;;
        *) usage ;;
    esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" 2>/dev/null && pwd) || { echo "run.sh: no build folder $1" >&2; exit 2; }
briefc=$build/briefc
generator=$build/bench/briefc_generate_corpus
benchmark=$build/bench/briefc_benchmark
for tool in "$briefc" "$generator" "$benchmark" "$build/bench/briefc_watch_benchmark"; do
    if [ ! -x "$tool" ]; then
        echo "run.sh: $tool is missing; build the repository with bench/ included first" >&2
        exit 2
    fi
done
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null)
if [ "$build_type" != "Release" ]; then
    echo "run.sh: note: $build is a '${build_type:-unknown}' build; targets are meant for Release" >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/briefc-bench-run-XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

missed=0
note_missed() { [ "$1" -eq 0 ] || missed=1; }

echo "briefc benchmarks: $briefc ($build_type), $runs timed runs each, $(nproc) CPUs"
read -r load _ < /proc/loadavg
if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    echo "warning: load average $load on $(nproc) CPUs: other processes compete for the CPU, so wall"
    echo "         times are inflated; cpu_median (the child's user + system time) is the steadier figure"
fi
echo

echo "== generating corpora"
"$generator" --out "$tmp/p270" --pages 270 --styles "$repo/styles" || exit 2
"$generator" --out "$tmp/p270c" --pages 270 --confidential 40 --styles "$repo/styles" >/dev/null || exit 2
if [ $quick -eq 0 ]; then
    "$generator" --out "$tmp/large" --pages 16 --cases 10000 --sources 50000 --styles "$repo/styles" || exit 2
fi
echo

echo "== EU dialogue paper (target: < 30 ms, < 32 MB)"
(cd "$repo" && "$benchmark" --briefc "$briefc" --runs "$runs" --target-ms 30 --target-mb 32 \
    sources/documents/eu-dialogue-2020.xml)
note_missed $?
echo

for format in docx html; do
    echo "== EU papers, $format edition (target: < 30 ms)"
    (cd "$repo" && "$benchmark" --briefc "$briefc" --runs "$runs" --target-ms 30 --format "$format" \
        sources/documents/eu-dialogue-2021.xml sources/documents/eu-dialogue-2020.xml)
    note_missed $?
    echo
done

echo "== generated 270-page document (target: < 600 ms, < 60 MB)"
"$benchmark" --briefc "$briefc" --runs "$runs" --target-ms 600 --target-mb 60 --keep-pdf "$tmp/pdf" \
    "$tmp/p270/sources/documents/briefing-270p.xml"
note_missed $?
echo

if [ $quick -eq 0 ]; then
    echo "== 16-page document over 10,000 cases and 50,000 sources (no target for build)"
    "$benchmark" --briefc "$briefc" --runs "$runs" "$tmp/large/sources/documents/briefing-16p.xml"
    echo
fi

echo "== scaling (target: time linear in pages)"
"$benchmark" --briefc "$briefc" --runs "$runs" --scaling --pages 30,90,270 --styles "$repo/styles"
note_missed $?
echo

echo "== the leak check on the 270-page document (target: at most +15 % CPU)"
plain=$("$benchmark" --briefc "$briefc" --runs "$runs" "$tmp/p270/sources/documents/briefing-270p.xml") || exit 2
guarded=$("$benchmark" --briefc "$briefc" --runs "$runs" "$tmp/p270c/sources/documents/briefing-270p.xml") || exit 2
echo "without confidential records: $plain"
echo "with 40 confidential persons: $guarded"
cpu_of() { sed -n 's/.*cpu_median=\([0-9.]*\) ms.*/\1/p'; }
echo "$(echo "$plain" | cpu_of) $(echo "$guarded" | cpu_of)" | awk '{
    r = $2 / $1; printf "leak check: +%.1f %% CPU (%s)\n", (r - 1) * 100, r <= 1.15 ? "ok" : "MISSED"; exit !(r <= 1.15) }'
note_missed $?
echo

echo "== briefc watch on the EU paper: save to new PDF (target: < 20 ms)"
mkdir -p "$tmp/watch" && cp -r "$repo/sources" "$repo/styles" "$tmp/watch/" || exit 2
(cd "$tmp/watch" && "$build/bench/briefc_watch_benchmark" --briefc "$briefc" --runs $((runs * 4)) \
    sources/documents/eu-dialogue-2020.xml sources/records/eu-2020/cases.xml)
note_missed $?
# The same with an edit of the printed text (a word of a case narrative):
# reported, not a target of its own.
(cd "$tmp/watch" && "$build/bench/briefc_watch_benchmark" --briefc "$briefc" --runs $((runs * 4)) \
    --replace "regarding prisoner" "about the prisoner" \
    sources/documents/eu-dialogue-2020.xml sources/records/eu-2020/cases.xml)
echo

echo "== fixed cost of the libraries every build loads (no target)"
"$build/bench/briefc_library_floor"
echo

pdfaudit=${PDFAUDIT:-$(command -v pdfaudit || true)}
if [ -n "$pdfaudit" ] && [ -x "$pdfaudit" ]; then
    echo "== pdfaudit of the 270-page PDF"
    "$pdfaudit" "$tmp/pdf/briefing-270p.pdf" | grep -E '^(pages|footnote_numbers|footnotes_missing_entry|verdict):'
else
    echo "== pdfaudit not found (set PDFAUDIT=/path/to/pdfaudit); skipped"
fi

# Reported, not counted in the exit status: the Russian edition misses the
# hyphenation and spacing targets (README, "Typography figures").
echo
if /usr/bin/python3 -c 'import fitz' 2>/dev/null; then
    echo "== typography of the shipped papers (issue 15: hyphenated <= 8 % en, <= 12 % ru; gap p99 <= 0.40, max <= 0.55 em)"
    PDFAUDIT=${pdfaudit:-} "$repo/bench/typography.py" "$build" || true
else
    echo "== typography: needs python3-fitz; skipped"
fi

exit $missed
