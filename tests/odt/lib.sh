# Shared by the ODT shell tests (source after tests/common.sh).

# odt_collect DIR: writes the ODTs under test into DIR: the API-built
# documents of odt_parts (every node type; en and fi) and every sample that
# the loader accepts, with the sample's tree dump (NAME.txt) beside it.
odt_collect() {
  mkdir -p "$1"
  parts=$top_builddir/tests/odt/odt_parts
  [ -x "$parts" ] || { fail "$parts is not built"; return; }
  "$parts" "$1/api-en.odt" >/dev/null 2>&1 || fail "odt_parts could not write api-en.odt"
  "$parts" "$1/api-fi.odt" fi >/dev/null 2>&1 || fail "odt_parts could not write api-fi.odt"
  n_samples=0
  if [ ! -x "$ISOEXPORT" ]; then
    echo "NOTE: $ISOEXPORT not built: samples not converted" >&2
    return
  fi
  for y in "$top_srcdir"/samples/*.yaml; do
    [ -f "$y" ] || continue
    b=$(basename "$y" .yaml)
    if ! "$ISOEXPORT" --check "$y" >/dev/null 2>"$1/$b.check"; then
      echo "NOTE: samples/$b.yaml does not load (loader not ready?): $(head -n 1 "$1/$b.check")" >&2
      continue
    fi
    "$ISOEXPORT" -q -f odt,dump -o "$1" "$y" 2>"$1/$b.err" ||
      fail "isoexport -f odt,dump $b.yaml: $(cat "$1/$b.err")"
    [ -f "$1/$b.odt" ] || fail "no $b.odt written"
    n_samples=$((n_samples + 1))
  done
  echo "odt: $n_samples sample(s) converted" >&2
}

# The ODT's entry names, one a line.
odt_entries() { unzip -Z1 "$1"; }
