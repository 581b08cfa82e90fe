#!/bin/sh
# The sign-off block and the document-control texts in all three formats
# (signoff.py says what is checked): an English document that turns
# everything on itself (signoff.yaml: three roles, one with a name, one with
# a date; retention, master copy, "uncontrolled when printed" and the
# acknowledgement table), a Finnish one whose footer line comes from the
# theme (signoff-fi.yaml, signoff-theme.yaml), the same with the document
# saying false (the document wins) and without the theme (no line), and the
# English one with ten roles, a table that must move to the next page
# whole; a footer line that would fall off the page raises the PDF's text
# area instead. Our PDF
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
# ten roles (the most): a table of more than half a page that starts low
# on page one, so a table that was not kept whole would be split
mkdir -p "$T/long"
"$PY" -c '
import json, sys
more = ("Chief Financial Officer", "Chief Technology Officer",
        "Head of Human Resources", "Head of Legal", "Internal Auditor",
        "Head of Facilities", "Quality Manager")
y = open(sys.argv[1], encoding="utf-8").read()
dpo = "    - {role: Data Protection Officer}\n"
y = y.replace(dpo, dpo + "".join("    - {role: %s}\n" % r for r in more))
y = y[:y.index("  - title: Objectives")]  # the approval block on page one
open(sys.argv[3], "w", encoding="utf-8").write(y)
s = json.load(open(sys.argv[2], encoding="utf-8"))
s["signoff"] += [{"role": r} for r in more]
json.dump(s, open(sys.argv[4], "w", encoding="utf-8"))' \
  "$D/signoff.yaml" "$D/signoff.json" "$T/src/signoff.yaml" "$T/src/signoff.json"
convert "$T/long" "$T/src/signoff.yaml"

for d in out off plain long; do
  for f in "$T/$d"/*.pdf; do
    pdftotext -bbox "$f" "${f%.pdf}.bbox.html" 2>/dev/null
  done
done

lo=
lolong=
if command -v soffice >/dev/null 2>&1; then
  mkdir -p "$T/lo-in" "$T/lo" "$T/lo-long-in" "$T/lo-long" "$T/home"
  for b in signoff signoff-fi; do
    cp "$T/out/$b.docx" "$T/lo-in/$b-docx.docx"
    cp "$T/out/$b.odt" "$T/lo-in/$b-odt.odt"
  done
  cp "$T/long/signoff.docx" "$T/lo-long-in/signoff-docx.docx"
  cp "$T/long/signoff.odt" "$T/lo-long-in/signoff-odt.odt"
  for d in lo lo-long; do
    HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
      --convert-to pdf --outdir "$T/$d" "$T/$d-in"/* >"$T/soffice.log" 2>&1
    for f in "$T/$d"/*.pdf; do
      [ -f "$f" ] && pdftotext -bbox "$f" "${f%.pdf}.bbox.html" 2>/dev/null
    done
  done
  for f in lo/signoff-docx lo/signoff-odt lo/signoff-fi-docx lo/signoff-fi-odt \
    lo-long/signoff-docx lo-long/signoff-odt; do
    [ -f "$T/$f.pdf" ] || fail "LibreOffice did not convert $f: $(tail -3 "$T/soffice.log")"
  done
  lo="--lo $T/lo"
  lolong="--lo $T/lo-long"
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
# shellcheck disable=SC2086
check "$T/long" signoff "$T/src/signoff.json" $lolong

# a theme whose bottom margin holds just the two footer lines wrapped once,
# and a document whose footer lines both wrap: the PDF raises its text area
# for the third line (as Word and LibreOffice grow their footers), so the
# line is on every page and above the page's edge, whether the document or
# the theme turns it on
mkdir -p "$T/tight" "$T/tight2"
cat >"$T/src/tight.yaml" <<'END'
page:
  margin_bottom: 54pt
sizes:
  small: 8
spacing:
  line: 1.25
END
cat >"$T/src/tight-doc.yaml" <<'END'
document:
  id: ISMS-POL-01
  title: Information Security Policy for the Whole Group of Companies and All of Their Subsidiaries Everywhere
  version: "1.2"
  status: draft
  owner: Maria Virtanen-Korhonen-Lindqvist-Järvinen-Nieminen of the Information Security Office
  next_review: 2027-03-01
  uncontrolled_when_printed: true
sections:
  - title: Purpose
    content:
      - pagebreak: true
      - Page two.
END
sed '/uncontrolled_when_printed/d' "$T/src/tight-doc.yaml" >"$T/src/tight-doc2.yaml"
cp "$T/src/tight.yaml" "$T/src/tight2.yaml"
echo "uncontrolled_when_printed: true" >>"$T/src/tight2.yaml"
(cd "$T/src" && "$ISOEXPORT" -q -f pdf --theme tight.yaml -o ../tight tight-doc.yaml &&
  "$ISOEXPORT" -q -f pdf --theme tight2.yaml -o ../tight2 tight-doc2.yaml) 2>"$T/err" ||
  fail "a full bottom margin and the footer line: $(cat "$T/err")"
for f in "$T/tight/tight-doc.pdf" "$T/tight2/tight-doc2.pdf"; do
  [ -f "$f" ] || continue
  pdftotext -bbox "$f" "$T/tight.html" 2>/dev/null
  "$PY" - "$T/tight.html" <<'PYEOF' || fail "$f: the footer line is off the page"
import re, sys
page_h, lines = None, []
for l in open(sys.argv[1], encoding="utf-8"):
    m = re.search(r'<page width="[\d.]+" height="([\d.]+)"', l)
    if m:
        page_h = float(m.group(1))
        lines.append(None)
    m = re.search(r'yMax="([\d.]+)">Uncontrolled</word>', l)
    if m:
        lines[-1] = float(m.group(1))
ok = len(lines) == 2 and all(y is not None and y <= page_h for y in lines)
print("footer line bottoms %s, page height %s" % (lines, page_h))
sys.exit(0 if ok else 1)
PYEOF
done

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
