#!/bin/sh
# An ODT's styles.xml before its master pages is deflated once per process
# and the document's own rest after it (src/package/prefix.c): in one batch
# every ODT must come out byte for byte as converted alone, whether the
# document before it had the same theme and language (the prefix kept),
# another language or another theme, and the part must read back whole.
. "$top_srcdir/tests/common.sh"
need python3
need unzip
python3 "$top_srcdir/bench/gen_policy.py" "$T/en" 2 en >/dev/null &&
  python3 "$top_srcdir/bench/gen_policy.py" "$T/fi" 1 fi >/dev/null ||
  { fail "gen_policy.py failed"; finish; }
mkdir -p "$T/in"
cp "$T/en/yaml/policy-0000.yaml" "$T/in/a.yaml"
cp "$T/en/yaml/policy-0001.yaml" "$T/in/b.yaml"
cp "$T/fi/yaml/policy-0000.yaml" "$T/in/c.yaml"
cp "$top_srcdir"/samples/*.yaml "$T/in/" && cp -r "$top_srcdir/samples/images" "$T/in/"
cp "$T/en/yaml/policy-0001.yaml" "$T/in/z.yaml" # after the samples' themes
"$ISOEXPORT" -j1 -f odt -o "$T/batch" "$T"/in/*.yaml >"$T/err" 2>&1 ||
  fail "batch failed: $(head -3 "$T/err")"
n=0
for f in "$T"/in/*.yaml; do
  d=$(basename "$f" .yaml)
  "$ISOEXPORT" -j1 -f odt -o "$T/alone-$d" "$f" >"$T/err" 2>&1 ||
    fail "$d alone failed: $(head -3 "$T/err")"
  cmp -s "$T/batch/$d.odt" "$T/alone-$d/$d.odt" ||
    fail "$d.odt differs between the batch and alone"
  unzip -tq "$T/batch/$d.odt" >/dev/null 2>&1 || fail "$d.odt: unzip -t"
  unzip -p "$T/batch/$d.odt" styles.xml | grep -q '</office:document-styles>' ||
    fail "$d.odt: styles.xml does not read back whole"
  n=$((n + 1))
done
[ "$n" -ge 6 ] || fail "only $n documents"
# the same theme and language: the same styles up to the master pages
unzip -p "$T/batch/a.odt" styles.xml >"$T/a.xml"
unzip -p "$T/batch/b.odt" styles.xml >"$T/b.xml"
cmp -s "$T/a.xml" "$T/b.xml" && fail "a and b have the same styles.xml: no document part to split off"
head -c "$(grep -bo '<office:master-styles>' "$T/a.xml" | cut -d: -f1)" "$T/a.xml" >"$T/a-pre"
head -c "$(grep -bo '<office:master-styles>' "$T/b.xml" | cut -d: -f1)" "$T/b.xml" >"$T/b-pre"
cmp -s "$T/a-pre" "$T/b-pre" || fail "a and b differ before their master pages"
finish
