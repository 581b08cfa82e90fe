#!/bin/sh
# Hostile themes (issue 18): a theme file goes through the same bounded YAML
# front end as documents (deep nesting and alias bombs refused in
# milliseconds at a position), every value is checked against its range at
# its position, values that would push the title, a heading or the footer
# off the page are refused, and a file that is not a theme is never quoted.
# Every refusal: exit 1, file:line:column, nothing written. Then the most
# extreme themes the rules accept convert samples to valid files with the
# title, the headings and the footer of every page in the PDF's text.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
cd "$T" || exit 1
minimal_doc doc.yaml

# refused NAME THEME MESSAGE: the theme is refused with exactly MESSAGE
# (a whole line of stderr) and no output is written
refused() {
  rm -rf outdir
  hostile_run 5 --theme "./$2" -o outdir doc.yaml
  expect_refused "$1" "$3"
  grep -qxF -- "$3" "$T/err" || fail "$1: no line is exactly '$3': $(head -c 600 "$T/err")"
  assert_empty_dir "$1" outdir
}

# 160,000 nested brackets, and 2,000 nested maps: the 65th level is refused
{ printf 'page: '; head -c 160000 /dev/zero | tr '\0' '['
  head -c 160000 /dev/zero | tr '\0' ']'; echo; } >deep.yaml
refused "160k nested lists" deep.yaml \
  "./deep.yaml:1:70: error: nesting deeper than 64 levels"
{ printf 'sizes: '; i=0; while [ $i -lt 2000 ]; do printf '{a: '; i=$((i + 1)); done
  echo 1; } >deepmap.yaml
refused "nested maps" deepmap.yaml \
  "./deepmap.yaml:1:260: error: nesting deeper than 64 levels"

# an alias bomb: ten aliases a line, ten times more nodes each line
{ echo "name: bomb"
  echo 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'
  prev=a
  for l in b c d e f g h i; do
    printf '%s: &%s [' $l $l
    for k in 1 2 3 4 5 6 7 8 9; do printf '*%s,' $prev; done
    printf '*%s]\n' $prev
    prev=$l
  done; } >bomb.yaml
refused "alias bomb" bomb.yaml \
  "./bomb.yaml:8:8: error: aliases expand to more than 2000000 nodes (an alias bomb?)"

# values that made text vanish or libharu fail
printf 'spacing:\n  line: 100\n' >ls100.yaml
refused "line spacing 100" ls100.yaml \
  "./ls100.yaml:2:9: error: spacing.line '100' is out of range: use 1 to 3"
printf 'page:\n  width: 3in\n  height: 4in\n  margin_left: 0.25in\n  margin_right: 0.25in\nsizes:\n  title: 499\n  h1: 499\n' >big.yaml
refused "title 499pt" big.yaml \
  "./big.yaml:7:10: error: sizes.title '499' is out of range: use 4pt to 144pt"
refused "h1 499pt" big.yaml \
  "./big.yaml:8:7: error: sizes.h1 '499' is out of range: use 4pt to 144pt"
# in range, but not on this page: the title and a heading must fit the text
# area, the footer the bottom margin
printf 'page:\n  width: 4in\n  height: 6in\n  margin_left: 0.25in\n  margin_right: 0.25in\nsizes:\n  small: 5\n  title: 144\n' >fit.yaml
refused "title wider than the page" fit.yaml \
  "./fit.yaml:8:10: error: sizes.title (144pt) does not fit the text area (252pt by 290.3pt at spacing.line 1.25): at most 31.5pt (the width holds 8 times the size, the height 4 lines)"
printf 'page:\n  width: 4in\n  height: 6in\n  margin_left: 0.25in\n  margin_right: 0.25in\nsizes:\n  small: 5\nspacing:\n  line: 3\n' >footer.yaml
refused "footer below the page" footer.yaml \
  "./footer.yaml:9:9: error: the page footer does not fit the bottom margin (70.87pt): it needs 74pt (14pt and four lines of sizes.small, 5pt, at spacing.line 3)"
