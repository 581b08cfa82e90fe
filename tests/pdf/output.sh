#!/bin/sh
# PDF output of documents built through the model API (tests/pdf/pdf_doc):
# structure (qpdf), embedded fonts, text on every page, repeated table
# headers, outlines, links, character warnings, determinism, validator.
. "$top_srcdir/tests/common.sh"
need qpdf
need pdftotext
need pdffonts
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
DOC=$top_builddir/tests/pdf/pdf_doc
IMAGES=$top_srcdir/samples/images
[ -x "$DOC" ] || skip "tests/pdf/pdf_doc is not built"

# poppler's harmless complaint about libharu's ToUnicode CMaps
# poppler must read every PDF without a warning (it warned about libharu's
# ToUnicode CMaps until the writer made its own)
text() {
  pdftotext "$@" 2>"$T/pdftotext.err"
  [ -s "$T/pdftotext.err" ] && fail "pdftotext $*: $(sort -u "$T/pdftotext.err" | head -3)"
  return 0
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

for kind in rich long draft missing; do
  "$DOC" $kind "$T/$kind.pdf" "$IMAGES" 2>"$T/$kind.err" ||
    fail "pdf_doc $kind failed: $(cat "$T/$kind.err")"
done

for kind in rich long draft missing; do
  f=$T/$kind.pdf
  [ -s "$f" ] || { fail "$kind.pdf missing"; continue; }
  qpdf --check "$f" >"$T/qpdf.out" 2>&1 || fail "qpdf --check $kind.pdf: $(cat "$T/qpdf.out")"
  # every font embedded (column "emb" is yes)
  pdffonts "$f" 2>/dev/null | tail -n +3 >"$T/fonts"
  [ -s "$T/fonts" ] || fail "$kind.pdf has no fonts"
  if awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' "$T/fonts"; then
    fail "$kind.pdf has a font that is not embedded: $(cat "$T/fonts")"
  fi
  # header and footer with the right page number on every page
  n=$(pages "$f")
  [ "${n:-0}" -ge 1 ] || fail "$kind.pdf has no pages"
  i=1
  while [ "$i" -le "${n:-0}" ]; do
    text -f $i -l $i "$f" "$T/p.txt"
    if [ $kind = draft ]; then
      assert_contains "$T/p.txt" "Sivu $i / $n"
      assert_contains "$T/p.txt" "Omistaja: Maria Virtanen"
      assert_contains "$T/p.txt" "LUONNOS"
    else
      assert_contains "$T/p.txt" "Page $i of $n"
      assert_contains "$T/p.txt" "Owner: Maria Virtanen"
      assert_contains "$T/p.txt" "Approval date: 2026-03-15"
      assert_not_contains "$T/p.txt" "DRAFT"
    fi
    assert_contains "$T/p.txt" "ISMS-TST-07 · Tietoturvapolitiikka – testi äöå · Versi"
    assert_contains "$T/p.txt" "Esimerkki Oy · Tietoturvapolitiikka – testi äöå"
    assert_contains "$T/p.txt" "Sisäinen"
    i=$((i + 1))
  done
done

# every piece of the rich document is in the text, Unicode intact
text "$T/rich.pdf" "$T/rich.txt"
for s in "Tietoturvapolitiikka – testi äöå" "Ohjeistus “lainausmerkit” ja € ≤ 5" \
  "Document ID" "ISMS-TST-07" "Review interval" "All personnel, Hallitus" \
  "Contents" "Tarkoitus ja soveltamisala" "asiakkaiden" "henkilöstön" \
  "sudo systemctl" "käytäntö verkossa" "Hinta 5 € – ehdot ≤ 3 “lainattu” softhyphen." \
  "SaaS-palvelu" "Sisäkkäinen numeroitu kohta" "a." "b." "Tavoitteet" \
  "MFA for maintenance accounts" "MFA coverage" "100 %" "2026-06-30" \
  "Warning" "Varoitus: salasanoja ei jaeta koskaan." "ssh-keygen -t ed25519" \
  "indented line" "Roolit" "Approves the policy" "Table 1: Esimerkkitaulukko" \
  "Äänes" "42 €" "Figure 1: PDCA-kuva" "Sivunvaihdon jälkeen" "Kolmas taso" \
  "Note" "Huomautus esimiehille." "Approval and version control" \
  "Revision history" "Objectives for 2026 and risk links" "First version"; do
  assert_contains "$T/rich.txt" "$s"
done
# the long URL is broken, not cut: its pieces are all there
tr -d '\n' <"$T/rich.txt" | grep -qF "https://example.com/a/very/long/path/that/does/not/fit/on/one/line/at/all/because/it/is/much/too/long/for/the/text/width/of/an/A4/page/really" ||
  fail "the long URL lost characters"
# code keeps its indentation (a tab is four columns)
text -layout -f 2 -l 2 "$T/rich.pdf" "$T/p2l.txt"
a=$(grep 'ssh-keygen' "$T/p2l.txt" | sed 's/ssh-keygen.*//' | wc -c)
b=$(grep 'indented line' "$T/p2l.txt" | sed 's/indented line.*//' | wc -c)
[ $((b - a)) = 4 ] || fail "code indentation lost ($a, $b)"
# the explicit page break: the section after it starts a page
text -f 3 -l 3 -layout "$T/rich.pdf" "$T/p3.txt"
sed -n '1,6p' "$T/p3.txt" | grep -q "Sivunvaihdon jälkeen" || fail "page break not honoured"
# TOC page numbers are the pages the headings are on
text -layout -f 1 -l 1 "$T/rich.pdf" "$T/p1.txt"
grep -Eq "Sivunvaihdon jälkeen +3$" "$T/p1.txt" || fail "TOC page number for 'Sivunvaihdon jälkeen'"
grep -Eq "Tavoitteet +2$" "$T/p1.txt" || fail "TOC page number for 'Tavoitteet'"
text -f 2 -l 2 "$T/rich.pdf" "$T/p2.txt"
assert_contains "$T/p2.txt" "Tavoitteet"
# links: percent-encoded URI
pdfinfo -url "$T/rich.pdf" 2>/dev/null | grep -qF "https://example.com/k%C3%A4yt%C3%A4nt%C3%B6?x=1" ||
  fail "link URI missing or not percent-encoded"
# document information in Unicode
pdfinfo "$T/rich.pdf" 2>/dev/null >"$T/info"
assert_contains "$T/info" "Title:           Tietoturvapolitiikka – testi äöå"
assert_contains "$T/info" "Author:          Maria Virtanen"
assert_contains "$T/info" "Keywords:        ISMS, tietoturva"
assert_contains "$T/info" "Creator:         isoexport"

# bookmarks: every heading, nested by level
qpdf --json --json-key=outlines "$T/rich.pdf" >"$T/outlines.json"
"$PY" - "$T/outlines.json" >"$T/outlines.txt" <<'PYEOF'
import json, sys
def walk(items, depth):
    for o in items:
        print("%d %s %d" % (depth, o["title"], o.get("destpageposfrom1", 0)))
        walk(o.get("kids", []), depth + 1)
walk(json.load(open(sys.argv[1]))["outlines"], 1)
PYEOF
cat >"$T/outlines.want" <<'EOF2'
1 Tarkoitus ja soveltamisala 1
2 Tavoitteet 2
1 Roolit 2
2 Sivunvaihdon jälkeen 3
3 Kolmas taso 3
1 Approval and version control 3
2 Revision history 3
EOF2
cmp -s "$T/outlines.txt" "$T/outlines.want" ||
  fail "outlines differ: $(diff "$T/outlines.want" "$T/outlines.txt")"

# the long table: header row on every page it spans, every row exactly once
n=$(pages "$T/long.pdf")
[ "${n:-0}" -ge 5 ] || fail "long table did not span pages ($n)"
spanned=0
i=1
while [ "$i" -le "$n" ]; do
  text -f $i -l $i "$T/long.pdf" "$T/p.txt"
  if grep -q "^R-0" "$T/p.txt"; then
    spanned=$((spanned + 1))
    [ "$(grep -c '^Tunniste$' "$T/p.txt")" = 1 ] || fail "page $i lacks the repeated header"
    assert_contains "$T/p.txt" "Käsittely"
  fi
  i=$((i + 1))
done
[ "$spanned" -ge 5 ] || fail "table rows on only $spanned pages"
text "$T/long.pdf" "$T/long.txt"
[ "$(grep -c '^R-[0-9][0-9][0-9][0-9]$' "$T/long.txt")" = 300 ] || fail "long table rows lost or doubled"
[ "$(grep -c '^R-0300$' "$T/long.txt")" = 1 ] || fail "last row missing"

# characters no font can show: warned with their code point, shown as "?"
assert_contains "$T/missing.err" "test.yaml:5:3: warning: character U+1F600"
assert_contains "$T/missing.err" "U+4E2D is not in the font"
text "$T/missing.pdf" "$T/missing.txt"
assert_contains "$T/missing.txt" "Emoji ? and CJK ? here."

# the faces are the right files of the theme's families
pdffonts "$T/rich.pdf" 2>/dev/null >"$T/rich.fonts"
for face in LiberationSans-Bold LiberationSans LiberationSans-Italic LiberationMono; do
  grep -q "+$face[, ]" "$T/rich.fonts" || fail "rich.pdf lacks $face"
done
# a theme font that is not installed: a warning and the default family
"$DOC" nofont "$T/nofont.pdf" 2>"$T/nofont.err" || fail "nofont failed: $(cat "$T/nofont.err")"
assert_contains "$T/nofont.err" "warning: font 'No Such Font Family' is not installed as TrueType; using 'Liberation Sans'"
text "$T/nofont.pdf" "$T/nofont.txt"
assert_contains "$T/nofont.txt" "Teksti varafontilla."

# a file that is not an image never enters the document's store; an image
# node without one is a warning and left out, not a failure
printf 'not a png' >"$T/bad.png"
"$DOC" badimage "$T/bad.pdf" "$T/bad.png" 2>"$T/bad.err" || fail "bad image failed the document: $(cat "$T/bad.err")"
assert_contains "$T/bad.err" "test.yaml:3:4: error: image '$T/bad.png': not a PNG or JPEG image"
assert_contains "$T/bad.err" "warning: image without a readable size; left out"
text "$T/bad.pdf" "$T/bad.txt"
assert_contains "$T/bad.txt" "Teksti kuvan jälkeen."
qpdf --check "$T/bad.pdf" >/dev/null 2>&1 || fail "qpdf --check bad.pdf"

# linear layout: a 100,000-character paragraph and a 5,000-row table
start=$(date +%s)
"$DOC" big "$T/big.pdf" 2>"$T/big.err" || fail "big document failed: $(cat "$T/big.err")"
secs=$(( $(date +%s) - start ))
[ "$secs" -le 10 ] || fail "big document took $secs s"
text "$T/big.pdf" "$T/big.txt"
[ "$(grep -c '^R-[0-9][0-9][0-9][0-9]$' "$T/big.txt")" = 5000 ] || fail "big table rows lost"
qpdf --check "$T/big.pdf" >/dev/null 2>&1 || fail "qpdf --check big.pdf"

# same input, same bytes
"$DOC" rich "$T/rich2.pdf" "$IMAGES" 2>/dev/null
cmp -s "$T/rich.pdf" "$T/rich2.pdf" || fail "two runs differ"

if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T/rich.pdf" "$T/long.pdf" "$T/draft.pdf" \
    "$T/missing.pdf" >"$T/validate.out" 2>&1 || fail "validate: $(cat "$T/validate.out")"
fi
finish
