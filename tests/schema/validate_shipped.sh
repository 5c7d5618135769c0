#!/bin/sh
# Validate the shipped XML against docs/briefc.xsd, and test the schema itself.
#
#   tests/schema/validate_shipped.sh [REPO_ROOT]
#
# REPO_ROOT defaults to the repository this script lives in.
#
# 1. Every *.xml under sources/ and styles/ must validate.
# 2. Every tests/schema/valid/*.xml must validate.
# 3. Every tests/schema/invalid/*.xml must be REJECTED, and xmllint's message
#    must contain the text of the file's "<!-- expect: TEXT -->" comment (so a
#    fixture cannot pass by failing for the wrong reason).
#
# Prints one line per file ("ok", "FAIL", "rejected", "ACCEPTED") with the
# path relative to REPO_ROOT; xmllint's messages for failures go to stderr.
# Exits 0 when everything passes, 1 when anything fails, 2 on a usage error.

set -u

if [ $# -ge 1 ]; then
    root=$1
else
    root=$(dirname "$0")/../..
fi
if ! root=$(cd "$root" 2>/dev/null && pwd); then
    echo "validate_shipped.sh: no such directory: $1" >&2
    exit 2
fi
schema=docs/briefc.xsd
if ! command -v xmllint >/dev/null 2>&1; then
    echo "validate_shipped.sh: xmllint not found (install libxml2-utils)" >&2
    exit 2
fi
cd "$root" || exit 2
if [ ! -f "$schema" ]; then
    echo "validate_shipped.sh: $root/$schema not found" >&2
    exit 2
fi

failures=0
checked=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT INT TERM

# The schema must itself be well-formed and compile. (Validating the schema
# file against itself fails, "no matching global declaration", but only after
# compiling the schema, which is what is checked here.)
xmllint --noout --schema "$schema" "$schema" >"$tmp" 2>&1
if grep -q 'failed to compile\|parser error' "$tmp"; then
    echo "FAIL     $schema (does not compile)"
    sed 's/^/    /' "$tmp" >&2
    exit 1
fi

# validate FILE: 0 if FILE validates, messages in $tmp.
validate() {
    xmllint --noout --schema "$schema" "$1" >"$tmp" 2>&1
}

# Files to validate, in name order (paths must not contain newlines).
list_xml() {
    for dir in "$@"; do
        [ -d "$dir" ] && find "$dir" -type f -name '*.xml'
    done | LC_ALL=C sort
}

expect_valid() {
    list_xml "$@" >"$tmp.list"
    while IFS= read -r f; do
        checked=$((checked + 1))
        if validate "$f"; then
            echo "ok       $f"
        else
            echo "FAIL     $f"
            grep -v ' fails to validate$' "$tmp" | sed 's/^/    /' >&2
            failures=$((failures + 1))
        fi
    done <"$tmp.list"
    rm -f "$tmp.list"
}

expect_invalid() {
    list_xml "$@" >"$tmp.list"
    while IFS= read -r f; do
        checked=$((checked + 1))
        expect=$(sed -n 's/^<!-- expect: \(.*\) -->$/\1/p' "$f" | head -n 1)
        if validate "$f"; then
            echo "ACCEPTED $f (should have been rejected)"
            failures=$((failures + 1))
        elif ! grep -q 'Schemas validity error\|parser error' "$tmp"; then
            echo "FAIL     $f (xmllint failed without a validity error)"
            sed 's/^/    /' "$tmp" >&2
            failures=$((failures + 1))
        elif [ -n "$expect" ] && ! grep -qF -- "$expect" "$tmp"; then
            echo "FAIL     $f (rejected, but not with: $expect)"
            sed 's/^/    /' "$tmp" >&2
            failures=$((failures + 1))
        else
            echo "rejected $f"
        fi
    done <"$tmp.list"
    rm -f "$tmp.list"
}

expect_valid sources styles
expect_valid tests/schema/valid
expect_invalid tests/schema/invalid

if [ "$failures" -ne 0 ]; then
    echo "$failures of $checked files failed" >&2
    exit 1
fi
echo "all $checked files passed" >&2
exit 0
