#!/bin/sh
# Nothing lost: a broken source never damages the earlier good output; a write
# failure (not a folder, file-size limit) leaves no partial file; leftovers
# of a killed run are removed by the next.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/cli/minimal.sh"

cd "$T" || exit 1
write_doc doc.yaml
"$ISOEXPORT" -f dump doc.yaml || fail "first conversion exit $?"
cp doc.txt good.txt
write_bad doc.yaml
"$ISOEXPORT" -f dump doc.yaml 2>err; rc=$?
[ "$rc" = 1 ] || fail "broken source exit $rc"
cmp -s doc.txt good.txt || fail "the earlier output was damaged"
[ -z "$(ls -A | grep isoexport-tmp)" ] || fail "temporary file left: $(ls -A)"

# an output folder that cannot be made (a file is in the way)
write_doc doc.yaml
: >blocker
"$ISOEXPORT" -f dump -o blocker/sub doc.yaml 2>err; rc=$?
[ "$rc" = 1 ] || fail "unwritable output exit $rc"
grep -q "blocker/sub" err || fail "no message naming the folder: $(cat err)"

# a file-size limit hit mid-write (512-byte blocks: 1 block)
mkdir lim
"$ISOEXPORT" -f dump -o lim doc.yaml || fail "unlimited conversion exit $?"
# an output folder several levels deep is created whole
"$ISOEXPORT" -f dump -o deep/er/still doc.yaml || fail "nested -o exit $?"
[ -s deep/er/still/doc.txt ] || fail "nested output folder not made"
cp lim/doc.txt lim-good.txt
cat >>doc.yaml <<'YAML'
  - title: Long section
    content: |
YAML
i=0; while [ $i -lt 200 ]; do echo "      Line $i of a long paragraph that makes the output bigger."; i=$((i+1)); done >>doc.yaml
(ulimit -f 1; "$ISOEXPORT" -f dump -o lim doc.yaml 2>err); rc=$?
[ "$rc" = 1 ] || fail "file-size limit exit $rc"
grep -q "File too large" err || fail "no clear message: $(cat err)"
cmp -s lim/doc.txt lim-good.txt || fail "earlier output damaged by the failed write"
[ -z "$(ls -A lim | grep isoexport-tmp)" ] || fail "partial temporary file left"

# leftovers of a killed run (a dead PID) are removed; a live one's are kept
: >lim/.doc.txt.isoexport-tmp-999999999
: >lim/.doc.txt.isoexport-tmp-$$
# (names of this version end in .RANDOM; earlier versions' do not)
: >lim/.doc.txt.isoexport-tmp-999999999.k3x9q0a7bz1m
: >lim/.doc.txt.isoexport-tmp-$$.k3x9q0a7bz1m
"$ISOEXPORT" -f dump -o lim doc.yaml || fail "conversion exit $?"
[ ! -e lim/.doc.txt.isoexport-tmp-999999999 ] || fail "stale temporary file kept"
[ -e lim/.doc.txt.isoexport-tmp-$$ ] || fail "a live process's temporary file removed"
[ ! -e lim/.doc.txt.isoexport-tmp-999999999.k3x9q0a7bz1m ] || fail "stale temporary file (random name) kept"
[ -e lim/.doc.txt.isoexport-tmp-$$.k3x9q0a7bz1m ] || fail "a live process's temporary file (random name) removed"
finish
