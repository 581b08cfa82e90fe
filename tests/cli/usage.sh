#!/bin/sh
# Usage errors exit 2 with a message; --help and --version exit 0.
. "$top_srcdir/tests/common.sh"

"$ISOEXPORT" --help >"$T/help" 2>&1 || fail "--help exited $?"
assert_contains "$T/help" "Usage: isoexport"
assert_contains "$T/help" "--format LIST"
"$ISOEXPORT" --version >"$T/version" || fail "--version exited $?"
grep -qE '^isoexport [0-9]+\.[0-9]+' "$T/version" || fail "bad --version: $(cat "$T/version")"

expect2() {
  "$ISOEXPORT" "$@" >"$T/out" 2>"$T/err"; rc=$?
  [ "$rc" = 2 ] || fail "'$*' exited $rc, want 2"
  [ -s "$T/err" ] || fail "'$*' printed no message"
}
expect2
expect2 --bogus x.yaml
expect2 -f rtf x.yaml
expect2 -f '' x.yaml
expect2 -j 0 x.yaml
expect2 -j many x.yaml
expect2 --all --check
expect2 -q -v x.yaml
assert_contains "$T/err" "cannot be used together"

# A missing input and a folder given as a document are errors (exit 1).
"$ISOEXPORT" "$T/nope.yaml" 2>"$T/err"; rc=$?
[ "$rc" = 1 ] || fail "missing input exited $rc"
assert_contains "$T/err" "$T/nope.yaml: error: cannot open: No such file or directory"
mkdir "$T/dir.yaml"
"$ISOEXPORT" "$T/dir.yaml" 2>"$T/err"; rc=$?
[ "$rc" = 1 ] || fail "folder input exited $rc"
assert_contains "$T/err" "is a directory"
finish
