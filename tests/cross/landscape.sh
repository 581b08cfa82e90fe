#!/bin/sh
# Landscape pages (`orientation`, docs/format.md "Orientation"), in our PDF
# and in LibreOffice's renderings of the DOCX and the ODT (landscape.py):
# two documents written here. landscape: portrait pages, a page break
# before a landscape section (absorbed: no empty page), the section with a
# 93-row, 5-column table and a subsection that inherits landscape, a
# portrait subsection of it, a portrait section with a single landscape
# table and the text after it, the closing block. last: a landscape section
# (ending in a page break) right before the closing block. Checked: the
# pages are landscape exactly where expected (page sizes, pdfinfo), the
# same in all three; every heading (and the text after the landscape
# table) on the same page as in our PDF; the contents name the right
# pages; every page says "Page N of M" with M all pages; the header's
# right item and the page label end at the right margin of each page,
# wide or not; no empty page. The outputs validate, and the HTML puts
# the section and the table on named landscape print pages.
. "$top_srcdir/tests/common.sh"
need pdftotext
need pdfinfo
need soffice
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

rows() { # N: rows of the 5-column table
  i=1
  while [ "$i" -le "$1" ]; do
    echo "            - [\"A.$((5 + i / 10)).$((i % 10))\", \"Yes\", \"Applicable access control $i with a description\", \"Owner $i\", \"2026-02-02\"]"
    i=$((i + 1))
  done
}
front() { # ID TITLE
  cat <<EOT
document:
  id: $1
  title: $2
  type: procedure
  organization: Example Oy
  version: "1.0"
  status: approved
  classification: Internal
  language: en
  owner: Maria Virtanen
  approver: Jukka Korhonen
  approved: 2026-03-15
  review_interval: 12 months
  history:
    - {version: "1.0", date: 2026-03-15, author: Maria Virtanen, changes: Approved, approver: Jukka Korhonen}
sections:
EOT
}
{
  front ISMS-L-01 "Landscape pages"
  cat <<EOT
  - title: Contents
    content:
      - toc: true
  - title: Portrait before
    content:
      - "This section is on a portrait page."
      - pagebreak: true
  - title: Statement of Applicability
    orientation: landscape
    content:
      - "The whole section and its subsections are landscape."
      - table:
          caption: Controls
          columns: [Control, Applicable, Description, Owner, Review]
          widths: [1, 1, 4, 2, 1.5]
          rows:
$(rows 93)
    sections:
      - title: Landscape subsection
        content: "Still landscape: a subsection takes its section's orientation."
      - title: Portrait annex
        orientation: portrait
        content: "A subsection of its own orientation: portrait again."
  - title: Portrait after
    content:
      - "Still on the portrait page of the annex."
      - table:
          orientation: landscape
          caption: One wide table
          columns: [Control, Applicable, Description, Owner, Review]
          rows:
$(rows 5)
      - "The text after a landscape table continues on a new portrait page."
  - title: Last portrait section
    content: "The end."
EOT
} >"$T/landscape.yaml"
{
  front ISMS-L-02 "Landscape at the end"
  cat <<EOT
  - title: Purpose
    content: "A portrait page."
  - title: Register
    orientation: landscape
    content:
      - table:
          columns: [Control, Applicable, Description, Owner, Review]
          rows:
$(rows 10)
      - pagebreak: true
EOT
} >"$T/last.yaml"

mkdir -p "$T/out" "$T/lo-in" "$T/lo" "$T/home"
for b in landscape last; do
  "$ISOEXPORT" -q -f docx,odt,pdf,html -o "$T/out" "$T/$b.yaml" 2>"$T/err" ||
    fail "$b.yaml: $(cat "$T/err")"
  cp "$T/out/$b.docx" "$T/lo-in/$b-docx.docx"
  cp "$T/out/$b.odt" "$T/lo-in/$b-odt.odt"
done
HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
  --convert-to pdf --outdir "$T/lo" "$T"/lo-in/* >"$T/soffice.log" 2>&1

# portrait (P) and landscape (L) pages, page by page
"$PY" "$top_srcdir/tests/cross/landscape.py" "$T/out/landscape.pdf" \
  "$T/lo/landscape-docx.pdf" "$T/lo/landscape-odt.pdf" PLLLLLPLP \
  "Statement of Applicability=2" "Landscape subsection=6" "Portrait annex=7" \
  "Portrait after=7" "Table 2: One wide table=8" \
  "The text after a landscape table continues on a new portrait page.=9" \
  "Approval and version control=9" >"$T/check.out" 2>&1 ||
  fail "landscape.yaml: $(cat "$T/check.out")"
cat "$T/check.out" >&2
"$PY" "$top_srcdir/tests/cross/landscape.py" "$T/out/last.pdf" \
  "$T/lo/last-docx.pdf" "$T/lo/last-odt.pdf" PLP "Register=2" \
  "Approval and version control=3" >"$T/check.out" 2>&1 ||
  fail "last.yaml: $(cat "$T/check.out")"
cat "$T/check.out" >&2

# valid, and the HTML's print pages
if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T"/out/*.docx "$T"/out/*.odt "$T"/out/*.pdf \
    >"$T/validate.out" 2>&1 || fail "not valid: $(cat "$T/validate.out")"
else
  echo "SKIP (part): $SHARED/conformance/validate not found" >&2
fi
assert_contains "$T/out/landscape.html" '@page landscape{size:'
assert_contains "$T/out/landscape.html" '<section class="landscape">'
assert_contains "$T/out/landscape.html" '<section class="portrait">'
assert_contains "$T/out/landscape.html" '<table class="grid landscape">'
finish
