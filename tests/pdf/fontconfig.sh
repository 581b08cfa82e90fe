#!/bin/sh
# Fonts are looked up first in the standard font folders alone (fast), and
# then in the whole fontconfig configuration: a family installed only where
# the user's own configuration points must still be found, and
# FONTCONFIG_FILE must still be obeyed.
. "$top_srcdir/tests/common.sh"
need pdffonts
need python3
need fc-match
src=$(fc-match -f '%{file}' 'Liberation Serif')
case $src in *LiberationSerif-Regular.ttf) ;; *) skip "Liberation Serif is not installed" ;; esac
cd "$T" || exit 1
mkdir fonts cache config config/fontconfig
for s in Regular Bold Italic BoldItalic; do
  python3 "$top_srcdir/tests/pdf/rename_font.py" "${src%Regular.ttf}$s.ttf" \
    "fonts/Test-$s.ttf" "Isoexport Test Serif" || fail "rename_font.py $s"
done
sed '0,/^  body: .*/s//  body: Isoexport Test Serif/' \
  "$top_srcdir/templates/themes/classic.yaml" >test-theme.yaml
cat >doc.yaml <<'YAML'
document:
  id: FC-01
  title: Fonts
  version: "1.0"
  status: draft
  owner: Owner
  next_review: 2027-01-01
sections:
  - title: Text
    content: Body text in the test family, with **bold** and *italic*.
YAML
dirs="<dir>$T/fonts</dir><cachedir>$T/cache</cachedir>"

# Unknown to fontconfig: a warning and the fallback family.
"$ISOEXPORT" -f pdf --theme test-theme.yaml -o none doc.yaml 2>none.err ||
  fail "without the font: exit $?"
assert_contains none.err "font 'Isoexport Test Serif' is not installed"
pdffonts none/doc.pdf >none.fonts 2>/dev/null
assert_not_contains none.fonts IsoexportTestSerif

# Known through the user's configuration only (not a standard folder).
echo "<fontconfig>$dirs</fontconfig>" >config/fontconfig/fonts.conf
XDG_CONFIG_HOME=$T/config "$ISOEXPORT" -f pdf --theme test-theme.yaml \
  -o user doc.yaml 2>user.err || fail "user configuration: exit $?"
assert_not_contains user.err "not installed"
pdffonts user/doc.pdf >user.fonts 2>/dev/null
assert_contains user.fonts "IsoexportTestSerif"

# FONTCONFIG_FILE names the configuration to use.
cat >custom.conf <<XML
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>$dirs</fontconfig>
XML
FONTCONFIG_FILE=$T/custom.conf "$ISOEXPORT" -f pdf --theme test-theme.yaml \
  -o custom doc.yaml 2>custom.err || fail "FONTCONFIG_FILE: exit $?"
assert_not_contains custom.err "not installed"
pdffonts custom/doc.pdf >custom.fonts 2>/dev/null
assert_contains custom.fonts "IsoexportTestSerif"
finish
