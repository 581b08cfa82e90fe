#!/bin/sh
# The lint rules, one bad/good pair each (docs/format.md, "Lint rules"):
# tests/lint/RULE.bad.yaml must give exactly the lines of RULE.bad.expect
# on stderr (each naming its rule id, in file order), and RULE.good.yaml
# nothing at all; a "# args:" line gives extra options (--strict). Every
# rule of the program's table has its pair.
. "$top_srcdir/tests/common.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
cd "$top_srcdir" || exit 1
ISOEXPORT_TODAY=2026-06-01
export ISOEXPORT_TODAY
n=0
for bad in tests/lint/*.bad.yaml; do
  rule=$(basename "$bad" .bad.yaml)
  good=tests/lint/$rule.good.yaml
  expect=tests/lint/$rule.bad.expect
  [ -f "$good" ] || fail "$good is missing"
  [ -f "$expect" ] || { fail "$expect is missing"; continue; }
  n=$((n + 1))
  args=$(sed -n 's/^# args: //p' "$bad")
  want=0
  [ -n "$args" ] && want=1 # --strict refuses what it finds
  # shellcheck disable=SC2086
  "$ISOEXPORT" --check $args "$bad" >"$T/out" 2>"$T/err"
  rc=$?
  [ "$rc" -eq "$want" ] || fail "$bad: --check $args exited $rc, want $want"
  if ! cmp -s "$T/err" "$expect"; then
    fail "$bad: findings differ from $expect"
    diff -u "$expect" "$T/err" | head -20 >&2
  fi
  grep -qF "[$rule]" "$T/err" || fail "$bad: no finding of rule $rule"
  # file order: line and column never go back
  sed 's/^[^:]*:\([0-9]*\):\([0-9]*\):.*/\1 \2/' "$T/err" |
    sort -n -k1,1 -k2,2 -c 2>/dev/null || fail "$bad: findings not in file order"
  grep -q "^1 document checked, " "$T/out" || fail "$bad: no summary line: $(cat "$T/out")"
  # shellcheck disable=SC2086
  "$ISOEXPORT" --check $args "$good" >"$T/out" 2>"$T/err"
  rc=$?
  [ "$rc" -eq 0 ] || fail "$good: --check $args exited $rc"
  [ ! -s "$T/err" ] || fail "$good: findings: $(cat "$T/err")"
  grep -qx "1 document checked, 0 errors, 0 warnings" "$T/out" ||
    fail "$good: summary: $(cat "$T/out")"
done
# policy-length over 8 pages: the stronger warning (the bad case's section
# of procedure details, three times over)
awk '/^  - title: Supplier and procedure details/ {p = 1} p' \
  tests/lint/policy-length.bad.yaml >"$T/more"
{ cat tests/lint/policy-length.bad.yaml; cat "$T/more" "$T/more"; } >"$T/long.yaml"
"$ISOEXPORT" --check "$T/long.yaml" >"$T/out" 2>"$T/err"
grep -q "warning: the policy's text is [0-9]* pages long as laid out: over 8 pages it mixes policy with procedures" "$T/err" ||
  fail "a long policy: $(cat "$T/err")"
# the base policy is clean even under --strict
"$ISOEXPORT" --check --strict tests/lint/policy.good.yaml >"$T/out" 2>"$T/err" ||
  fail "policy.good.yaml: --strict: $(cat "$T/err")"
# every rule the program knows has its pair (the SARIF report lists them)
"$ISOEXPORT" --check --format sarif tests/lint/policy.good.yaml >"$T/sarif" ||
  fail "--format sarif exited $?"
python3 - "$T/sarif" >"$T/ids" <<'PY' || fail "cannot read the rule ids"
import json, sys
for r in json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]:
    print(r["id"])
PY
while IFS= read -r id; do
  [ "$id" = format ] && continue
  [ -f "tests/lint/$id.bad.yaml" ] || fail "rule $id has no tests/lint/$id.bad.yaml"
  grep -qF "\`$id\`" docs/format.md || fail "rule $id is not documented in docs/format.md"
done <"$T/ids"
[ "$n" -ge 22 ] || fail "only $n rule cases (want 22)"
echo "$n rules checked"
finish
