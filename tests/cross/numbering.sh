#!/bin/sh
# Heading numbers (numbering.yaml, numbering.expect): the same numbers in
# the body and the contents of our PDF and of LibreOffice's renderings of
# the DOCX and the ODT; numbered from the theme's key too, and not at all
# when the document's false overrides the theme's true. DOCX numbers its
# headings through a list bound to the heading styles and ODT through its
# outline style, so they are checked for those too, and every output is
# valid (the conformance validator).
. "$top_srcdir/tests/common.sh"
need pdftotext
need soffice
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
D=$top_srcdir/tests/cross
mkdir -p "$T/src" "$T/on" "$T/theme" "$T/off" "$T/lo-in" "$T/lo" "$T/home"
# the same document without its own key, and with numbering: false
sed '/^  numbering: true$/d' "$D/numbering.yaml" >"$T/src/numbering-theme.yaml"
sed 's/^  numbering: true$/  numbering: false/' "$D/numbering.yaml" >"$T/src/numbering-off.yaml"
grep -q "numbering: false" "$T/src/numbering-off.yaml" || fail "no numbering: false in the copy"
"$ISOEXPORT" -q -o "$T/on" "$D/numbering.yaml" 2>"$T/err" || fail "numbering.yaml: $(cat "$T/err")"
"$ISOEXPORT" -q --theme "$D/numbering-theme.yaml" -o "$T/theme" "$T/src/numbering-theme.yaml" 2>"$T/err" ||
  fail "numbering-theme.yaml: $(cat "$T/err")"
"$ISOEXPORT" -q --theme "$D/numbering-theme.yaml" -o "$T/off" "$T/src/numbering-off.yaml" 2>"$T/err" ||
  fail "numbering-off.yaml: $(cat "$T/err")"

for d in on theme off; do
  for f in "$T/$d"/*.docx "$T/$d"/*.odt; do
    b=$(basename "$f")
    cp "$f" "$T/lo-in/$d-${b%.*}-${b##*.}.${b##*.}"
  done
done
HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
  --convert-to pdf --outdir "$T/lo" "$T"/lo-in/* >"$T/soffice.log" 2>&1

check() { # DIR NAME [--off]
  pdftotext "$T/$1/$2.pdf" "$T/$1-pdf.txt" 2>/dev/null || fail "pdftotext $1/$2.pdf"
  for e in docx odt; do
    p="$T/lo/$1-$2-$e.pdf"
    [ -s "$p" ] || { fail "LibreOffice did not render $1/$2.$e: $(tail -n 3 "$T/soffice.log")"; continue; }
    pdftotext "$p" "$T/$1-$e.txt" 2>/dev/null
  done
  for e in pdf docx odt; do
    [ -f "$T/$1-$e.txt" ] || continue
    "$PY" "$D/numbering.py" "$D/numbering.expect" "$T/$1-$e.txt" ${3:-} >"$T/out" 2>&1 ||
      fail "$1 ($e): $(cat "$T/out")"
  done
}
check on numbering
check theme numbering-theme
check off numbering-off --off

# real numbering, not typed-in numbers: the DOCX's heading styles point at
# a multilevel list bound to them, the ODT's outline style numbers
unzip -p "$T/on/numbering.docx" word/styles.xml >"$T/styles.xml"
unzip -p "$T/on/numbering.docx" word/numbering.xml >"$T/numbering.xml"
unzip -p "$T/on/numbering.docx" word/document.xml >"$T/document.xml"
"$PY" - "$T/styles.xml" "$T/numbering.xml" <<'PYEOF' || fail "DOCX heading numbering: see above"
import re, sys
styles, numbering = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
ok = True
for lvl in range(1, 7):
    m = re.search(r'<w:style [^>]*w:styleId="Heading%d".*?</w:style>' % lvl, styles, re.S)
    if not m or not re.search(r'<w:numId w:val="(\d+)"', m.group(0)):
        print("Heading%d has no numPr" % lvl); ok = False; continue
    num = re.search(r'<w:numId w:val="(\d+)"', m.group(0)).group(1)
    if not re.search(r'<w:num w:numId="%s">' % num, numbering):
        print("numId %s is not in numbering.xml" % num); ok = False
    if not re.search(r'<w:pStyle w:val="Heading%d"/>' % lvl, numbering):
        print("no list level bound to Heading%d" % lvl); ok = False
for lvl, text in ((0, "%1"), (1, "%1.%2"), (2, "%1.%2.%3")):
    if '<w:lvlText w:val="%s"/>' % text not in numbering:
        print("no level text %s" % text); ok = False
sys.exit(0 if ok else 1)
PYEOF
# the numbers are not typed into the headings' text
grep -q '<w:t[^>]*>1\.1 </w:t>\|<w:t[^>]*>1\.1 Background' "$T/document.xml" &&
  ! grep -q 'w:instrText' "$T/document.xml" && fail "DOCX: a heading's number is typed in"
unzip -p "$T/on/numbering.odt" styles.xml | grep -q '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"' ||
  fail "ODT: the outline style does not number level 2"
unzip -p "$T/on/numbering.odt" content.xml | grep -q '<text:h [^>]*text:is-list-header="true"' ||
  fail "ODT: the contents' heading is not left unnumbered"
unzip -p "$T/off/numbering-off.docx" word/numbering.xml | grep -q 'ISMS Headings' &&
  fail "DOCX: numbering off, but the heading list is there"

if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T/on/numbering.docx" "$T/on/numbering.odt" "$T/on/numbering.pdf" >"$T/val" 2>&1 ||
    fail "numbered outputs invalid: $(grep -v '^PASS' "$T/val" | head -c 1500)"
else
  echo "SKIP (part): $SHARED/conformance/validate not found" >&2
fi
finish
