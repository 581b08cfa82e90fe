#!/bin/sh
# Swedish and German (languages/LANG.yaml, LANG.expect): every expected
# label, status, document type, date and review interval of the language
# in our PDF and in LibreOffice's renderings of the DOCX and the ODT, and
# the language's tag in every format's properties and styles.
. "$top_srcdir/tests/common.sh"
need pdftotext
need soffice
D=$top_srcdir/tests/cross/languages
mkdir -p "$T/out" "$T/lo-in" "$T/lo" "$T/home"
for l in sv de; do
  "$ISOEXPORT" -q -o "$T/out" "$D/$l.yaml" 2>"$T/err" || fail "$l.yaml: $(cat "$T/err")"
  cp "$T/out/$l.docx" "$T/lo-in/$l-docx.docx"
  cp "$T/out/$l.odt" "$T/lo-in/$l-odt.odt"
done
HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
  --convert-to pdf --outdir "$T/lo" "$T"/lo-in/* >"$T/soffice.log" 2>&1
for l in sv de; do
  pdftotext "$T/out/$l.pdf" "$T/$l-pdf.txt" 2>/dev/null || fail "pdftotext $l.pdf"
  for e in docx odt; do
    [ -s "$T/lo/$l-$e.pdf" ] || { fail "LibreOffice did not render $l.$e: $(tail -n 3 "$T/soffice.log")"; continue; }
    pdftotext "$T/lo/$l-$e.pdf" "$T/$l-$e.txt" 2>/dev/null
  done
  for e in pdf docx odt; do
    [ -f "$T/$l-$e.txt" ] || continue
    while IFS= read -r want; do
      grep -qF -- "$want" "$T/$l-$e.txt" || fail "$l ($e): no '$want'"
    done <"$D/$l.expect"
  done
done
unzip -p "$T/out/sv.docx" docProps/core.xml | grep -q '<dc:language>sv-SE</dc:language>' || fail "sv.docx: no dc:language sv-SE"
unzip -p "$T/out/de.docx" word/styles.xml | grep -q 'w:val="de-DE"' || fail "de.docx: the styles are not in de-DE"
unzip -p "$T/out/sv.odt" meta.xml | grep -q '<dc:language>sv-SE</dc:language>' || fail "sv.odt: no dc:language sv-SE"
unzip -p "$T/out/de.odt" styles.xml | grep -q 'fo:language="de" fo:country="DE"' || fail "de.odt: the styles are not in German"
finish
