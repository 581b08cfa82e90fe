#!/bin/sh
# Themes reach every format: --theme NAME, `theme:` in the document (a name
# or a path relative to it), and clear errors for unknown or broken themes.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/cli/minimal.sh"
need pdfinfo
need unzip
cd "$T" || exit 1
write_doc doc.yaml

check_letter() { # BASENAME: Letter paper in all three formats, serif body
  pdfinfo "$1.pdf" | grep -q "612 x 792" || fail "$1.pdf is not Letter: $(pdfinfo "$1.pdf" | grep 'Page size')"
  unzip -p "$1.docx" word/document.xml | grep -q '<w:pgSz w:w="12240" w:h="15840"/>' ||
    fail "$1.docx is not Letter"
  unzip -p "$1.odt" styles.xml | grep -q 'fo:page-width="612.00pt" fo:page-height="792.00pt"' ||
    fail "$1.odt is not Letter"
  unzip -p "$1.docx" word/styles.xml | grep -q 'Liberation Serif' || fail "$1.docx: no serif font"
  pdffonts "$1.pdf" 2>/dev/null | grep -q LiberationSerif || fail "$1.pdf: no serif font"
}

# --theme NAME, found in templates/themes next to the program
"$ISOEXPORT" -q --theme classic -o named doc.yaml || fail "--theme classic: exit $?"
check_letter named/doc
# the default is A4
"$ISOEXPORT" -q -o plain doc.yaml || fail "default theme: exit $?"
pdfinfo plain/doc.pdf | grep -q "595.* x 841.*" || fail "default is not A4"

# theme: in the document, as a path relative to it
mkdir -p sub/themes
sed 's/^name: classic/name: mine/' "$top_srcdir/templates/themes/classic.yaml" >sub/themes/mine.yaml
sed 's/^sections:/theme: themes\/mine.yaml\nsections:/' doc.yaml >sub/doc.yaml
"$ISOEXPORT" -q sub/doc.yaml || fail "theme path: exit $?"
check_letter sub/doc

# unknown theme, broken theme: exit 1 with a message, nothing written
"$ISOEXPORT" --theme nosuch -o bad doc.yaml 2>err; rc=$?
[ "$rc" = 1 ] || fail "unknown theme exit $rc"
grep -q "unknown theme 'nosuch'" err || fail "message: $(cat err)"
# the document's own theme: the error points at its value, --check too
sed 's/^sections:/theme: nosuch\nsections:/' doc.yaml >nosuch.yaml
line=$(grep -n '^theme: nosuch' nosuch.yaml | cut -d: -f1)
for mode in "--check" "-o bad"; do
  # shellcheck disable=SC2086
  "$ISOEXPORT" $mode nosuch.yaml 2>err; rc=$?
  [ "$rc" = 1 ] || fail "unknown theme ($mode) exit $rc"
  grep -q "^nosuch.yaml:$line:8: error: unknown theme 'nosuch'" err ||
    fail "unknown theme ($mode) message: $(cat err)"
done
printf 'colors:\n  text: blue\n' >broken.yaml
"$ISOEXPORT" --theme ./broken.yaml -o bad doc.yaml 2>err; rc=$?
[ "$rc" = 1 ] || fail "broken theme exit $rc"
grep -q "^./broken.yaml:2:9: error: 'blue' is not a colour" err || fail "message: $(cat err)"
[ ! -e bad/doc.pdf ] || fail "output written with a bad theme"
finish
