#!/bin/sh
# The same input gives byte-identical DOCX files on every run; the ZIP
# entries carry the document's timestamp, not the clock.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/docx/lib.sh"
need unzip
docx_collect "$T/a"
sleep 1 # a clock-dependent timestamp would now differ
docx_collect "$T/b"
n=0
for f in "$T"/a/*.docx; do
  [ -f "$f" ] || continue
  b=$(basename "$f")
  cmp -s "$f" "$T/b/$b" || fail "$b differs between two runs"
  n=$((n + 1))
done
[ "$n" -ge 2 ] || fail "only $n DOCX files compared"
# entry dates are SOURCE_DATE_EPOCH (2026-03-15), not today
unzip -l "$T/a/api-en.docx" | grep -q '2026-03-15' || fail "entry dates are not SOURCE_DATE_EPOCH's"
finish
