#!/bin/sh
# Replays the samples, the bad-input catalogue, the loader cases and every
# input the fuzzer ever crashed on through the loader and all writers.
. "$top_srcdir/tests/common.sh"
out=$("$top_builddir/tests/fuzz/replay" "$top_srcdir/samples" "$top_srcdir/tests/bad" \
  "$top_srcdir/tests/cases" "$top_srcdir/tests/fuzz/regressions" 2>&1) || fail "replay: $out"
echo "$out"
finish
