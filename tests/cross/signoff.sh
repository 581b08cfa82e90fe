#!/bin/sh
# The sign-off block and the document-control texts in all three formats
# (signoff.py says what is checked): an English document that turns
# everything on itself (signoff.yaml: three roles, one with a name, one with
# a date; retention, master copy, "uncontrolled when printed" and the
# acknowledgement table), a Finnish one whose footer line comes from the
# theme (signoff-fi.yaml, signoff-theme.yaml), the same with the document
# saying false (the document wins) and without the theme (no line). Our PDF
# and LibreOffice's renderings of the DOCX and ODT are compared with the
# XML; the outputs validate (conformance/validate) and a second
# conversion gives the same bytes.
. "$top_srcdir/tests/common.sh"
need pdftotext
need pdfinfo
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
command -v "$PY" >/dev/null 2>&1 || skip "python3 is not installed"
D=$top_srcdir/tests/cross
mkdir -p "$T/src" "$T/out" "$T/again" "$T/off" "$T/plain"

convert() { # OUTDIR YAML [OPTIONS]
  o=$1
  y=$2
  shift 2
  "$ISOEXPORT" -q -f docx,odt,pdf -o "$o" "$@" "$y" 2>"$T/err" ||
    fail "isoexport $(basename "$y") $*: $(cat "$T/err")"
}
convert "$T/out" "$D/signoff.yaml"
convert "$T/out" "$D/signoff-fi.yaml" --theme "$D/signoff-theme.yaml"
# the document's false wins over the theme's true
sed 's/^  acknowledgement: true$/&\n  uncontrolled_when_printed: false/' \
  "$D/signoff-fi.yaml" >"$T/src/signoff-fi.yaml"
grep -q '^  uncontrolled_when_printed: false$' "$T/src/signoff-fi.yaml" ||
  fail "the test could not turn the footer line off"
convert "$T/off" "$T/src/signoff-fi.yaml" --theme "$D/signoff-theme.yaml"
# neither the document nor the theme: no line
convert "$T/plain" "$D/signoff-fi.yaml"

for d in out off plain; do
  for f in "$T/$d"/*.pdf; do
    pdftotext -bbox "$f" "${f%.pdf}.bbox.html" 2>/dev/null
  done
done

lo=
if command -v soffice >/dev/null 2>&1; then
  mkdir -p "$T/lo-in" "$T/lo" "$T/home"
  for b in signoff signoff-fi; do
    cp "$T/out/$b.docx" "$T/lo-in/$b-docx.docx"
    cp "$T/out/$b.odt" "$T/lo-in/$b-odt.odt"
  done
  HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
    --convert-to pdf --outdir "$T/lo" "$T"/lo-in/* >"$T/soffice.log" 2>&1
  for f in "$T"/lo/*.pdf; do
    [ -f "$f" ] && pdftotext -bbox "$f" "${f%.pdf}.bbox.html" 2>/dev/null
  done
  for b in signoff-docx signoff-odt signoff-fi-docx signoff-fi-odt; do
    [ -f "$T/lo/$b.pdf" ] || fail "LibreOffice did not convert $b: $(tail -3 "$T/soffice.log")"
  done
  lo="--lo $T/lo"
else
  echo "SKIP (part): soffice is not installed; LibreOffice's renderings not checked" >&2
fi

check() { # DIR NAME SPEC [OPTIONS]
  # shellcheck disable=SC2086
  "$PY" "$D/signoff.py" "$@" >"$T/check.out" 2>&1 ||
    fail "sign-off block, $2 in $1:
$(cat "$T/check.out")"
  cat "$T/check.out" >&2
}
# shellcheck disable=SC2086
check "$T/out" signoff "$D/signoff.json" $lo
# shellcheck disable=SC2086
check "$T/out" signoff-fi "$D/signoff-fi.json" $lo
check "$T/off" signoff-fi "$D/signoff-fi.json" --footer-off
check "$T/plain" signoff-fi "$D/signoff-fi.json" --footer-off

# byte-reproducible
convert "$T/again" "$D/signoff.yaml"
for f in docx odt pdf; do
  cmp -s "$T/out/signoff.$f" "$T/again/signoff.$f" ||
    fail "signoff.$f differs between two conversions"
done

# (without --office: LibreOffice opened and rendered both above, and the
# validator's own LibreOffice run crashes on this machine, samples too)
validate() { # NAME TEXT1 TEXT2: the three outputs of NAME, each showing both
  "$SHARED/conformance/validate" --expect "$2" --expect "$3" \
    "$T/out/$1.docx" "$T/out/$1.odt" "$T/out/$1.pdf" >"$T/val" 2>&1 ||
    fail "$1: invalid output: $(grep -v '^PASS' "$T/val" | head -c 1500)"
}
if [ -x "$SHARED/conformance/validate" ]; then
  validate signoff "Data Protection Officer" "Uncontrolled when printed"
  validate signoff-fi "Tietoturvapäällikkö" "Tuloste on ohjaamaton kopio"
else
  echo "SKIP (part): $SHARED/conformance/validate not found: outputs not validated" >&2
fi
finish
