# Shared by the ODT shell tests (source after tests/common.sh).

# odt_collect DIR: writes the ODTs under test into DIR: the API-built
# documents of odt_parts (every node type; en and fi) and every sample, with the sample's tree dump (NAME.txt) beside it.
odt_collect() {
  mkdir -p "$1"
  parts=$top_builddir/tests/odt/odt_parts
  [ -x "$parts" ] || { fail "$parts is not built"; return; }
  "$parts" "$1/api-en.odt" >/dev/null 2>&1 || fail "odt_parts could not write api-en.odt"
  "$parts" "$1/api-fi.odt" fi >/dev/null 2>&1 || fail "odt_parts could not write api-fi.odt"
  convert_samples odt "$1"
}

# The ODT's entry names, one a line.
odt_entries() { unzip -Z1 "$1"; }
