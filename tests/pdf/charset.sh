#!/bin/sh
# The PDF writer's two font set-ups: single-byte Windows-1252 fonts when every
# character fits (fast), UTF-8 (Type 0) fonts otherwise; both extract as the
# same text.
. "$top_srcdir/tests/common.sh"
need pdffonts
need pdftotext
doc() { # FILE EXTRA-TEXT
  cat >"$1" <<YAML
document:
  id: CS-01
  title: Merkistö – äöå ÅÄÖ € “quoted” … • — ‰ Œ Š
  version: "1.0"
  status: approved
  owner: Öljy Äijälä
  approver: Åke Ström
  approved: 2026-03-15
  review_interval: 12 months
sections:
  - title: Sisältö
    content: "Hinta 500 € – “lainaus” … • äöå ÅÄÖ $2"
YAML
}
cd "$T" || exit 1
doc simple.yaml ""
doc wide.yaml "≤ → Ω"
"$ISOEXPORT" -q -f pdf simple.yaml wide.yaml || fail "conversion exit $?"
pdffonts simple.pdf >simple.fonts 2>/dev/null
pdffonts wide.pdf >wide.fonts 2>/dev/null
grep -q "CID TrueType" simple.fonts && fail "simple.pdf uses UTF-8 fonts: $(cat simple.fonts)"
grep -q "CID TrueType" wide.fonts || fail "wide.pdf lacks UTF-8 fonts: $(cat wide.fonts)"
for f in simple wide; do
  pdftotext "$f.pdf" "$f.txt" 2>/dev/null
  for s in "Merkistö – äöå ÅÄÖ € “quoted” … • — ‰ Œ Š" "Hinta 500 € – “lainaus” … • äöå ÅÄÖ" \
           "Öljy Äijälä" "Åke Ström" "Sisältö"; do
    assert_contains "$f.txt" "$s"
  done
done
assert_contains wide.txt "≤ → Ω"
# the UTF-8 fonts' ToUnicode maps are real ToUnicode CMaps (bfrange), which
# readers parse without complaint (libharu's own used cidrange)
pdftotext wide.pdf /dev/null 2>wide.warn
[ -s wide.warn ] && fail "pdftotext warns on wide.pdf: $(sort -u wide.warn)"
if command -v qpdf >/dev/null; then
  qpdf --qdf --object-streams=disable wide.pdf wide.qdf
  grep -a -c "beginbfrange" wide.qdf >wide.n
  [ "$(cat wide.n)" -ge 1 ] || fail "wide.pdf has no bfrange ToUnicode CMap"
  tr -d '\r' <wide.qdf | grep -a -A2 "beginbfrange" | grep -aq "^<0020> <007E> <0020>$" ||
    fail "wide.pdf's ToUnicode does not map ASCII to itself"
  # one CMap serves every face (they map the same characters)
  n=$(grep -a -o "/ToUnicode [0-9]* 0 R" wide.qdf | sort -u | wc -l)
  [ "$n" = 1 ] || fail "wide.pdf has $n ToUnicode CMaps, want 1"
fi

# ISOEXPORT_WHOLE_FONTS=1 embeds whole fonts (the path taken when a font
# cannot be subset): the same text, much larger files.
ISOEXPORT_WHOLE_FONTS=1 "$ISOEXPORT" -q -f pdf -o whole simple.yaml wide.yaml ||
  fail "whole fonts: exit $?"
for f in simple wide; do
  pdftotext "whole/$f.pdf" "whole-$f.txt" 2>/dev/null
  cmp -s "whole-$f.txt" "$f.txt" || fail "whole fonts: $f.pdf text differs"
  a=$(wc -c <"$f.pdf") b=$(wc -c <"whole/$f.pdf")
  [ "$b" -gt $((a + a / 2)) ] || fail "whole fonts: $f.pdf $b bytes, subset $a"
done

# The second level of bullets (◦) is not in Windows-1252: a document with one
# must not show it as "?" (it did, when only the text was looked at).
cat >nested.yaml <<'YAML'
document:
  id: CS-02
  title: Nested lists
  version: "1.0"
  status: draft
  owner: Owner
  next_review: 2027-01-01
sections:
  - title: Lists
    content: |
      - first level
        - second level
          - third level
YAML
"$ISOEXPORT" -q -f pdf nested.yaml || fail "nested.yaml: exit $?"
pdftotext nested.pdf nested.txt 2>/dev/null
assert_contains nested.txt "◦ second level"
grep -q "?" nested.txt && fail "a bullet became '?': $(cat nested.txt)"

# Document information and bookmarks: PDFDocEncoding when the text fits it
# (no UTF-8 encoder), UTF-16 when it does not; both read back the same.
info_doc() { # FILE TITLE HEADING
  cat >"$1" <<YAML
document:
  id: CS-03
  title: "$2"
  version: "1.0"
  status: draft
  owner: Öljy Äijälä
  keywords: [tietoturva, "€ – ‰"]
  next_review: 2027-01-01
sections:
  - title: "$3"
    content: Text.
YAML
}
info_doc latin.yaml "Merkistö – € ‰ Œ “x”" "Sisältö – € ‰"
info_doc greek.yaml "Riskit ≤ 5 – Ω" "Kohta → Ω"
"$ISOEXPORT" -q -f pdf latin.yaml greek.yaml || fail "info documents: exit $?"
need qpdf
for f in latin:"Merkistö – € ‰ Œ “x”":"Sisältö – € ‰" greek:"Riskit ≤ 5 – Ω":"Kohta → Ω"; do
  name=${f%%:*} rest=${f#*:}
  title=${rest%%:*} heading=${rest#*:}
  pdfinfo "$name.pdf" >"$name.info" 2>/dev/null
  assert_contains "$name.info" "Title:           $title"
  assert_contains "$name.info" "Author:          Öljy Äijälä"
  assert_contains "$name.info" "Keywords:        tietoturva, € – ‰"
  qpdf --json --json-key=outlines "$name.pdf" >"$name.json"
  assert_contains "$name.json" "\"title\": \"$heading\""
done
# the Latin one is written in single bytes, the other in UTF-16
qpdf --qdf --object-streams=disable latin.pdf latin.qdf
qpdf --qdf --object-streams=disable greek.pdf greek.qdf
grep -a "/Title" latin.qdf | grep -q "<feff" && fail "latin.pdf title in UTF-16"
grep -a "/Title" greek.qdf | grep -q "<feff" || fail "greek.pdf title not in UTF-16"
finish
