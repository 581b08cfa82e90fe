#!/bin/sh
# The man pages isoexport(1) and isoexport(5), as built (man/*.in with the
# folders filled in): man and groff format them without a single warning,
# and every @TOKEN@ is replaced.
. "$top_srcdir/tests/common.sh"
need man
need groff
for page in isoexport.1 isoexport.5; do
  f=$top_builddir/man/$page
  [ -f "$f" ] || { fail "man/$page is not built"; continue; }
  grep -n '@[A-Z_]*@' "$f" >"$T/tokens" && fail "$page: tokens left: $(cat "$T/tokens")"
  # man's own check (groff -ww through man-db), then groff's strictest one
  LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$f" >"$T/out" 2>"$T/err" ||
    fail "man -l $page: exit $?"
  [ -s "$T/err" ] && fail "man --warnings $page: $(cat "$T/err")"
  groff -man -ww -z -Tutf8 "$f" 2>"$T/err" || fail "groff $page: exit $?"
  [ -s "$T/err" ] && fail "groff -ww $page: $(cat "$T/err")"
  grep -q 'NAME' "$T/out" && grep -q 'isoexport' "$T/out" || fail "$page: formatted page is empty"
done
# the sections a reader looks for
for s in SYNOPSIS DESCRIPTION OPTIONS 'EXIT STATUS' ENVIRONMENT FILES EXAMPLES; do
  grep -q "^\.SH \"*$s" "$top_builddir/man/isoexport.1" || fail "isoexport(1) has no $s section"
done
# isoexport(5) names every top-level and document key of the format
for k in document sections theme id title subtitle type organization version status \
  classification language owner approver approved effective next_review review_interval \
  distribution keywords logo history signoff retention master_copy \
  uncontrolled_when_printed acknowledgement; do
  grep -q "^\.B[R]* $k\b" "$top_builddir/man/isoexport.5" || fail "isoexport(5) does not describe '$k'"
done
finish
