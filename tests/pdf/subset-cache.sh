#!/bin/sh
# Subsets are kept per process by face and character set (formats/pdf/
# fonts.c): in one batch, a document must come out byte for byte as it does
# converted alone, whether a document before it had the same characters
# (the kept subset is reused) or others ("Ω" where the first has "≤").
. "$top_srcdir/tests/common.sh"
need python3
python3 "$top_srcdir/bench/gen_policy.py" "$T/gen" 2 fi >/dev/null ||
  { fail "gen_policy.py failed"; finish; }
mkdir -p "$T/in"
cp "$T/gen/yaml/policy-0000.yaml" "$T/in/a.yaml"
cp "$T/gen/yaml/policy-0001.yaml" "$T/in/b.yaml"
sed 's/≤/Ω/g' "$T/gen/yaml/policy-0000.yaml" >"$T/in/c.yaml"
grep -q 'Ω' "$T/in/c.yaml" || { fail "no Ω in c.yaml"; finish; }
"$ISOEXPORT" -j1 -f pdf -o "$T/batch" "$T/in/a.yaml" "$T/in/b.yaml" \
  "$T/in/c.yaml" >"$T/err" 2>&1 || fail "batch failed: $(head -3 "$T/err")"
for d in a b c; do
  "$ISOEXPORT" -j1 -f pdf -o "$T/alone-$d" "$T/in/$d.yaml" >"$T/err" 2>&1 ||
    fail "$d alone failed: $(head -3 "$T/err")"
  cmp -s "$T/batch/$d.pdf" "$T/alone-$d/$d.pdf" ||
    fail "$d.pdf differs between the batch and alone"
done
grep -q Type0 "$T/batch/c.pdf" || fail "c.pdf has no UTF-8 font"
finish
