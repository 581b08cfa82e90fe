#!/bin/sh
# Hostile reference templates and theme files (issue 15): --reference-doc
# and a theme's reference.docx/reference.odt read the user's DOCX or ODT as
# hostile input, and a theme's logo and templates stay inside the theme's
# folder. Each refusal: exit 1, a message naming the file, nothing written,
# within the time and memory limits (a zip bomb is stopped while it
# inflates, a DTD is refused before any entity could be read).
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
cd "$T" || exit 1
PY=/usr/bin/python3
[ -x $PY ] || skip "no /usr/bin/python3 to build the archives"
minimal_doc doc.yaml

# refused NAME MESSAGE ARGS...: exit 1, MESSAGE on stderr, no output
refused() {
  name=$1 msg=$2
  shift 2
  rm -rf outdir
  hostile_run 10 -o outdir "$@" doc.yaml
  expect_refused "$name" "$msg"
  assert_empty_dir "$name" outdir
}

# a DOCX (or ODT) archive from NAME=TEXT pairs; @zeros:N is N zero bytes
$PY - <<'PYEOF'
import zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
doc = '<?xml version="1.0"?><w:document %s><w:body><w:p/><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % W
styles = '<?xml version="1.0"?><w:styles %s/>' % W
def make(name, parts):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts:
            z.writestr(n, data)
# 100 MB of zeros that deflate to about 100 KB
make('bomb.docx', [('word/document.xml', doc), ('word/styles.xml', b'\0' * (100 << 20))])
make('nostyles.docx', [('word/document.xml', doc)])
xxe = ('<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       '<w:styles %s><w:style w:styleId="Normal"><w:name w:val="&x;"/></w:style></w:styles>' % W)
make('xxe.docx', [('word/document.xml', doc), ('word/styles.xml', xxe)])
laughs = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' +
          ''.join('<!ENTITY %s "%s">' % (chr(98 + i), ('&%s;' % chr(97 + i)) * 10) for i in range(8)) +
          ']><w:styles %s><w:style w:styleId="&i;"/></w:styles>' % W)
make('laughs.docx', [('word/document.xml', doc), ('word/styles.xml', laughs)])
make('broken.docx', [('word/document.xml', doc), ('word/styles.xml', '<w:styles %s><w:style' % W)])
# 300 nested elements (the limit is 256) and 600,000 empty ones (500,000)
make('deep.docx', [('word/document.xml', doc),
                   ('word/styles.xml', '<w:styles %s>%s%s</w:styles>' % (W, '<a>' * 300, '</a>' * 300))])
make('wide.docx', [('word/document.xml', doc),
                   ('word/styles.xml', '<w:styles %s>%s</w:styles>' % (W, '<a/>' * 600000))])
