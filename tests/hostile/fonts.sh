#!/bin/sh
# Damaged installed fonts: a theme names a family whose file, installed
# where fontconfig looks (XDG_DATA_HOME/fonts), is a copy of Liberation Sans
# renamed and then broken in a field libharu trusts (unitsPerEm 0 divided
# libharu's ParseHead by zero: SIGFPE), or cut short. Subset or embedded
# whole (ISOEXPORT_WHOLE_FONTS=1), the PDF is refused with the font's file
# named once, exit 1 and nothing written; DOCX and ODT, which only name the
# family, are still written. The same copy unbroken converts, so the font
# is really found; the broken ones replace it in place after fontconfig
# has cached it, as an updated font file does.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
need fc-match
cd "$T" || exit 1
orig=$(fc-match -f '%{file}' 'Liberation Sans')
case $orig in *.ttf) ;; *) skip "Liberation Sans is not installed" ;; esac
mkdir -p xdg/fonts cache
export XDG_DATA_HOME="$T/xdg" XDG_CACHE_HOME="$T/cache"
sed 's/^  body: Liberation Sans .*/  body: Liberatiox Sans/' \
  "$top_srcdir/templates/themes/default.yaml" >theme.yaml
grep -q '^  body: Liberatiox Sans$' theme.yaml || fail "theme.yaml not made"
doc=$top_srcdir/samples/information-security-policy.yaml

# damaged FILE HOW: Liberation Sans as family "Liberatiox Sans", broken HOW
damaged() {
  python3 - "$orig" "$1" "$2" <<'PY'
import struct, sys
src, dst, how = sys.argv[1:]
d = bytearray(open(src, 'rb').read())
for a, b in ((b'Liberation Sans', b'Liberatiox Sans'),):
    d = d.replace(a, b)
    d = d.replace(a.decode().encode('utf-16-be'), b.decode().encode('utf-16-be'))
tables = {}
for i in range(struct.unpack('>H', d[4:6])[0]):
    tag, _, off, n = struct.unpack('>4sIII', d[12 + 16 * i:28 + 16 * i])
    tables[tag] = (off, n)
if how == 'upem0':
    struct.pack_into('>H', d, tables[b'head'][0] + 18, 0)
elif how == 'upem1':
    struct.pack_into('>H', d, tables[b'head'][0] + 18, 1)
elif how == 'hmetrics0':
    struct.pack_into('>H', d, tables[b'hhea'][0] + 34, 0)
elif how == 'short':
    d = d[:tables[b'glyf'][0] + 100]
open(dst, 'wb').write(d)
PY
}

# the unbroken copy is found and embedded under its own name
damaged xdg/fonts/f.ttf none
fc-match -f '%{family}' 'Liberatiox Sans' | grep -q Liberatiox ||
  skip "fontconfig does not read XDG_DATA_HOME/fonts here"
for whole in 0 1; do
  rm -rf outdir
  ISOEXPORT_WHOLE_FONTS=$whole hostile_run 20 --theme ./theme.yaml -f pdf -o outdir "$doc"
  expect_ok "unbroken copy (whole=$whole)"
  pdffonts outdir/*.pdf 2>/dev/null | grep -q 'LiberationSans ' ||
    fail "unbroken copy (whole=$whole): not embedded"
done

for how in upem0 upem1 hmetrics0 short; do
  # FreeType refuses some of these, so fontconfig would not list them; a
  # font rewritten in place, its folder's time kept, keeps its cache entry
  XDG_DATA_HOME=$T/x-$how
  f=$XDG_DATA_HOME/fonts/$how.ttf
  mkdir -p "$XDG_DATA_HOME/fonts"
  damaged "$f" none
  touch -d '2020-01-01 00:00' "$f" "$XDG_DATA_HOME/fonts"
  fc-match -f '%{file}' 'Liberatiox Sans' | grep -q "$how.ttf" ||
    fail "$how: the unbroken copy is not found"
  damaged "$f" "$how"
  touch -d '2020-01-01 00:00' "$f" "$XDG_DATA_HOME/fonts"
  for whole in 0 1; do
    rm -rf outdir
    ISOEXPORT_WHOLE_FONTS=$whole hostile_run 20 --theme ./theme.yaml -f pdf -o outdir "$doc"
    expect_refused "$how (whole=$whole)" \
      "$f: error: cannot load this font into the PDF"
    n=$(grep -c 'cannot load this font' "$T/err")
    [ "$n" -eq 1 ] || fail "$how (whole=$whole): told $n times, want once"
    assert_empty_dir "$how (whole=$whole)" outdir
  done
  rm -rf outdir
  hostile_run 20 --theme ./theme.yaml -f docx,odt -o outdir "$doc"
  expect_ok "$how as DOCX and ODT"
done
finish
