#!/bin/sh
# Every sample to every format under valgrind: no memory error, nothing lost.
. "$top_srcdir/tests/common.sh"
need valgrind
[ -z "${ISOEXPORT_SANITIZED:-}" ] || skip "valgrind cannot run a sanitizer build"
valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
  --suppressions="$top_srcdir/tests/valgrind.supp" --error-exitcode=99 \
  "$ISOEXPORT" -j1 -o "$T/out" "$top_srcdir"/samples/*.yaml 2>"$T/vg"; rc=$?
[ "$rc" = 0 ] || { cat "$T/vg" >&2; fail "valgrind: exit $rc"; }
[ "$(ls "$T/out" | wc -l)" -ge 12 ] || fail "not every output was written"
finish
