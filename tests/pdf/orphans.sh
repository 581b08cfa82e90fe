#!/bin/sh
# Every object a PDF holds is reachable from its trailer: libharu's own
# Type 0 fonts left an encoding CMap per UTF-8 face that nothing referred
# to (type0.c makes the fonts now). qpdf rewrites a file with the reachable
# objects only, so the two must hold as many objects; the samples and a
# generated Finnish policy (UTF-8 fonts) are checked.
. "$top_srcdir/tests/common.sh"
need qpdf
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
command -v "$PY" >/dev/null 2>&1 || skip "python3 is not installed"
"$PY" "$top_srcdir/bench/gen_policy.py" "$T/fi" 1 fi >/dev/null ||
  { fail "gen_policy.py failed"; finish; }
"$ISOEXPORT" -f pdf -o "$T/out" "$top_srcdir"/samples/*.yaml \
  "$T/fi/yaml/policy-0000.yaml" >"$T/err" 2>&1 ||
  fail "isoexport failed: $(head -5 "$T/err")"
grep -q Type0 "$T/out/policy-0000.pdf" || fail "the Finnish policy has no UTF-8 font"
for pdf in "$T"/out/*.pdf; do
  qpdf --qdf --object-streams=disable "$pdf" "$T/re.pdf" 2>/dev/null
  [ -s "$T/re.pdf" ] || { fail "$(basename "$pdf"): qpdf cannot rewrite it"; continue; }
  # qpdf's rewrite adds no objects, so fewer means some were unreachable
  have=$(grep -ac '^[0-9][0-9]* 0 obj' "$pdf")
  kept=$(grep -ac '^[0-9][0-9]* 0 obj' "$T/re.pdf")
  [ "$have" = "$kept" ] ||
    fail "$(basename "$pdf"): $have objects, $kept reachable"
done
finish
