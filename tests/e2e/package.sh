#!/bin/bash
# The Debian package: cpack makes it from the build folder; unpacked, its
# briefc runs, finds its message catalogs, and builds the Russian edition
# byte for byte as the build folder's briefc does.
#
#   bash tests/e2e/package.sh BUILD_DIR REPO_ROOT
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2  # check, skip, finish
[ $# -eq 2 ] || { echo "usage: bash tests/e2e/package.sh BUILD_DIR REPO_ROOT" >&2; exit 2; }
build=$(cd "$1" && pwd) root=$(cd "$2" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps cmp; do
    command -v "$tool" >/dev/null || { echo "package.sh: $tool not found (dpkg-dev)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/briefc-package.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT

name="cpack makes a .deb"
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1)
deb=$(ls "$work"/deb/briefc_*.deb 2>/dev/null | head -1)
check "$name" test -n "$deb"
[ -n "$deb" ] || { cat "$work/cpack.log"; finish package; exit 1; }

name="it depends on the libraries and on the data briefc reads"
fields=$(dpkg-deb -f "$deb" Depends)
check "$name" sh -c "echo '$fields' | grep -q libhpdf && echo '$fields' | grep -q hyphen-ru && echo '$fields' | grep -q fonts-noto-core && echo '$fields' | grep -q icc-profiles-free"

name="unpacked, briefc --version runs"
dpkg-deb -x "$deb" "$work/root"
bin=$(find "$work/root" -path '*/bin/briefc' | head -1)
check "$name" sh -c "'$bin' --version | grep -q '^briefc '"

name="it holds the catalogs, and the Russian edition comes out as from the build folder"
check "$name" test -n "$(find "$work/root" -name briefc.mo -path '*/ru/LC_MESSAGES/*')"
mkdir -p "$work/p" && cp -r "$root/sources" "$root/styles" "$work/p/"
(cd "$work/p" && SOURCE_DATE_EPOCH=1700000000 "$bin" build -q sources/documents/un-hrc-2025-ru.xml -o "$work/a.pdf" &&
    SOURCE_DATE_EPOCH=1700000000 "$build/briefc" build -q sources/documents/un-hrc-2025-ru.xml -o "$work/b.pdf")
check "$name" cmp -s "$work/a.pdf" "$work/b.pdf"

finish package