printf 'page:\n  size: Letter\n  margin_bottom: 5mm\n' >margin.yaml
refused "bottom margin too small" margin.yaml \
  "./margin.yaml:3:18: error: the page footer does not fit the bottom margin (14.17pt): it needs 54pt (14pt and four lines of sizes.small, 8pt, at spacing.line 1.25)"
printf 'page:\n  size: Letter\n  margin_left: 4in\n  margin_right: 4in\n' >narrow.yaml
refused "no text area" narrow.yaml \
  "./narrow.yaml:3:16: error: the margins leave a text area 36pt wide; it must be at least 144pt (2in)"

# numbers are plain decimals
for v in 1e-300 nan inf .inf 0x10 -5 +5 1,5 10.5.5; do
  printf 'sizes:\n  body: %s\n' "$v" >num.yaml
  refused "size $v" num.yaml \
    "./num.yaml:2:9: error: '$v' is not a size in points (a number such as 10.5)"
done
printf 'page:\n  margin_top: 1e-300mm\n' >len.yaml
refused "length 1e-300mm" len.yaml \
  "./len.yaml:2:15: error: '1e-300mm' is not a length (use e.g. 25mm, 2cm, 1in or 72pt)"
printf 'page:\n  margin_top: -1mm\n' >len.yaml
refused "negative margin" len.yaml \
  "./len.yaml:2:15: error: '-1mm' is not a length (use e.g. 25mm, 2cm, 1in or 72pt)"
printf 'fonts:\n  body: "Liberation\\tSans"\n' >font.yaml
refused "control character in a font name" font.yaml \
  "./font.yaml:2:9: error: fonts.body contains a control character"

# a YAML error in a theme: its position and libyaml's fixed text
printf 'sizes:\n  body: 10\n   small: 8\n' >syntax.yaml
refused "YAML error" syntax.yaml \
  "./syntax.yaml:3:9: error: YAML syntax error: mapping values are not allowed in this context"

# a file that is not a theme is never quoted: as --theme and as `theme:`
mkdir -p secrets
printf 'aws_access_key_id: AKIAIOSFODNN7EXAMPLE\naws_secret_access_key: wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n' >secrets/credentials
printf '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n' >secrets/ini
printf '"password: hunter2\n' >secrets/broken
printf -- '- hunter2\n- AKIAIOSFODNN7EXAMPLE\n' >secrets/list
no_secret() { # NAME: stderr quotes nothing of the secret files
  for s in aws AKIA wJalr hunter2 default password; do
    ! grep -qi -- "$s" "$T/err" || fail "$1: the message quotes '$s': $(cat "$T/err")"
  done
}
refused "credentials as --theme" secrets/credentials \
  "./secrets/credentials:1:1: error: not a theme file (a theme is a YAML map whose first key is name, page, fonts, sizes, spacing or colors)"
no_secret "credentials as --theme"
refused "INI credentials" secrets/ini \
  "./secrets/ini:1:1: error: not a theme file (a theme is a YAML map whose first key is name, page, fonts, sizes, spacing or colors)"
no_secret "INI credentials"
refused "broken YAML with a secret" secrets/broken \
  "./secrets/broken:2:1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 1)"
no_secret "broken YAML with a secret"
refused "a list" secrets/list \
  "./secrets/list:1:1: error: not a theme file (a theme is a YAML map whose first key is name, page, fonts, sizes, spacing or colors)"
no_secret "a list"
minimal_doc viatheme.yaml
echo "theme: secrets/credentials" >>viatheme.yaml
rm -rf outdir
hostile_run 5 -o outdir viatheme.yaml
expect_refused "credentials as theme:" \
  "secrets/credentials:1:1: error: not a theme file (a theme is a YAML map"
no_secret "credentials as theme:"
assert_empty_dir "credentials as theme:" outdir

# ---- the extremes the rules accept still show everything -------------
need pdftotext
sizes() { # SIZE SMALL: every size but the small one
  printf 'sizes:\n  small: %s\n' "$2"
  for k in body code title subtitle h1 h2 h3 h4 h5 h6; do printf '  %s: %s\n' $k "$1"; done
}
# the smallest page with the widest line spacing and the most space
{ printf 'page:\n  width: 160pt\n  height: 253pt\n  margin_top: 47pt\n  margin_bottom: 62pt\n  margin_left: 0\n  margin_right: 0\n'
  printf 'spacing:\n  line: 3\n  before: 72\n  after: 72\n'; sizes 12 4; } >tiny.yaml
