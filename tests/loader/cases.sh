#!/bin/sh
# Data-driven loader cases: tests/cases/NAME.yaml must load, and its dump
# (tree with line:column) must equal tests/cases/NAME.dump exactly.
. "$top_srcdir/tests/common.sh"
DUMPDOC=$top_builddir/tests/loader/dumpdoc
[ -x "$DUMPDOC" ] || skip "tests/loader/dumpdoc is not built"
cd "$top_srcdir" || exit 1
n=0
for yaml in tests/cases/*.yaml; do
  name=${yaml%.yaml}
  [ -f "$name.dump" ] || { fail "$name.dump is missing"; continue; }
  n=$((n + 1))
  if ! "$DUMPDOC" "$yaml" >"$T/got" 2>"$T/err"; then
    fail "$yaml did not load:"; cat "$T/err" >&2; continue
  fi
  if ! cmp -s "$T/got" "$name.dump"; then
    fail "$yaml: dump differs from $name.dump"
    diff -u "$name.dump" "$T/got" | head -40 >&2
  fi
done
[ "$n" -ge 5 ] || fail "only $n cases found"
echo "$n cases"
finish