make('other.zip', [('readme.txt', 'just a zip')])
make('spreadsheet.odt', [('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
                         ('styles.xml', '<x/>')])
# a small valid template: Letter paper, nothing else
make('letter.docx', [('word/document.xml', doc), ('word/styles.xml', styles)])
PYEOF
printf 'this is not a zip archive\n' >notzip.docx
head -c 100 /dev/zero >zeros.odt

refused "not a ZIP" "notzip.docx: error: not a reference template: not a DOCX or ODT file (no ZIP archive)" \
  --reference-doc notzip.docx
refused "100 zero bytes" "not a DOCX or ODT file (no ZIP archive)" --reference-doc zeros.odt
refused "a plain ZIP" "a ZIP archive, but neither a DOCX nor an ODT" --reference-doc other.zip
refused "a spreadsheet" "its mimetype is not an ODF text document's" --reference-doc spreadsheet.odt
refused "zip bomb" "word/styles.xml inflates to more than 8 MB (a zip bomb?)" --reference-doc bomb.docx
refused "DOCX without styles.xml" "not a usable reference template: it has no word/styles.xml" \
  --reference-doc nostyles.docx
refused "XXE in styles.xml" "word/styles.xml declares a DTD (refused: entities are not read)" \
  --reference-doc xxe.docx
grep -q "root:" "$T/err" && fail "XXE: /etc/passwd reached a message"
refused "billion laughs" "word/styles.xml declares a DTD" --reference-doc laughs.docx
refused "ill-formed styles.xml" "word/styles.xml is not well-formed XML" --reference-doc broken.docx
refused "deep nesting" "word/styles.xml nests elements deeper than 256" --reference-doc deep.docx
refused "600,000 elements" "holds more than 500000 elements" --reference-doc wide.docx
refused "missing template" "missing.docx" --reference-doc missing.docx
mkfifo fifo.docx
refused "a FIFO as template" "fifo.docx" --reference-doc fifo.docx
truncate -s 3G huge.docx
refused "a 3 GB template" "huge.docx: error: file is larger than" --reference-doc huge.docx
rm -f huge.docx
rm -rf outdir
hostile_run 10 -o outdir --reference-doc a.docx --reference-doc b.odt --reference-doc c.docx doc.yaml
[ "$rc" -eq 2 ] || fail "three --reference-doc: exit $rc, want 2"

# a valid template still converts (Letter paper from it)
rm -rf outdir
hostile_run 20 -o outdir -f pdf --reference-doc letter.docx doc.yaml
expect_ok "a small template"
if command -v pdfinfo >/dev/null 2>&1 && [ -f outdir/doc.pdf ]; then
  pdfinfo outdir/doc.pdf | grep -q "612 x 792 pts" || fail "letter.docx: the PDF is not Letter"
fi

# ---- a theme's files stay inside the theme's folder ------------------------
mkdir -p th/sub outside
cp "$top_srcdir/samples/images/logo.png" outside/logo.png
cp "$top_srcdir/samples/images/logo.png" th/sub/logo.png
cp xxe.docx th/xxe.docx
ln -s ../outside/logo.png th/link.png
printf 'name: t\nlogo: ../outside/logo.png\n' >th/up.yaml
printf 'name: t\nlogo: link.png\n' >th/link.yaml
printf 'name: t\nlogo: /etc/passwd\n' >th/abs.yaml
printf 'name: t\nreference:\n  docx: ../letter.docx\n' >th/refup.yaml
printf 'name: t\nreference:\n  docx: xxe.docx\n' >th/refxxe.yaml
printf 'name: t\nlogo: sub/logo.png\nlogo_placement: sideways\n' >th/place.yaml
printf 'name: t\nheader:\n  left: [organisation]\n' >th/item.yaml
printf 'name: t\nfooter:\n  control: [mark]\n' >th/mark.yaml
printf 'name: t\nfooter:\n  fields: owner\n' >th/scalar.yaml
printf 'corrupt' >th/bad.png
printf 'name: t\nlogo: bad.png\n' >th/bad.yaml
refused "theme logo ../" "th/up.yaml:2:7: error: logo '../outside/logo.png' is not a file inside the theme's folder" \
  --theme ./th/up.yaml
refused "theme logo through a link" "th/link.yaml:2:7: error: logo 'link.png' is not a file inside the theme's folder" \
  --theme ./th/link.yaml
refused "theme logo absolute" "th/abs.yaml:2:7: error: logo '/etc/passwd' must be a file relative to the theme file" \
  --theme ./th/abs.yaml
refused "theme template ../" "th/refup.yaml:3:9: error: reference.docx '../letter.docx' is not a file inside the theme's folder" \
  --theme ./th/refup.yaml
refused "theme template with XXE" "word/styles.xml declares a DTD" --theme ./th/refxxe.yaml
refused "logo placement" "th/place.yaml:3:17: error: logo_placement must be every-page or title-page, not 'sideways'" \
  --theme ./th/place.yaml
refused "unknown item" "th/item.yaml:3:10: error: header.left: 'organisation' is not an item (did you mean 'organization'?)" \
  --theme ./th/item.yaml
refused "mark in the footer" "th/mark.yaml:3:13: error: footer.control: 'mark' belongs in header.right only" \
  --theme ./th/mark.yaml
refused "items not a list" "th/scalar.yaml:3:11: error: footer.fields must be a list of item names" \
  --theme ./th/scalar.yaml
refused "damaged theme logo" "th/bad.yaml:2:7: error: logo '" --theme ./th/bad.yaml
finish
