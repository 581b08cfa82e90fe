#!/bin/sh
# Subset fonts are named by what they hold (formats/pdf/fontfile.h): the
# same subset gets the same six-letter prefix in any PDF, a different subset
# a different one, never libharu's HPDFAA+/HPDFAB+ counters; and a PDF made
# in a batch (where font files are reused between documents) is byte for
# byte the PDF made alone. Finnish (UTF-8 fonts, with "≤") and English
# (Windows-1252 fonts) documents.
. "$top_srcdir/tests/common.sh"
need pdffonts
need pdftotext

doc() { # NAME LANG ID TEXT (the ids use the same glyphs)
  cat >"$T/in/$1.yaml" <<EOF
document:
  id: $3
  title: Policy
  type: policy
  language: $2
  version: "1.0"
  status: draft
  next_review: 2027-03-31
  owner: Maria Virtanen
sections:
  - title: Purpose
    content: "$4"
EOF
}
mkdir -p "$T/in" "$T/one" "$T/batch"
doc fi-a fi DOC-01 "Vasteaika on ≤ 4 tuntia ja tietoturvapäällikkö vastaa siitä."
doc fi-b fi DOC-10 "Vasteaika on ≤ 4 tuntia ja tietoturvapäällikkö vastaa siitä."
doc fi-c fi DOC-11 "Vasteaika on ≤ 4 tuntia; zebra quiz wax jump ÅÄÖ ≥ 8."
doc en-a en DOC-100 "Incidents are reported within four hours."
doc en-b en DOC-101 "Incidents are reported within four hours."
doc en-c en DOC-110 "Zebras quickly jump over wax: ZQXJ."

for f in "$T"/in/*.yaml; do
  "$ISOEXPORT" -q -f pdf -o "$T/one" "$f" 2>"$T/err" || fail "$(basename "$f"): $(cat "$T/err")"
done
"$ISOEXPORT" -q --all -j1 -f pdf -o "$T/batch" "$T/in" 2>"$T/err" || fail "batch: $(cat "$T/err")"

# the body font's name (the regular face) of a PDF
body() { pdffonts "$1" 2>/dev/null | awk 'NR > 2 && $1 ~ /\+LiberationSans$/ {print $1}'; }
for l in fi en; do
  a=$(body "$T/one/$l-a.pdf") b=$(body "$T/one/$l-b.pdf") c=$(body "$T/one/$l-c.pdf")
  [ -n "$a" ] || fail "$l-a: no subset of Liberation Sans: $(pdffonts "$T/one/$l-a.pdf")"
  echo "$a" | grep -Eq '^[A-Z]{6}\+' || fail "$l-a: prefix is not six capitals: $a"
  [ "$a" = "$b" ] || fail "$l: the same subset has two names: $a, $b"
  [ "$a" != "$c" ] || fail "$l: different subsets share the name $a"
  for f in "$T"/one/$l-*.pdf; do
    pdffonts "$f" | grep -q 'HPDFA' && fail "$(basename "$f"): libharu's counter prefix: $(pdffonts "$f")"
  done
done
pdftotext "$T/one/fi-c.pdf" - | grep -qF "≤ 4 tuntia; zebra quiz wax jump ÅÄÖ ≥ 8." ||
  fail "fi-c: the text does not copy back: $(pdftotext "$T/one/fi-c.pdf" - | head -5)"
for f in "$T"/one/*.pdf; do
  cmp -s "$f" "$T/batch/$(basename "$f")" || fail "$(basename "$f"): the batch's PDF differs from the one made alone"
done
finish
