#!/bin/sh
# Custom document-control fields (custom.yaml, custom.expect): in the
# properties of every format under their own names (DOCX custom.xml, ODT
# meta:user-defined, the PDF's Info dictionary and, with --pdfa, its XMP)
# and in the title block's control table after the built-in rows, in our
# PDF and in LibreOffice's renderings of the DOCX and the ODT; every output
# valid. The refusals are in tests/bad/custom-*.yaml.
. "$top_srcdir/tests/common.sh"
need pdftotext
need pdfinfo
need soffice
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
D=$top_srcdir/tests/cross
E=$D/custom.expect
mkdir -p "$T/out" "$T/a" "$T/lo" "$T/home"
"$ISOEXPORT" -q -o "$T/out" "$D/custom.yaml" 2>"$T/err" || fail "custom.yaml: $(cat "$T/err")"
"$ISOEXPORT" -q --pdfa -f pdf -o "$T/a" "$D/custom.yaml" 2>"$T/err" || fail "custom.yaml --pdfa: $(cat "$T/err")"
"$PY" "$D/custom.py" "$E" docx "$T/out/custom.docx" >"$T/r" 2>&1 || fail "$(cat "$T/r")"
"$PY" "$D/custom.py" "$E" odt "$T/out/custom.odt" >"$T/r" 2>&1 || fail "$(cat "$T/r")"
for p in "$T/out/custom.pdf" "$T/a/custom.pdf"; do
  pdfinfo -custom "$p" >"$T/info" 2>/dev/null || fail "pdfinfo $p"
  "$PY" "$D/custom.py" "$E" pdfinfo "$T/info" >"$T/r" 2>&1 || fail "$p: $(cat "$T/r")"
done
pdfinfo -meta "$T/a/custom.pdf" >"$T/xmp" 2>/dev/null
"$PY" "$D/custom.py" "$E" xmp "$T/xmp" >"$T/r" 2>&1 || fail "$(cat "$T/r")"
# the control table: ours, and LibreOffice's renderings
pdftotext "$T/out/custom.pdf" "$T/pdf.txt" 2>/dev/null
"$PY" "$D/custom.py" "$E" table "$T/pdf.txt" >"$T/r" 2>&1 || fail "pdf: $(cat "$T/r")"
cp "$T/out/custom.docx" "$T/custom-docx.docx"
cp "$T/out/custom.odt" "$T/custom-odt.odt"
HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
  --convert-to pdf --outdir "$T/lo" "$T/custom-docx.docx" "$T/custom-odt.odt" >"$T/soffice.log" 2>&1
for e in docx odt; do
  [ -s "$T/lo/custom-$e.pdf" ] || { fail "LibreOffice did not render the $e: $(tail -n 3 "$T/soffice.log")"; continue; }
  pdftotext "$T/lo/custom-$e.pdf" "$T/$e.txt" 2>/dev/null
  "$PY" "$D/custom.py" "$E" table "$T/$e.txt" >"$T/r" 2>&1 || fail "$e: $(cat "$T/r")"
done
qpdf --check "$T/out/custom.pdf" >/dev/null 2>&1 || fail "qpdf --check: custom.pdf"
if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T/out/custom.docx" "$T/out/custom.odt" "$T/out/custom.pdf" \
    "$T/a/custom.pdf" >"$T/val" 2>&1 ||
    fail "outputs invalid: $(grep -v '^PASS' "$T/val" | head -c 1500)"
else
  echo "SKIP (part): $SHARED/conformance/validate not found" >&2
fi
finish
