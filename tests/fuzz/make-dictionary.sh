#!/usr/bin/env bash
# Prints a libFuzzer dictionary for briefc's inputs, made from the schema
# (docs/briefc.xsd): every element as "<name" and "</name>", every attribute
# as 'name="', every enumerated value, plus the XML and placeholder tokens
# the readers treat specially. Made on each fuzz run, so it follows the schema.
#
#   tests/fuzz/make-dictionary.sh [REPO_ROOT] > briefc.dict
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
xsd=$root/docs/briefc.xsd
quote() { printf '"%s"\n' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }
{
  grep -o '<xs:element name="[^"]*"' "$xsd" | sed 's/.*name="//; s/"$//' | sort -u | while read -r e; do
    quote "<$e"
    quote "</$e>"
  done
  grep -o '<xs:attribute name="[^"]*"' "$xsd" | sed 's/.*name="//; s/"$//' | sort -u | while read -r a; do
    quote " $a=\""
  done
  grep -o '<xs:enumeration value="[^"]*"' "$xsd" | sed 's/.*value="//; s/"$//' | sort -u | while read -r v; do
    quote "\"$v\""
  done
  for t in '<?xml version="1.0" encoding="UTF-8"?>' '<!--' '-->' '<![CDATA[' ']]>' '<!DOCTYPE' '/>' \
           '&amp;' '&lt;' '&gt;' '&quot;' '&apos;' '&#x' '&#' ';' \
           '{url}' '{language}' '{title}' '{publisher}' '{page}' '{pages}' '{' '}' \
           'mm"' 'pt"' 'in"' 'cm"' 'nan' 'inf' '1e308' '-0' \
           'href="../records"' 'src="src-one"' 'ref="p-one"' 'ref="case-one"' 'ref="cc-274"' \
           '2020-02-30' '2020-13' '9999-12-31' 'https://' ; do
    quote "$t"
  done
} | sort -u
