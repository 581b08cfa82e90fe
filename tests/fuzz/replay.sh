#!/bin/sh
# Replays the samples, the bad-input catalogue, the loader cases and every
# input the fuzzer ever crashed on through the loader and all writers; and
# the samples' images and every image the image fuzzer crashed on through
# the image check and all writers (tests/fuzz/fuzz_image.c).
. "$top_srcdir/tests/common.sh"
out=$("$top_builddir/tests/fuzz/replay" "$top_srcdir/samples" "$top_srcdir/tests/bad" \
  "$top_srcdir/tests/cases" "$top_srcdir/tests/fuzz/regressions" 2>&1) || fail "replay: $out"
echo "$out"
out=$("$top_builddir/tests/fuzz/replay_image" "$top_srcdir/samples/images" \
  "$top_srcdir/tests/fuzz/regressions/image" 2>&1) || fail "replay_image: $out"
echo "$out"
finish
