#!/bin/sh
# The complete example in the format contract (../shared/spec) checks clean
# and converts to all three formats.
. "$top_srcdir/tests/common.sh"
need python3
spec=$SHARED/spec/document-format.md
[ -f "$spec" ] || skip "no $spec (set ISOEXPORT_SHARED)"
python3 - "$spec" "$T/example.yaml" <<'PY' || fail "no example in $spec"
import re, sys
m = re.search(r"## A complete small example\n\n```yaml\n(.*?)```", open(sys.argv[1]).read(), re.S)
sys.exit(1) if not m else open(sys.argv[2], "w").write(m.group(1))
PY
# a fixed "today": the example's review date must not expire the test.
# The example is small: it loads without an error, and the content lint
# (docs/format.md, "Lint rules") asks only for what a full policy adds:
# the seed's other sections, principles and 3-5 objectives.
ISOEXPORT_TODAY=2026-06-01 "$ISOEXPORT" --check "$T/example.yaml" >"$T/sum" 2>"$T/err" || fail "--check: $(cat "$T/err")"
grep -v ': warning: .* \[[a-z-]*\]$' "$T/err" >"$T/other" && fail "not lint warnings: $(cat "$T/other")"
sed -n 's/.* \[\([a-z-]*\)\]$/\1/p' "$T/err" | sort -u | tr '\n' ' ' >"$T/rules"
[ "$(cat "$T/rules")" = "policy-objective-count policy-principles policy-sections " ] ||
  fail "unexpected lint findings: $(cat "$T/err")"
"$ISOEXPORT" -o "$T/out" "$T/example.yaml" || fail "conversion exit $?"
for e in docx odt pdf; do [ -s "$T/out/example.$e" ] || fail "no example.$e"; done
finish
