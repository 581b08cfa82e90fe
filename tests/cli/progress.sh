#!/bin/sh
# --all on a terminal draws a progress bar (done/total, file, elapsed and
# remaining time); off a terminal it prints only failures and the summary.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/cli/minimal.sh"
need script
mkdir "$T/src"
for i in 1 2 3; do write_doc "$T/src/d$i.yaml" "$i"; done
write_bad "$T/src/bad.yaml"
cd "$T" || exit 1
script -qec "'$ISOEXPORT' --all -f dump -o tty src" typescript >/dev/null 2>&1
tr '\r' '\n' <typescript | sed 's/\x1b\[K//g' >screen
grep -q '\] 4/4  0:0[0-9] elapsed, 0:0[0-9] left' screen || fail "no progress bar: $(cat screen)"
grep -q "^src/bad.yaml:8:13: error: invalid date '2026-02-30'" screen || fail "failure not shown on the terminal"
grep -q "3 converted, 1 failed, 0 skipped" screen || fail "no summary on the terminal"
"$ISOEXPORT" --all -f dump -o plain src >out 2>err
grep -q '\]' out err && fail "progress bar off a terminal"
[ "$(cat out)" = "3 converted, 1 failed, 0 skipped" ] || fail "stdout: $(cat out)"
[ "$(grep -c . err)" = 2 ] || fail "stderr should hold only the failure's errors: $(cat err)"
finish
