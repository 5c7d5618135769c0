#!/bin/bash
# briefc watch end to end: a saved records file gives a new PDF; a save with
# an error leaves the last good PDF exactly as it was; nothing half-written
# or temporary is ever left in output/. With the repository (SOURCE_DIR),
# also: on the EU paper, every PDF watch writes after an edit is byte for
# byte the PDF a one-shot `briefc build` makes of the edited project, though
# watch reuses what its earlier builds broke into lines, compressed and
# embedded.
#
#   bash tests/e2e/watch.sh PATH/TO/briefc [SOURCE_DIR]
set -u
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: bash tests/e2e/watch.sh PATH/TO/briefc [SOURCE_DIR]" >&2; exit 2; }
briefc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=""
[ $# -eq 2 ] && { source_dir=$(cd "$2" && pwd) || exit 2; }
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, finish
command -v pdftotext >/dev/null || { echo "watch.sh: pdftotext not found (poppler-utils)" >&2; exit 2; }
unset SOURCE_DATE_EPOCH
work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-watch.XXXXXX") || exit 2
trap 'kill "$watcher" 2>/dev/null; rm -rf -- "$work"' EXIT

"$briefc" init "$work/p" --audience upr >/dev/null || exit 2
cd "$work/p" || exit 2
pdf=output/upr-submission.pdf
log=$work/watch.log
check_log=$log  # what watch printed follows a failure
"$briefc" watch sources/documents/upr-submission.xml --builds 3 >"$log" 2>&1 &
watcher=$!

# Waits until $log holds COUNT lines starting "watch:" (10 s at most).
wait_builds() {
    for _ in $(seq 1 200); do
        [ "$(grep -c '^watch:' "$log")" -ge "$1" ] && return 0
        sleep 0.05
    done
    return 1
}

name="the first build is written"
check "$name" wait_builds 1
check "$name" test -f "$pdf"

name="saving a records file builds again, with the change"
sed -i 's/Release {person} immediately/Free {person} at once/' sources/recommendations/sample.xml
check "$name" wait_builds 2
check "$name" sh -c "pdftotext '$pdf' - 2>/dev/null | grep -q 'Free Aigerim Primerova at once'"
cp "$pdf" "$work/good.pdf"

name="a save with an error keeps the last good PDF, byte for byte"
sed -i 's/<\/records>/<source id="broken"\/><\/records>/' sources/records/sample.xml
check "$name" wait_builds 3
check "$name" grep -q "watch: not built, the last good PDF is kept" "$log"
check "$name" grep -q "error: <source> is missing the required attribute 'kind'" "$log"
check "$name" cmp -s "$pdf" "$work/good.pdf"

name="watch stops after --builds builds, and leaves no temporary file"
for _ in $(seq 1 100); do kill -0 "$watcher" 2>/dev/null || break; sleep 0.05; done
check "$name" sh -c "! kill -0 $watcher 2>/dev/null"
check "$name" sh -c "[ \"\$(ls -A output)\" = upr-submission.pdf ]"

if [ -n "$source_dir" ]; then
    mkdir -p "$work/eu" && cp -r "$source_dir/sources" "$source_dir/styles" "$work/eu/" || exit 2
    cd "$work/eu" || exit 2
    doc=sources/documents/eu-dialogue-2020.xml
    cases=sources/records/eu-2020/cases.xml
    pdf=output/eu-dialogue-2020.pdf
    log=$work/watch-eu.log
    check_log=$log
    check_log_fresh
    "$briefc" watch "$doc" -q --builds 5 >"$log" 2>&1 &
    watcher=$!
    # Compares the PDF in place with a one-shot build of the project as it is now.
    same_as_one_shot() {
        "$briefc" build "$doc" -q -o "$work/one-shot.pdf" 2>/dev/null && cmp "$pdf" "$work/one-shot.pdf"
    }

    name="EU paper: the first build equals a one-shot build"
    check "$name" wait_builds 1
    check "$name" same_as_one_shot

    name="EU paper: after a word changed in a narrative, byte for byte a one-shot build"
    sed -i 's/regarding prisoner/about the prisoner/' "$cases"
    check "$name" wait_builds 2
    check "$name" sh -c "pdftotext '$pdf' - 2>/dev/null | grep -q 'about the prisoner'"
    check "$name" same_as_one_shot

    name="EU paper: after a paragraph grew by a sentence (the pages after it move), the same"
    sed -i 's/Although/Although, as several sources confirmed in detail and at some length,/' "$cases"
    check "$name" wait_builds 3
    check "$name" same_as_one_shot

    name="EU paper: after a save that changes nothing printed, the same"
    echo " " >>"$cases"
    check "$name" wait_builds 4
    check "$name" same_as_one_shot

    name="EU paper: after the first edit is undone, the same"
    sed -i 's/about the prisoner/regarding prisoner/' "$cases"
    check "$name" wait_builds 5
    check "$name" same_as_one_shot
    for _ in $(seq 1 100); do kill -0 "$watcher" 2>/dev/null || break; sleep 0.05; done
fi

finish watch
