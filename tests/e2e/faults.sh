#!/bin/bash
# Fault injection: briefc under a hostile environment rather than hostile
# input. A read-only output folder, a full disk, kill -9 at many points of a
# build, concurrent builds of one document, FIFOs where files are expected,
# and symbolic links (loops, links out of the project). Each must end in a
# clean result or a clean error: the previous PDF untouched, no temporary
# file left, no hang.
#
#   bash tests/e2e/faults.sh PATH/TO/briefc REPO_ROOT
#
# Prints one line per check ("ok", "FAIL" or "skip" when the machine cannot
# stage the fault, e.g. no user namespaces for a tmpfs) and a last line
# "faults: N passed, M failed" (", K skipped" when some were). Exits 1 when a
# check failed.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, skip, finish
if [ $# -ne 2 ]; then
    echo "usage: bash tests/e2e/faults.sh PATH/TO/briefc REPO_ROOT" >&2
    exit 2
fi
briefc=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
root=$(cd "$2" 2>/dev/null && pwd) || exit 2
unset SOURCE_DATE_EPOCH NO_COLOR

work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-faults.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT
project=$work/project
mkdir -p "$project"
cp -r "$root/sources" "$root/styles" "$project/" || exit 2
cd "$project" || exit 2
document=sources/documents/eu-dialogue-2020.xml
pdf=output/eu-dialogue-2020.pdf

check_log=$work/stderr  # what briefc said, shown after a failed check
status=0
run() {  # run ARGS...: briefc with a 60 s bound (124: it hung)
    timeout 60 "$briefc" "$@" >"$work/stdout" 2>"$work/stderr"
    status=$?
    check_log_fresh
}
status_is() { [ "$status" -eq "$1" ]; }
stderr_has() { grep -Fq -- "$1" "$work/stderr"; }
no_temporary_files() { [ -z "$(find "$1" -name '.*.tmp' 2>/dev/null)" ]; }
same_as_reference() { cmp -s "$pdf" "$work/reference.pdf"; }

# The reference: the PDF every later build must leave, or give, byte for byte.
export SOURCE_DATE_EPOCH=1700000000
run build "$document"
check "the reference build succeeds" status_is 0
cp "$pdf" "$work/reference.pdf"

# --- the output cannot be written -----------------------------------------
run build "$document" -o /proc/briefc-no-such-folder/out.pdf
check "an output folder that cannot be created: exit 1" status_is 1
check "... and says so, naming the file" stderr_has "/proc/briefc-no-such-folder/out.pdf: error: cannot create the output folder"

# A read-only folder. As root, permissions do not stop a write: stage a
# read-only bind mount in a user namespace instead.
if unshare -rm true 2>/dev/null; then
    unshare -rm bash -c "mount --bind output output && mount -o remount,bind,ro output && \
        timeout 60 '$briefc' build '$document' >'$work/stdout' 2>'$work/stderr'; echo \$? > '$work/status'"
    status=$(cat "$work/status")
    check "a read-only output folder: exit 1" status_is 1
    check "... with the reason" stderr_has "output/eu-dialogue-2020.pdf: error: cannot write in the output folder: Read-only file system"
    check "... and the previous PDF untouched" same_as_reference
    check "... and no temporary file" no_temporary_files output

    # A full disk: a 64 KiB tmpfs holds no PDF of 100 KiB.
    mkdir -p "$work/full"
    unshare -rm bash -c "mount -t tmpfs -o size=64k tmpfs '$work/full' && cp '$work/reference.pdf' '$work/full/' 2>/dev/null; \
        head -c 40000 /dev/zero > '$work/full/filler' 2>/dev/null; cp '$pdf' '$work/full/previous.pdf' 2>/dev/null; \
        timeout 60 '$briefc' build '$document' -o '$work/full/previous.pdf' >'$work/stdout' 2>'$work/stderr'; echo \$? > '$work/status'; \
        ls -a '$work/full' > '$work/listing'; cmp -s '$work/full/previous.pdf' '$work/reference.pdf'; echo \$? > '$work/same'"
    status=$(cat "$work/status")
    check "a full disk: exit 1" status_is 1
    check "... with the reason" stderr_has "error: cannot write the PDF"
    check "... and no temporary file" bash -c "! grep -q '\.tmp$' '$work/listing'"
else
    skip "a read-only output folder (no user namespaces to mount one)"
    skip "a full disk (no user namespaces to mount a small tmpfs)"
fi

# --- kill -9 at many points of a build --------------------------------------
survived=1
for delay in 0.005 0.01 0.02 0.03 0.04 0.05 0.06 0.08 0.1 0.12 0.15 0.2 0.25 0.3; do
    "$briefc" build "$document" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ! no_temporary_files output || ! same_as_reference; then
        survived=0
        echo "       | after kill -9 at ${delay}s: $(ls -a output | tr '\n' ' ')"
    fi
done
check "kill -9 at 14 points of a build leaves the previous PDF whole and no temporary file" [ "$survived" -eq 1 ]

# --- concurrent builds of one document ------------------------------------
pids=()
for i in 1 2 3 4; do
    "$briefc" build "$document" >"$work/concurrent.$i" 2>&1 &
    pids+=($!)
done
all_ok=1
for pid in "${pids[@]}"; do wait "$pid" || all_ok=0; done
check "four concurrent builds of one document all succeed" [ "$all_ok" -eq 1 ]
check "... and leave one whole PDF, the same bytes" same_as_reference
check "... and no temporary file" no_temporary_files output

# --- FIFOs where files are expected -----------------------------------------
mkfifo "$work/fifo.xml"
run build "$work/fifo.xml"
check "a FIFO as the document: exit 1, not a hang" status_is 1
check "... named as not a regular file" stderr_has "not a regular file (a FIFO, socket or device)"
mkfifo sources/records/fifo.xml
run build "$document"
check "a FIFO among the included records: exit 1, not a hang" status_is 1
check "... located at the FIFO" stderr_has "sources/records/fifo.xml: error[input-not-file]: not a regular file"
rm sources/records/fifo.xml
mv styles/eu-briefing.xml "$work/eu-briefing.xml"
mkfifo styles/eu-briefing.xml
run build "$document"
check "a FIFO as the style: exit 1, not a hang" status_is 1
rm styles/eu-briefing.xml
mv "$work/eu-briefing.xml" styles/eu-briefing.xml
run check --all
check "check --all with everything back in place: no error" status_is 0
check "the PDF is still the reference" same_as_reference

# --- symbolic links ---------------------------------------------------------
mkdir -p sources/records/nested
ln -s .. sources/records/nested/loop
ln -s nested sources/records/nested/self
run build "$document"
check "a symbolic link loop in an included folder: built (exit 0), no internal error" status_is 0
check "... and the same PDF" same_as_reference
rm sources/records/nested/loop sources/records/nested/self
mkdir -p "$work/outside"
echo '<records><source id="src-secret" kind="media" lang="en" url="https://secret.example"/></records>' > "$work/outside/secret.xml"
ln -s "$work/outside/secret.xml" sources/records/nested/secret.xml
run build "$document"
check "a link out of the project in an included folder: exit 1" status_is 1
check "... named as such" stderr_has "found by a folder include, is a link to '$work/outside/secret.xml', outside the project folder"
check "... and nothing of the outside file read" bash -c "! grep -q secret.example '$work/stderr'"
rm sources/records/nested/secret.xml
ln -s "$work/outside" sources/records/nested/outside
run build "$document"
check "a link to an outside folder: exit 1" status_is 1
rm sources/records/nested/outside
ln -s "$work/nowhere.xml" sources/records/nested/dangling.xml
run build "$document"
check "a dangling link in an included folder is passed over" status_is 0
rm -r sources/records/nested
ln -s "$project/$document" "$work/linked-document.xml"
run build "$work/linked-document.xml" -o "$work/linked.pdf"
check "a document named through a symbolic link builds" status_is 0

finish faults
