#!/bin/bash
# End-to-end checks of reporting periods and editions on the shipped example
# edition sources/documents/eu-dialogue-2021.xml (previous edition:
# eu-dialogue-2020.xml), run on a copy of the project so that nothing is
# written into the repository. What is checked is what a reader sees:
# pdftotext of the PDF, and briefc diff's output and exit status.
#
#   bash tests/e2e/editions.sh PATH/TO/briefc REPO_ROOT
#
# Prints one line per check ("ok" or "FAIL") and "editions: N passed, M
# failed". Exits 0 when every check passed, 1 when one failed, 2 on a usage
# error or a missing tool.

set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, skip, finish

if [ $# -ne 2 ]; then
    echo "usage: bash tests/e2e/editions.sh PATH/TO/briefc REPO_ROOT" >&2
    exit 2
fi
briefc=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
root=$(cd "$2" 2>/dev/null && pwd) || { echo "editions.sh: no such folder: $2" >&2; exit 2; }
[ -x "$briefc" ] || { echo "editions.sh: not an executable: $1" >&2; exit 2; }
command -v pdftotext >/dev/null 2>&1 || { echo "editions.sh: pdftotext not found (poppler-utils)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-editions.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT
cp -r "$root/sources" "$root/styles" "$work/" || exit 2
cd "$work" || exit 2

# Text without spaces, line ends and hyphens (as briefings_test compares it):
# a line may end anywhere, and a hyphen there may be the layout's or the word's.
squeeze() { tr -d ' \n\f-'; }
text_of() { pdftotext -enc UTF-8 "$1" - 2>/dev/null | squeeze; }
contains() { grep -qF -- "$(squeeze <<<"$2")" <<<"$1"; }
lacks() { ! contains "$1" "$2"; }

new=sources/documents/eu-dialogue-2021.xml
old=sources/documents/eu-dialogue-2020.xml

"$briefc" build "$new" -q -o out/2021.pdf 2>err.txt
status=$?
check "the example edition builds" test "$status" -eq 0
[ "$status" -eq 0 ] || sed 's/^/    /' err.txt
t=$(text_of out/2021.pdf)

check "the list names the people imprisoned in December 2021, by surname, new ones marked" \
    contains "$t" "imprisoned on politically-motivated grounds: Asset Abishev, Kenzhebek Abishev, Askar Azhguzhinov, Abai Begimbetov (new), Erzhan Elshibaev, Askar Ibrayev, Serik Idryshev, Kairat Kylyshev (new), and Askhat Zheksebaev (new). However, this list is not exhaustive:"
check "people released or dead by the period's end are not listed" \
    lacks "$t" "Max Bokayev,"
check "a profile ends with the status at the period's end" \
    contains "$t" "As of December 2021: imprisoned since October 2018."
check "a release after the period's end is left out (Asset Abishev, July 2022)" \
    lacks "$t" "released in July 2022"
check "developments since the last briefing: releases, a sentence, a death" \
    contains "$t" "Max Bokayev was released in February 2021."
check "... a death" contains "$t" "Aron Atabek died in November 2021."
check "... a sentence, with the article" \
    contains "$t" "Askhat Zheksebaev, Abai Begimbetov, and Kairat Kylyshev were sentenced to imprisonment under Article 182 of the Criminal Code in October 2021."
check "the appendix says which recommendations are repeated" \
    contains "$t" "political opposition members and supporters — first made: November 2020; repeated in: December 2021."
check "the appendix says which recommendations are new" \
    contains "$t" "from penal colony LA 155/14 in Almaty region — first made: December 2021."

"$briefc" build "$new" -q --period 2021-01..2022-12 -o out/2022.pdf 2>err.txt
check "--period moves the period without editing the document" test $? -eq 0
t=$(text_of out/2022.pdf)
check "... a prisoner released within it is no longer listed" \
    contains "$t" "grounds: Kenzhebek Abishev, Askar Azhguzhinov,"
check "... and the release is a development" contains "$t" "Asset Abishev was released in July 2022."
check "... statuses are as of its end" contains "$t" "As of December 2022: imprisoned since October 2018."

"$briefc" build "$new" --period 2021-02-30..2022 >/dev/null 2>err.txt
check "a --period that is no period is a usage error (exit 2)" test $? -eq 2
check "... said in words" grep -qF "briefc: error: --period: '2021-02-30' is not a date" err.txt

"$briefc" diff "$old" "$new" >diff.txt 2>err.txt
check "diff of the two editions succeeds" test $? -eq 0
check "diff: the case added" grep -qxF "  + case-street-party-article-182  Askhat Zheksebaev, Abai Begimbetov, and Kairat Kylyshev" diff.txt
check "diff: a status change" grep -qxF "  ~ case-bokayev  Max Bokayev: imprisoned → released (since 2021-02)" diff.txt
check "diff: a repeated recommendation" grep -qF "  = rec-eu2020-reverse-extremism-charges  Reverse the negative trend" diff.txt
check "diff: a dropped recommendation" grep -qF "  - rec-eu2020-release-person:p-utepova  Immediately and unconditionally release Aigul Utepova" diff.txt

"$briefc" diff "$old" >/dev/null 2>err.txt
check "diff with one document is a usage error (exit 2)" test $? -eq 2
"$briefc" diff "$old" sources/documents/no-such.xml >/dev/null 2>err.txt
check "diff with a missing document is an input error (exit 1)" test $? -eq 1

finish editions
