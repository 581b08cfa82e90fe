#!/bin/sh
# A list in a call-out is numbered as a list in the body, nested ones one
# level down, as DOCX (w:ilvl 0) and ODT (an outer text:list in the box's
# cell) number it: the PDF once counted the call-out as a level and showed
# "◦" and "a." there. The markers come from the walk (src/walk.h).
. "$top_srcdir/tests/common.sh"
need pdftotext
cat >"$T/doc.yaml" <<'YAML'
document:
  id: LST-01
  title: Lists in call-outs
  version: "1.0"
  status: draft
  owner: Maria Virtanen
  next_review: 2030-01-01
sections:
  - title: Boxes
    content:
      - note: |
          Bullets:

          - outer bullet
            - inner bullet
      - warning: |
          Steps:

          1. first step
             1. first sub-step
          2. second step
YAML
"$ISOEXPORT" -q -f pdf,docx -o "$T/out" "$T/doc.yaml" 2>"$T/err" || fail "isoexport: $(cat "$T/err")"
pdftotext -layout "$T/out/doc.pdf" "$T/doc.txt" 2>/dev/null || fail "pdftotext"
for want in "• outer bullet" "◦ inner bullet" "1. first step" "a. first sub-step" "2. second step"; do
  grep -qF -- "$want" "$T/doc.txt" || fail "the PDF lacks '$want': $(grep -F "${want#* }" "$T/doc.txt")"
done
# the DOCX numbers the same lists from level 0
unzip -p "$T/out/doc.docx" word/document.xml >"$T/document.xml" 2>/dev/null || fail "unzip"
grep -q '<w:ilvl w:val="0"/>' "$T/document.xml" || fail "no list at level 0 in the DOCX"
grep -q '<w:ilvl w:val="2"/>' "$T/document.xml" && fail "a list in a call-out at level 2 in the DOCX"
finish
