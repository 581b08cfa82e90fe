#!/bin/sh
# LibreOffice opens every DOCX and its PDF rendering holds the text of every
# heading, paragraph, table cell, code line and caption, the header and the
# footer (Page N of M, the four control fields) and the approval block.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/docx/lib.sh"
need soffice
need pdftotext
need python3

docx_collect "$T/out"
mkdir -p "$T/pdf" "$T/home"
# one call for every file (LibreOffice takes ~1.5 s to start); a profile of
# our own so a parallel run does not collide with this one
HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/lo" \
  --infilter="MS Word 2007 XML" --convert-to pdf --outdir "$T/pdf" \
  "$T"/out/*.docx >"$T/soffice.log" 2>&1
for f in "$T"/out/*.docx; do
  b=$(basename "$f" .docx)
  pdf=$T/pdf/$b.pdf
  if [ ! -s "$pdf" ]; then
    fail "LibreOffice did not convert $b.docx: $(tail -n 3 "$T/soffice.log")"
    continue
  fi
  pdftotext -raw "$pdf" "$T/$b.pdftext" || { fail "pdftotext $b.pdf"; continue; }
  if [ -f "$T/out/$b.txt" ]; then
    python3 "$top_srcdir/tests/docx/expect_text.py" "$T/out/$b.txt" "$T/$b.pdftext" \
      >"$T/$b.missing" || fail "$b.docx: $(head -n 8 "$T/$b.missing")"
  fi
  # the footer is on every page: as many "Page" labels as pages
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  footers=$(grep -c -E '(Page|Sivu) [0-9]+ (of|/) [0-9]+' "$T/$b.pdftext")
  [ "${pages:-0}" -ge 1 ] && [ "$footers" -eq "$pages" ] ||
    fail "$b.docx: $footers page footers on ${pages:-?} pages"
done
finish
