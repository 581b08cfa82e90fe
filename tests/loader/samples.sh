#!/bin/sh
# Every sample loads and passes the lint without errors, and the samples
# together use every block type and every metadata field.
. "$top_srcdir/tests/common.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
cd "$top_srcdir" || exit 1
ISOEXPORT_TODAY=2026-12-01 # the samples were written in November 2026
export ISOEXPORT_TODAY
"$ISOEXPORT" --check samples/*.yaml >"$T/out" 2>"$T/err" ||
  { fail "isoexport --check samples/*.yaml failed"; cat "$T/err" >&2; }
[ -s "$T/err" ] && { fail "--check samples printed diagnostics"; cat "$T/err" >&2; }
"$ISOEXPORT" -q -f dump -o "$T/dump" samples/*.yaml 2>"$T/err" ||
  { fail "dump of samples failed"; cat "$T/err" >&2; }
cat "$T"/dump/*.txt >"$T/all"
for t in section heading paragraph list item table objectives risks roles \
  row cell callout code_block image pagebreak toc text strong emph code link \
  linebreak; do
  grep -q "^ *$t@" "$T/all" || fail "no sample has a $t node"
done
for k in note tip warning; do
  grep -q "callout@[0-9:]* $k" "$T/all" || fail "no sample has a $k call-out"
done
grep -q ' ordered start=' "$T/all" || fail "no numbered list"
grep -q ' bullet' "$T/all" || fail "no bullet list"
grep -q 'row@[0-9:]* header' "$T/all" || fail "no header row"
grep -q ' widths=' "$T/all" || fail "no table widths"
grep -q ' caption=' "$T/all" || fail "no caption"
grep -q ' jpeg ' "$T/all" || fail "no JPEG image"
for f in id title subtitle type organization version status classification \
  language owner approver approved effective next_review review_months \
  distribution keyword logo history theme; do
  grep -q "^  $f: " "$T/all" || fail "no sample sets $f"
done
grep -q '^  language: fi' "$T/all" || fail "no Finnish sample"
grep -q '^  status: draft' "$T/all" || fail "no draft sample"
grep -q '^  version: "1.10"' "$T/all" || fail "version 1.10 not kept exactly"
# the long table of the manual spans pages: 60 rows or more
rows=$(awk '/table@.*Statement of applicability/{t=1;next} t&&/^      [a-z]/{t=0} t&&/^        row@/{n++} END{print n+0}' "$T/dump/isms-manual.txt")
[ "$rows" -ge 61 ] || fail "the statement of applicability has only $rows rows"
finish
