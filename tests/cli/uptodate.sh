#!/bin/sh
# --all skips outputs newer than their source; --force and a touched source
# rebuild them.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/cli/minimal.sh"

mkdir "$T/src"
write_doc "$T/src/a.yaml" A
write_doc "$T/src/b.yaml" B
cd "$T" || exit 1
"$ISOEXPORT" --all -f dump -o out src >stdout 2>&1 || fail "first run exit $?"
[ "$(tail -n 1 stdout)" = "2 converted, 0 failed, 0 skipped" ] || fail "first: $(cat stdout)"
"$ISOEXPORT" --all -f dump -o out src >stdout 2>&1 || fail "second run exit $?"
[ "$(tail -n 1 stdout)" = "0 converted, 0 failed, 2 skipped" ] || fail "second: $(cat stdout)"
sleep 0.01; touch src/b.yaml
"$ISOEXPORT" --all -f dump -o out src >stdout 2>&1 || fail "third run exit $?"
[ "$(tail -n 1 stdout)" = "1 converted, 0 failed, 1 skipped" ] || fail "touched: $(cat stdout)"
"$ISOEXPORT" --all --force -f dump -o out src >stdout 2>&1 || fail "forced run exit $?"
[ "$(tail -n 1 stdout)" = "2 converted, 0 failed, 0 skipped" ] || fail "force: $(cat stdout)"
finish
