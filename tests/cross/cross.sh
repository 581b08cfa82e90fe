#!/bin/sh
# The three formats of every sample and of a document written for this test
# (cross.yaml: a wide table with widths, nested lists of both kinds, headings
# at every height of a page) compared with each other (compare.py): the same
# title-block rows in the same order, the same list markers, column shares
# within 2 % of `widths`, no heading last on a PDF page, and LibreOffice's
# page count of the DOCX and the ODT within one page of our PDF; the HTML
# edition's title rows, header items, list markers and contents the same.
. "$top_srcdir/tests/common.sh"
need pdftotext
need pdfinfo
need qpdf
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
command -v "$PY" >/dev/null 2>&1 || skip "python3 is not installed"

names=
for y in "$top_srcdir"/samples/*.yaml "$top_srcdir"/tests/cross/cross.yaml; do
  b=$(basename "$y" .yaml)
  "$ISOEXPORT" -q -f docx,odt,pdf,html -o "$T" "$y" 2>"$T/$b.err" ||
    { fail "isoexport $b.yaml: $(cat "$T/$b.err")"; continue; }
  n=$(pdfinfo "$T/$b.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  i=1
  while [ "$i" -le "${n:-0}" ]; do
    pdftotext -layout -f $i -l $i "$T/$b.pdf" "$T/$b.$i.txt" 2>/dev/null
    i=$((i + 1))
  done
  pdftotext -bbox "$T/$b.pdf" "$T/$b.bbox.html" 2>/dev/null
  qpdf --json --json-key=outlines "$T/$b.pdf" >"$T/$b.outlines" 2>/dev/null
  names="$names $b"
done

# LibreOffice: one call for every file (it takes ~1.5 s to start), with a
# profile of our own so that a parallel run does not collide with this one
lo=
if command -v soffice >/dev/null 2>&1; then
  mkdir -p "$T/lo-in" "$T/lo" "$T/home"
  for b in $names; do
    cp "$T/$b.docx" "$T/lo-in/$b-docx.docx"
    cp "$T/$b.odt" "$T/lo-in/$b-odt.odt"
  done
  HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
    --convert-to pdf --outdir "$T/lo" "$T"/lo-in/* >"$T/soffice.log" 2>&1
  lo="--lo $T/lo"
else
  echo "SKIP (part): soffice is not installed; page counts not compared" >&2
fi

# shellcheck disable=SC2086
"$PY" "$top_srcdir/tests/cross/compare.py" "$T" $names $lo >"$T/compare.out" 2>&1 ||
  fail "formats differ:
$(cat "$T/compare.out")"
cat "$T/compare.out" >&2
finish
