#!/bin/sh
# Every kind of image the loader accepts looks the same in all three formats:
# 8- and 16-bit RGB, ImageMagick's 16-bit default, Adam7-interlaced (8-bit
# RGB and 16-bit RGBA), palette with and without tRNS, RGBA, RGB with tRNS,
# grey (8- and 2-bit), grey and alpha (8- and 16-bit), baseline, progressive
# and Adobe CMYK JPEG. Our PDF's images and soft masks must equal the files
# as ImageMagick decodes them (within 2 levels, the 16-to-8-bit and CMYK
# rounding); LibreOffice's rendering of the DOCX and the ODT (which embed the
# files as they are) must show the same pictures, allowing for its JPEG
# re-compression.
. "$top_srcdir/tests/common.sh"
need python3
# the system interpreter starts in a tenth of the time of a version shim
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
need convert
need identify
need pdfimages
need qpdf

K=$T/kinds
"$PY" "$top_srcdir/tests/hostile/images.py" kinds "$K" || fail "images.py kinds"
convert "$K/rgb8.png" -interlace JPEG -quality 92 "$K/progressive.jpg" &&
  convert "$K/rgb8.png" -colorspace CMYK -quality 92 "$K/cmyk.jpg" &&
  convert "$K/rgb8.png" -depth 16 "$K/magick16.png" || fail "convert"
grep -q Adobe "$K/cmyk.jpg" || fail "cmyk.jpg has no Adobe marker (inverted CMYK expected)"

set -- rgb8.png rgb16.png magick16.png interlaced.png interlaced16a.png \
  palette.png palette-trns.png rgba.png rgb-trns.png grey.png grey2.png \
  grey-alpha.png grey-alpha16.png baseline.jpg progressive.jpg cmyk.jpg
{
  echo "document:"
  echo "  id: IMG-01"
  echo "  title: Image kinds"
  echo "  version: \"1.0\""
  echo "  status: draft"
  echo "  owner: Maria Virtanen"
  echo "  next_review: 2030-01-01"
  echo "sections:"
  echo "  - title: Figures"
  echo "    content:"
  for f in "$@"; do
    echo "      - image: {path: kinds/$f, caption: $f, width: 30}"
  done
} >"$T/kinds.yaml"
"$ISOEXPORT" -q -o "$T/out" "$T/kinds.yaml" 2>"$T/err" || fail "conversion: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "conversion warned: $(cat "$T/err")"
srcs=""
for f in "$@"; do srcs="$srcs $K/$f"; done

# our PDF against ImageMagick's decoding of each file
# shellcheck disable=SC2086
"$PY" "$top_srcdir/tests/pdf/image_compare.py" "$T/out/kinds.pdf" 2 0.5 $srcs ||
  fail "the PDF's images differ from the files"
qpdf --check "$T/out/kinds.pdf" >/dev/null 2>&1 || fail "qpdf --check kinds.pdf"
head -c 8 "$T/out/kinds.pdf" | grep -q '%PDF-1.4' || fail "soft masks need PDF 1.4"

# the DOCX and ODT embed the very bytes the loader read
for f in "$@"; do
  for pkg in docx odt; do
    "$PY" - "$T/out/kinds.$pkg" "$K/$f" <<'EOF' || fail "$f is not embedded as it is in the $pkg"
import sys, zipfile
want = open(sys.argv[2], "rb").read()
z = zipfile.ZipFile(sys.argv[1])
sys.exit(0 if any(z.read(n) == want for n in z.namelist()) else 1)
EOF
  done
done

# same input, same bytes
"$ISOEXPORT" -q -o "$T/again" "$T/kinds.yaml" 2>/dev/null
for x in docx odt pdf; do
  cmp -s "$T/out/kinds.$x" "$T/again/kinds.$x" || fail "two runs give different kinds.$x"
done

if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T/out/kinds.docx" "$T/out/kinds.odt" \
    "$T/out/kinds.pdf" >"$T/validate.out" 2>&1 || fail "validate: $(cat "$T/validate.out")"
fi

# LibreOffice's rendering of the DOCX and the ODT (one call for both; a
# profile of our own). CMYK is left out: LibreOffice converts CMYK to RGB its
# own way (more saturated than the file's colours; see formats/pdf/README.md).
if command -v soffice >/dev/null 2>&1; then
  cp "$T/out/kinds.odt" "$T/out/kinds-odt.odt"
  mkdir -p "$T/lo" "$T/home"
  HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
    --convert-to pdf --outdir "$T/lo" "$T/out/kinds.docx" "$T/out/kinds-odt.odt" \
    >"$T/soffice.log" 2>&1
  for b in kinds kinds-odt; do
    if [ ! -s "$T/lo/$b.pdf" ]; then
      fail "LibreOffice did not convert $b: $(tail -n 3 "$T/soffice.log")"
      continue
    fi
    # shellcheck disable=SC2086
    "$PY" "$top_srcdir/tests/pdf/image_compare.py" "$T/lo/$b.pdf" 255 6 $srcs \
      >"$T/lo.out" 2>&1
    if grep -v 'cmyk.jpg' "$T/lo.out" | grep -q .; then
      fail "LibreOffice's rendering of $b: $(grep -v cmyk.jpg "$T/lo.out")"
    fi
  done
else
  echo "soffice not installed: LibreOffice's rendering not compared" >&2
fi
finish
