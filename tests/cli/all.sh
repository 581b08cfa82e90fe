#!/bin/sh
# --all: good and bad documents in a tree; structure kept; hidden folders,
# the output folder and non-documents skipped; exit 1 with the summary.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/cli/minimal.sh"

src=$T/src
mkdir -p "$src/policies/2026" "$src/.git" "$src/manuals"
write_doc "$src/policies/pol.yaml" P1
write_doc "$src/policies/2026/pol2.yml" P2
write_doc "$src/manuals/man.yaml" M1
write_doc "$src/.git/hidden.yaml" H
write_bad "$src/policies/broken.yaml"
printf 'stages: [build]\n' >"$src/ci.yaml"

cd "$src" || exit 1
"$ISOEXPORT" --all --no-register -f dump -o out -j 2 . >"$T/stdout" 2>"$T/stderr"; rc=$?
[ "$rc" = 1 ] || fail "exit $rc, want 1"
[ "$(tail -n 1 "$T/stdout")" = "3 converted, 1 failed, 1 skipped" ] ||
  fail "summary: $(cat "$T/stdout")"
grep -q "^policies/broken.yaml:[0-9]*:[0-9]*: error: " "$T/stderr" ||
  fail "no positioned error: $(cat "$T/stderr")"
for f in out/policies/pol.txt out/policies/2026/pol2.txt out/manuals/man.txt; do
  [ -s "$f" ] || fail "missing $f"
done
[ ! -e out/policies/broken.txt ] || fail "a failed document left an output"
[ ! -e out/.git ] && [ ! -e out/hidden.txt ] || fail "hidden folder converted"
[ ! -e out/ci.txt ] || fail "non-document converted"
[ "$(find out -type f | wc -l)" = 3 ] || fail "unexpected files: $(find out -type f)"
# a second run converts into the output folder without walking into it
"$ISOEXPORT" --all -f dump -o out . >"$T/stdout2" 2>/dev/null
[ ! -e out/out ] || fail "walked into the output folder"
# without -o, outputs go next to each input
"$ISOEXPORT" --all -f dump policies/2026 >/dev/null 2>&1 || fail "exit $?"
[ -s policies/2026/pol2.txt ] || fail "output not next to the input"
finish
