#!/bin/sh
# Reference templates (issue 15, docs/themes.md "Reference templates"):
# LibreOffice makes a DOCX and an ODT template from a document with
# non-default styles (a serif Heading 1 in a custom colour, Letter paper
# with one-inch margins, a logo in the header). A sample converted with
# --reference-doc takes them in all three formats: the DOCX's and ODT's
# styles.xml name the serif and the colour, our PDF and LibreOffice's
# renderings of the DOCX and ODT are Letter and embed Liberation Serif, the
# header logo comes from the template, and the outputs still validate. A
# theme naming the template (reference.docx) does the same, with the keys
# the theme gives itself winning.
. "$top_srcdir/tests/common.sh"
need soffice
need pdfinfo
need pdffonts
need unzip
PY=/usr/bin/python3
[ -x "$PY" ] || skip "no /usr/bin/python3 (conformance/validate needs it)"
VALIDATE=$SHARED/conformance/validate
cd "$T" || exit 1
mkdir -p tpl home

B64=$(base64 -w0 "$top_srcdir/samples/images/logo.png")
cat >corp.fodt <<FODT
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:color="#222222"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="20pt" fo:color="#8b1a1a" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="28pt" fo:color="#8b1a1a"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in" fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard"><draw:frame draw:name="Logo" text:anchor-type="as-char" svg:width="1in" svg:height="0.33in"><draw:image><office:binary-data>$B64</office:binary-data></draw:image></draw:frame> Corp</text:p></style:header>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Corporate heading</text:h>
  <text:p text:style-name="Standard">Body text.</text:p>
 </office:text></office:body>
</office:document>
FODT
lo() { # FILTER-OR-EMPTY FORMAT OUTDIR FILES...
  f=$1 fmt=$2 out=$3
  shift 3
  HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
    ${f:+"--infilter=$f"} --convert-to "$fmt" --outdir "$out" "$@" >>"$T/soffice.log" 2>&1
}
lo "" docx tpl corp.fodt
lo "" odt tpl corp.fodt
[ -f tpl/corp.docx ] && [ -f tpl/corp.odt ] ||
  skip "LibreOffice made no templates: $(cat soffice.log)"

# the access-control procedure has no logo of its own: the template's is used
SRC=$top_srcdir/samples/access-control-procedure.yaml
for k in docx odt; do
  mkdir -p "out-$k"
  "$ISOEXPORT" -q -o "out-$k" --reference-doc "tpl/corp.$k" "$SRC" 2>err ||
    fail "--reference-doc corp.$k: $(cat err)"
done
# a theme naming the DOCX template; its own heading colour wins
mkdir -p th out-theme
cp tpl/corp.docx th/corp.docx
printf 'name: corp\nreference:\n  docx: corp.docx\ncolors:\n  heading: "123456"\n' >th/corp.yaml
"$ISOEXPORT" -q -o out-theme --theme ./th/corp.yaml "$SRC" 2>err ||
  fail "theme with reference.docx: $(cat err)"

N=access-control-procedure
for d in out-docx out-odt out-theme; do
  [ -f "$d/$N.docx" ] && [ -f "$d/$N.odt" ] && [ -f "$d/$N.pdf" ] || { fail "$d: outputs missing"; continue; }
  want=8B1A1A
  [ $d = out-theme ] && want=123456
  # DOCX: Heading 1 in the serif and the colour; Letter in twentieths of a point
  unzip -p "$d/$N.docx" word/styles.xml >styles.xml
  tr '>' '>\n' <styles.xml | grep -A12 'w:styleId="Heading1"' >h1.xml
  grep -q 'w:ascii="Liberation Serif"' h1.xml || fail "$d: DOCX Heading1 is not Liberation Serif"
  grep -q "w:color w:val=\"$want\"" h1.xml || fail "$d: DOCX Heading1 colour is not $want"
  unzip -p "$d/$N.docx" word/document.xml | grep -q '<w:pgSz w:w="12240" w:h="15840"' ||
    fail "$d: DOCX page is not Letter"
  unzip -l "$d/$N.docx" | grep -q 'word/media/image1.png' || fail "$d: DOCX has no header logo"
  # ODT: the same in its styles
  unzip -p "$d/$N.odt" styles.xml >ostyles.xml
  grep -o '<style:style style:name="Heading" [^>]*><style:paragraph-properties[^>]*><style:text-properties[^>]*>' \
    ostyles.xml >oh.xml
  grep -q 'style:font-name="Liberation Serif"' oh.xml || fail "$d: ODT headings are not Liberation Serif"
  grep -qi "fo:color=\"#$want\"" oh.xml || fail "$d: ODT headings are not #$want"
  grep -q 'fo:page-width="612.00pt" fo:page-height="792.00pt"' ostyles.xml ||
    fail "$d: ODT page is not Letter"
  unzip -l "$d/$N.odt" | grep -q 'Pictures/logo1.png' || fail "$d: ODT has no header logo"
  # our PDF
  pdfinfo "$d/$N.pdf" | grep -q '612 x 792 pts' || fail "$d: PDF is not Letter"
  pdffonts "$d/$N.pdf" | grep -q LiberationSerif || fail "$d: PDF does not embed Liberation Serif"
done

# LibreOffice's renderings of the DOCX and ODT follow the same values
mkdir -p lo-docx lo-odt
lo "MS Word 2007 XML" pdf lo-docx out-docx/$N.docx
lo writer8 pdf lo-odt out-odt/$N.odt
for p in lo-docx/$N.pdf lo-odt/$N.pdf; do
  [ -f "$p" ] || { fail "LibreOffice did not convert $p: $(tail -5 soffice.log)"; continue; }
  pdfinfo "$p" | grep -q '612 x 792 pts' || fail "LibreOffice's $p is not Letter"
  pdffonts "$p" | grep -q LiberationSerif || fail "LibreOffice's $p does not use Liberation Serif"
done

"$PY" "$VALIDATE" out-docx/$N.docx out-docx/$N.odt out-docx/$N.pdf \
  out-odt/$N.docx out-odt/$N.odt out-odt/$N.pdf >validate.log 2>&1 ||
  fail "outputs do not validate: $(grep -v PASS validate.log | head -20)"
# the same template twice gives the same bytes
mkdir -p again
"$ISOEXPORT" -q -o again --reference-doc tpl/corp.docx "$SRC" 2>err || fail "again: $(cat err)"
for e in docx odt pdf; do
  cmp -s "again/$N.$e" "out-docx/$N.$e" || fail "$N.$e differs between two conversions"
done
finish
