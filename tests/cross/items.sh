#!/bin/sh
# A theme's logo, its placement and the header's and footer's items
# (issue 15, docs/themes.md "Logo", "Header and footer"), alike in DOCX,
# ODT and PDF: the theme's logo in every page's header, or on the title
# page only; a document's own logo winning over the theme's; chosen items
# in the header and footer of all three formats (our XML and our PDF's text
# of every page); the outputs validate.
. "$top_srcdir/tests/common.sh"
need pdftotext
need pdfimages
need unzip
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
cd "$T" || exit 1
mkdir -p th out-every out-title out-own out-items
SRC=$top_srcdir/samples/access-control-procedure.yaml   # no logo of its own
OWN=$top_srcdir/samples/information-security-policy.yaml # has samples/images/logo.png
N=access-control-procedure
# the theme's logo: a 40x20 PNG unlike the sample's
"$PY" - <<'PYEOF'
import struct, zlib
w, h = 40, 20
raw = b''.join(b'\0' + bytes([200, 30, 30]) * w for _ in range(h))
def chunk(t, d):
    c = struct.pack('>I', len(d)) + t + d
    return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
       chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
open('th/mark.png', 'wb').write(png)
PYEOF
printf 'name: every\nlogo: mark.png\n' >th/every.yaml
printf 'name: title\nlogo: mark.png\nlogo_placement: title-page\n' >th/title.yaml
cat >th/items.yaml <<'Y'
name: items
header:
  left: [id]
  right: [version, mark]
footer:
  control: [title, status]
  fields: [owner, effective]
Y
run() { # OUTDIR THEME YAML
  "$ISOEXPORT" -q -o "$1" --theme "./th/$2.yaml" "$3" 2>err || fail "$2: $(cat err)"
}
run out-every every "$SRC"
run out-title title "$SRC"
run out-own every "$OWN"
run out-items items "$SRC"

pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
# images per page of a PDF: "PAGE COUNT" lines
per_page() { pdfimages -list "$1" | awk 'NR > 2 { n[$1]++ } END { for (p in n) print p, n[p] }' | sort -n; }

# every page: header1.xml draws it, the ODT header frames it, every PDF page shows it
d=out-every
unzip -p $d/$N.docx word/header1.xml | grep -q '<w:drawing>' || fail "every-page: DOCX header has no logo"
unzip -p $d/$N.docx word/media/image1.png | cmp -s - th/mark.png || fail "every-page: DOCX logo is not the theme's"
unzip -p $d/$N.odt styles.xml | grep -q 'draw:name="Logo"' || fail "every-page: ODT header has no logo"
unzip -p $d/$N.odt Pictures/logo1.png | cmp -s - th/mark.png || fail "every-page: ODT logo is not the theme's"
np=$(pages $d/$N.pdf)
[ "$(per_page $d/$N.pdf | wc -l)" -eq "$np" ] || fail "every-page: the logo is not on all $np PDF pages"

# title page: no header logo; above the title; on page one of the PDF only
d=out-title
unzip -p $d/$N.docx word/header1.xml | grep -q '<w:drawing>' && fail "title-page: DOCX header has a logo"
unzip -p $d/$N.docx word/document.xml | sed 's/w:val="Title".*//' | grep -q '<w:drawing>' ||
  fail "title-page: DOCX has no logo before the title"
unzip -p $d/$N.odt styles.xml | grep -q 'draw:name="Logo"' && fail "title-page: ODT header has a logo"
unzip -p $d/$N.odt content.xml | sed 's/text:style-name="Title".*//' | grep -q 'draw:name="Logo"' ||
  fail "title-page: ODT has no logo before the title"
[ "$(per_page $d/$N.pdf)" = "1 1" ] || fail "title-page: PDF images per page: $(per_page $d/$N.pdf)"

# the document's own logo wins over the theme's
d=out-own
O=information-security-policy
unzip -p $d/$O.docx word/media/image1.png | cmp -s - "$top_srcdir/samples/images/logo.png" ||
  fail "own logo: DOCX does not use the document's logo"
unzip -p $d/$O.odt Pictures/logo1.png | cmp -s - "$top_srcdir/samples/images/logo.png" ||
  fail "own logo: ODT does not use the document's logo"

# items: the header shows the id (left) and "Version 1.x" (right); the footer
# the title and status, then Owner and Effective; not the organisation
d=out-items
id=$(sed -n 's/^  id: *//p' "$SRC" | head -1)
org=$(sed -n 's/^  organization: *//p' "$SRC" | head -1)
ver=$(sed -n 's/^  version: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$SRC" | head -1)
unzip -p $d/$N.docx word/header1.xml >h.xml
unzip -p $d/$N.docx word/footer1.xml >f.xml
unzip -p $d/$N.odt styles.xml >s.xml
pdftotext -layout $d/$N.pdf p.txt 2>/dev/null
for f in h.xml s.xml p.txt; do
  assert_contains $f "$id"
  assert_contains $f "Version $ver"
done
for f in f.xml s.xml p.txt; do
  assert_contains $f "Owner"
  assert_contains $f "Effective"
done
[ -n "$org" ] && for f in h.xml f.xml; do assert_not_contains $f "$org"; done
assert_not_contains f.xml "Approver"
assert_not_contains p.txt "Approver:"
# every PDF page has the header's id
np=$(pages $d/$N.pdf)
[ "$(grep -c "$id" p.txt)" -ge "$np" ] || fail "items: the id is not in every PDF page's header"

if [ -f "$SHARED/conformance/validate" ] && [ -x /usr/bin/python3 ]; then
  /usr/bin/python3 "$SHARED/conformance/validate" out-*/*.docx out-*/*.odt out-*/*.pdf \
    >validate.log 2>&1 || fail "outputs do not validate: $(grep -v PASS validate.log | head -20)"
fi
finish