# A4 with the largest sizes it holds
{ printf 'spacing:\n  line: 1\n'; sizes 58.4 11.69; } >a4max.yaml
# the largest page
{ printf 'page:\n  width: 22in\n  height: 22in\n  margin_top: 368pt\n  margin_bottom: 490pt\n  margin_left: 0\n  margin_right: 0\n'
  printf 'spacing:\n  line: 3\n'; sizes 60.5 39.6; } >huge.yaml
# a wide strip
{ printf 'page:\n  width: 22in\n  height: 200pt\n  margin_top: 23pt\n  margin_bottom: 30pt\n  margin_left: 1in\n  margin_right: 1in\n'
  printf 'spacing:\n  line: 1\n'; sizes 36 4; } >strip.yaml

# shows PDF NAME ID TITLE PAGE_WORD REVIEW_WORD HEADING...: the title and
# every heading somewhere, and on every page the page label, the document
# id and the footer's last field (spaces ignored: lines wrap anywhere)
shows() {
  pdf=$1 name=$2 id=$3 title=$4 pw=$5 rv=$6
  shift 6
  pdftotext -raw "$pdf" "$T/text" 2>/dev/null || { fail "$name: pdftotext failed"; return; }
  tr -d ' \n\t\r' <"$T/text" >"$T/flat"
  for want in "$title" "$@"; do
    grep -qF -- "$(printf '%s' "$want" | tr -d ' ')" "$T/flat" || fail "$name: '$want' missing"
  done
  bad=$(tr -d ' \t\r' <"$T/text" | awk -v RS='\f' -v id="$id" -v pw="$pw" -v rv="$rv" '
    { gsub(/\n/, "") }
    NF && (index($0, pw NR) == 0 || index($0, id) == 0 || index($0, rv) == 0) { print NR }' |
    head -5 | tr '\n' ' ')
  [ -z "$bad" ] || fail "$name: the header or footer is missing on page(s) $bad"
}
for th in tiny a4max huge strip; do
  rm -rf "x-$th"
  for s in information-security-policy tietoturvapolitiikka; do
    "$ISOEXPORT" -q --theme "./$th.yaml" -o "x-$th" "$top_srcdir/samples/$s.yaml" 2>"$T/err" ||
      fail "$th: $s refused: $(head -c 600 "$T/err")"
  done
  shows "x-$th/information-security-policy.pdf" "$th/en" ISMS-POL-01 \
    "Information Security Policy" Page Nextreview "Purpose" "Scope" \
    "Information security objectives" "Monitoring, review and continuous improvement" \
    "Approval and version control"
  shows "x-$th/tietoturvapolitiikka.pdf" "$th/fi" ISMS-POL-01-FI \
    "Tietoturvapolitiikka" Sivu Seuraavakatselmointi "Tarkoitus" \
    "Lakien, sopimusten ja vaatimusten noudattaminen" \
    "Seuranta, katselmointi ja jatkuva parantaminen"
done
# every PDF passes qpdf; the validator (slow: a JVM a file) checks all three
# formats of the most extreme theme (all of them were checked by hand for
# every sample when the limits were chosen)
if command -v qpdf >/dev/null 2>&1; then
  for f in x-*/*.pdf; do
    qpdf --check "$f" >/dev/null 2>&1 || fail "$f: qpdf --check: $(qpdf --check "$f" 2>&1 | tail -3)"
  done
fi
if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" x-tiny/information-security-policy.docx \
    x-tiny/information-security-policy.odt x-tiny/information-security-policy.pdf >"$T/val" 2>&1 ||
    fail "extreme theme: invalid output: $(grep -v '^PASS' "$T/val" | head -c 1500)"
else
  echo "SKIP: $SHARED/conformance/validate not found: outputs not validated" >&2
fi
finish
