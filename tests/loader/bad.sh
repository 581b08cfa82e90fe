#!/bin/sh
# The bad-input catalogue: every tests/bad/NAME.yaml must be refused by
# `isoexport --check` and by a conversion, with exactly the diagnostic lines
# of tests/bad/NAME.expect on stderr, exit status 1 and no output written.
. "$top_srcdir/tests/common.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
cd "$top_srcdir" || exit 1
# The review-date lint must not depend on the day the tests run.
ISOEXPORT_TODAY=2026-06-01
export ISOEXPORT_TODAY
n=0
for yaml in tests/bad/*.yaml; do
  name=${yaml%.yaml}
  [ -f "$name.expect" ] || { fail "$name.expect is missing"; continue; }
  n=$((n + 1))
  "$ISOEXPORT" --check "$yaml" >"$T/out" 2>"$T/err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$yaml: --check exited $rc, want 1"
  if ! cmp -s "$T/err" "$name.expect"; then
    fail "$yaml: --check diagnostics differ from $name.expect"
    diff -u "$name.expect" "$T/err" | head -20 >&2
  fi
  rm -rf "$T/dir"
  "$ISOEXPORT" -q -f dump -o "$T/dir" "$yaml" >"$T/out" 2>"$T/err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$yaml: conversion exited $rc, want 1"
  # every expected line must be reported by the conversion too
  while IFS= read -r line; do
    grep -qxF -- "$line" "$T/err" || fail "$yaml: conversion did not report: $line"
  done <"$name.expect"
  if [ -d "$T/dir" ] && [ -n "$(ls -A "$T/dir")" ]; then
    fail "$yaml: conversion wrote $(ls -A "$T/dir")"
  fi
done
[ "$n" -ge 30 ] || fail "only $n bad inputs found (want at least 30)"
echo "$n bad inputs"
finish
