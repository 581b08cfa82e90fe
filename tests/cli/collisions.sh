#!/bin/sh
# Two documents that would write the same outputs are not allowed to
# overwrite each other: the later one is refused with a message, exit 1.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/cli/minimal.sh"
cd "$T" || exit 1
mkdir a b
write_doc a/p.yaml A
write_doc b/p.yaml B
"$ISOEXPORT" -f dump -o out a/p.yaml b/p.yaml 2>err; rc=$?
[ "$rc" = 1 ] || fail "exit $rc, want 1"
grep -q "^b/p.yaml: error: would overwrite the outputs of a/p.yaml (both are out/p.\*); not converted" err ||
  fail "message: $(cat err)"
grep -q "TEST-A" out/p.txt || fail "the first document's output is not there"
# x.yaml beside x.yml in --all
write_doc a/p.yml C
"$ISOEXPORT" --all -f dump a >stdout 2>err; rc=$?
[ "$rc" = 1 ] || fail "--all exit $rc, want 1"
[ "$(cat stdout)" = "1 converted, 1 failed, 0 skipped" ] || fail "summary: $(cat stdout)"
grep -q "^a/p.yml: error: would overwrite the outputs of a/p.yaml" err || fail "--all message: $(cat err)"
finish
