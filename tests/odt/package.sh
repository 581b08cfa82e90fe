#!/bin/sh
# Every ODT is a strict ODF 1.3 package: mimetype first, stored, at byte 38
# with no extra field; the manifest lists every entry and nothing else; all
# XML parts valid against the OASIS ODF 1.3 RELAX NG schemas (jing); the
# same input gives the same bytes.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/odt/lib.sh"
need jing
need unzip
need od
ODF=$SCHEMAS/odf-1.3
[ -f "$ODF/OpenDocument-v1.3-schema.rng" ] || skip "no ODF 1.3 schema under $ODF"
[ -f "$ODF/OpenDocument-v1.3-manifest-schema.rng" ] || skip "no ODF manifest schema under $ODF"

odt_collect "$T/a"
odt_collect "$T/b" 2>/dev/null

bytes() { od -An -c -j "$2" -N "$3" "$1" | tr -d ' \n'; }
hex() { od -An -tx1 -j "$2" -N "$3" "$1" | tr -d ' \n'; }

parts= manifests=
for f in "$T"/a/*.odt; do
  n=$(basename "$f")
  [ "$(bytes "$f" 30 8)" = mimetype ] || fail "$n: first entry is not mimetype"
  [ "$(hex "$f" 8 2)" = 0000 ] || fail "$n: mimetype is compressed"
  [ "$(hex "$f" 28 2)" = 0000 ] || fail "$n: mimetype has an extra field"
  [ "$(bytes "$f" 38 39)" = application/vnd.oasis.opendocument.text ] ||
    fail "$n: mimetype content is not at byte 38"

  x=$T/x/$n
  mkdir -p "$x"
  (cd "$x" && unzip -q "$f") || { fail "$n: unzip failed"; continue; }
  odt_entries "$f" | grep -v -e '^mimetype$' -e '^META-INF/manifest.xml$' | sort >"$x.entries"
  grep -o 'manifest:full-path="[^"]*"' "$x/META-INF/manifest.xml" |
    sed 's/^manifest:full-path="//; s/"$//' | grep -v '^/$' | sort >"$x.listed"
  cmp -s "$x.entries" "$x.listed" ||
    fail "$n: manifest and entries differ: $(diff "$x.entries" "$x.listed" | tr '\n' ' ')"
  grep -q '<manifest:file-entry manifest:full-path="/" manifest:version="1.3"' \
    "$x/META-INF/manifest.xml" || fail "$n: manifest '/' entry lacks version 1.3"

  for p in content.xml styles.xml meta.xml settings.xml; do
    parts="$parts $x/$p"
  done
  manifests="$manifests $x/META-INF/manifest.xml"
  # strict ODF: no LibreOffice (loext, officeooo) or other vendor namespaces
  ! grep -l -e 'xmlns:loext' -e 'officeooo' -e 'xmlns:ooo' "$x"/*.xml >/dev/null ||
    fail "$n: vendor extension namespace found"
  for p in content.xml styles.xml meta.xml settings.xml; do
    grep -q 'office:version="1.3"' "$x/$p" || fail "$n: $p lacks office:version 1.3"
  done

  cmp -s "$f" "$T/b/$n" || fail "$n: two runs gave different bytes"
done

# one JVM start per schema for all packages (errors name the file)
[ -n "$parts" ] || fail "no ODT to validate"
out=$(jing -i "$ODF/OpenDocument-v1.3-schema.rng" $parts 2>/dev/null) ||
  fail "not valid ODF 1.3: $out"
out=$(jing -i "$ODF/OpenDocument-v1.3-manifest-schema.rng" $manifests 2>/dev/null) ||
  fail "manifest not valid: $out"
finish
