#!/bin/sh
# Hostile images (issue 18): every image is decoded and checked once, at load
# time, so a damaged or absurd PNG or JPEG is refused with a positioned error
# and exit 1, nothing written, within the time and memory limits; it never
# aborts the process (libharu's libpng path did, losing the DOCX and ODT too).
# The named cases of the attack, then >= 300 mutated PNGs and >= 100 mutated
# JPEGs made at test time with fixed seeds (tests/hostile/images.py): each
# document ends in exit 0 with valid outputs or in a positioned refusal.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
need python3
# the system interpreter starts in a tenth of the time of a version shim
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
need qpdf

GEN=$top_srcdir/tests/hostile/images.py
D=$T/docs
mkdir -p "$D"
"$PY" "$GEN" named "$D/img" || fail "images.py named"
"$PY" "$GEN" kinds "$T/kinds" || fail "images.py kinds"

# image_doc NAME IMAGE [LOGO]: a document showing IMAGE (path at 12:23)
image_doc() {
  minimal_doc "$D/$1.yaml" "${3:+  logo: $3}" "      - image: {path: $2}"
}

# refused NAME IMAGE MESSAGE: exit 1, the message at the path's value,
# nothing written, within 10 s
refused() {
  image_doc "$1" "$2"
  hostile_run 10 -o "$T/o-$1" "$D/$1.yaml"
  expect_refused "$1" "$1.yaml:12:23: error: image '$D/$2': $3"
  assert_empty_dir "$1" "$T/o-$1"
  rm -f "$D/$1.yaml"
}

refused bad-crc img/bad-crc.png "damaged PNG (IDAT: CRC error)"
refused short-data img/short-data.png "damaged PNG (a chunk runs past the end of the file)"
refused chunk-claims-2gb img/chunk-claims-2gb.png "damaged PNG (a chunk runs past the end of the file)"
refused short-rows img/short-rows.png "damaged PNG (Not enough image data)"
refused bad-ihdr img/bad-ihdr.png "damaged PNG (Invalid IHDR data)"
refused palette-no-plte img/palette-no-plte.png "damaged PNG (IDAT: Missing PLTE before IDAT)"
refused bomb img/bomb.png "image is too large: 19000 x 19000 pixels"
refused bomb-in-limits img/bomb-in-limits.png "damaged PNG (Not enough image data)"
refused truncated-jpeg img/truncated.jpg "damaged or unsupported JPEG (Premature end of JPEG file)"
refused twelve-bit-jpeg img/twelve-bit.jpg "damaged or unsupported JPEG (Unsupported JPEG data precision 12)"

# 20000 x 20000 16-bit RGB (2.4 GB decoded) is refused from its header, in
# milliseconds, not decoded (it took 107 s and 3.1 GB)
image_doc huge16 img/huge16.png
start=$(date +%s%N)
hostile_run 10 --check "$D/huge16.yaml"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_refused huge16 "huge16.yaml:12:23: error: image '$D/img/huge16.png': image is too large: 20000 x 20000 pixels, 2289 MB decoded"
[ "$ms" -lt 2000 ] || fail "huge16: refused after $ms ms"
rm -f "$D/huge16.yaml"

# a damaged logo: the same refusal, at the logo's value
minimal_doc "$D/logo.yaml" "  logo: img/bad-crc.png"
hostile_run 10 -o "$T/o-logo" "$D/logo.yaml"
expect_refused logo "logo.yaml:8:9: error: image '$D/img/bad-crc.png': damaged PNG (IDAT: CRC error)"
assert_empty_dir logo "$T/o-logo"
rm -f "$D/logo.yaml"

# a text chunk that would inflate to 64 MB: libpng's chunk limit drops it,
# the picture itself is fine and converts
image_doc ztxt-bomb img/ztxt-bomb.png
hostile_run 20 -o "$T/o-ztxt" "$D/ztxt-bomb.yaml"
expect_ok ztxt-bomb
for x in docx odt pdf; do
  [ -s "$T/o-ztxt/ztxt-bomb.$x" ] || fail "ztxt-bomb: no $x"
done
rm -f "$D/ztxt-bomb.yaml"

# the mutants: 320 PNGs from eight kinds, 120 JPEGs from three
K=$T/kinds
jpegs="$K/baseline.jpg"
if command -v convert >/dev/null 2>&1; then
  convert "$K/rgb8.png" -interlace JPEG -quality 90 "$K/progressive.jpg" &&
    convert "$K/rgb8.png" -colorspace CMYK -quality 90 "$K/cmyk.jpg" &&
    jpegs="$jpegs $K/progressive.jpg $K/cmyk.jpg"
fi
n_png=$("$PY" "$GEN" mutate "$D/img" 320 "$K/rgb8.png" "$K/rgb16.png" \
  "$K/interlaced16a.png" "$K/palette-trns.png" "$K/grey2.png" \
  "$K/grey-alpha.png" "$K/rgba.png" "$K/rgb-trns.png")
# shellcheck disable=SC2086
n_jpeg=$("$PY" "$GEN" mutate "$D/img" 120 $jpegs)
[ "${n_png:-0}" -ge 300 ] && [ "${n_jpeg:-0}" -ge 100 ] ||
  fail "only ${n_png:-0} PNG and ${n_jpeg:-0} JPEG mutants"
for f in "$D"/img/m-*; do
  b=$(basename "$f")
  image_doc "${b%.*}-${b##*.}" "img/$b"
done

# --check first (one process: any crash fails it), then every document
# converted in a batch; both must agree on what is refused
hostile_run 60 --check "$D"
[ "$rc" -le 1 ] || fail "--check over the mutants: exit $rc: $(tail -n 3 "$T/err")"
cp "$T/err" "$T/check.err"
hostile_run 120 -q -j 2 --all --no-register "$D" -o "$T/conv"
[ "$rc" -le 1 ] || fail "--all over the mutants: exit $rc: $(tail -n 3 "$T/err")"
"$PY" "$GEN" verify "$D" "$T/conv" "$T/err" "$T/check.err" >"$T/verify.out" ||
  fail "mutants: $(head -n 10 "$T/verify.out")"
finish
