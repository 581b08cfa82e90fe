#!/bin/sh
# --check --format json and --format sarif: one report on stdout that
# python3 parses; SARIF 2.1.0's required structure (tool.driver.rules with
# ids and help, results with ruleId, ruleIndex, level, message and a
# physical location with startLine/startColumn), the same findings as the
# text output, the same report with one worker or several, file names
# escaped; and the one-line summary of a text --check.
. "$top_srcdir/tests/common.sh"
need python3
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
ISOEXPORT_TODAY=2026-06-01
export ISOEXPORT_TODAY
L=$top_srcdir/tests/lint
mkdir -p "$T/docs"
cp "$L/responsibility-vague.bad.yaml" "$L/policy-sections.bad.yaml" \
  "$L/history-order.bad.yaml" "$L/policy.good.yaml" "$T/docs/"
# a name JSON must escape and a URI must encode, and a document that fails
cp "$L/placeholder.bad.yaml" "$T/docs/a \"quoted\" name.yaml"
printf 'document: [\n' >"$T/docs/broken.yaml"
cd "$T" || exit 1

"$ISOEXPORT" --check docs >"$T/text.out" 2>"$T/text.err"
rc=$?
[ "$rc" -eq 1 ] || fail "text --check exited $rc, want 1 (broken.yaml)"
grep -qx "6 documents checked, 1 error, [0-9]* warnings" "$T/text.out" ||
  fail "summary: $(cat "$T/text.out")"
for fmt in json sarif; do
  for j in 1 2; do
    "$ISOEXPORT" --check -j $j --format $fmt docs >"$T/$fmt.$j" 2>"$T/$fmt.err"
    rc=$?
    [ "$rc" -eq 1 ] || fail "--format $fmt -j $j exited $rc, want 1"
    [ ! -s "$T/$fmt.err" ] || fail "--format $fmt printed on stderr: $(cat "$T/$fmt.err")"
  done
  cmp -s "$T/$fmt.1" "$T/$fmt.2" || fail "--format $fmt differs between -j 1 and -j 2"
done
"$ISOEXPORT" --check --format xml docs >/dev/null 2>"$T/err"
[ $? -eq 2 ] || fail "--check --format xml is not a usage error"
grep -q "unknown report format 'xml'" "$T/err" || fail "--format xml: $(cat "$T/err")"
# writer names, as --check took before it had reports: checked as text
"$ISOEXPORT" --check -f pdf "$L/policy.good.yaml" >"$T/out" 2>&1 || fail "--check -f pdf exited $?"
grep -qx "1 document checked, 0 errors, 0 warnings" "$T/out" || fail "--check -f pdf: $(cat "$T/out")"

python3 - "$T/text.err" "$T/json.1" "$T/sarif.1" <<'PY' || fail "reports"
import json, re, sys
text = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l]
rep = json.load(open(sys.argv[2], encoding="utf-8"))
sarif = json.load(open(sys.argv[3], encoding="utf-8"))
bad = []
def check(cond, what):
    if not cond:
        bad.append(what)

# the text findings: file:line:column: severity: message [rule]
want = []
for l in text:
    m = re.match(r"(.*?):(\d+):(\d+): (error|warning): (.*?)(?: \[([a-z-]+)\])?$", l)
    check(m, "text line not compiler style: " + l)
    if m:
        want.append((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4),
                     m.group(6) or "format", m.group(5)))
want.sort(key=lambda w: w[0])  # stable: each file's findings stay in order

# JSON
check(rep["tool"] == "isoexport" and rep["documents"] == 6, "json header %r" % rep)
got = [(f["file"], f["line"], f["column"], f["severity"], f["rule"], f["message"])
       for f in rep["findings"]]
check(got == want, "json findings differ from the text output:\n%r\n%r" % (got, want))
check(rep["errors"] == sum(w[3] == "error" for w in want), "json error count")
check(rep["warnings"] == sum(w[3] == "warning" for w in want), "json warning count")
check(all(f["why"] for f in rep["findings"]), "a finding without a why")
check(any(f["file"] == 'docs/a "quoted" name.yaml' for f in rep["findings"]),
      "quoted file name lost")

# SARIF 2.1.0
check(sarif["version"] == "2.1.0", "sarif version")
check("sarif-2.1.0" in sarif["$schema"], "sarif $schema")
check(len(sarif["runs"]) == 1, "one run")
run = sarif["runs"][0]
drv = run["tool"]["driver"]
check(drv["name"] == "isoexport", "driver name")
rules = drv["rules"]
ids = [r["id"] for r in rules]
check(len(ids) == len(set(ids)), "duplicate rule ids")
for r in rules:
    check(re.fullmatch(r"[a-z][a-z-]*", r["id"]) is not None, "rule id " + r["id"])
    check(r["shortDescription"]["text"] and r["help"]["text"], "rule text " + r["id"])
for id in ("policy-principles", "placeholder", "history-order", "format"):
    check(id in ids, "rule %s missing" % id)
res = run["results"]
check(len(res) == len(want), "sarif results %d, text %d" % (len(res), len(want)))
for r, w in zip(res, want):
    check(r["ruleId"] == w[4], "ruleId %s, want %s" % (r["ruleId"], w[4]))
    check(ids[r["ruleIndex"]] == r["ruleId"], "ruleIndex of " + r["ruleId"])
    check(r["level"] == w[3], "level")
    check(r["message"]["text"] == w[5], "message")
    loc = r["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    check(re.fullmatch(r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+", uri) is not None,
          "not a URI reference: " + uri)
    check(loc["region"]["startLine"] == w[1] and loc["region"]["startColumn"] == w[2],
          "region of %s" % uri)
check(any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "docs/a%20%22quoted%22%20name.yaml" for r in res), "uri not percent-encoded")
if bad:
    print("\n".join(bad[:20]))
    sys.exit(1)
print("%d findings in text, JSON and SARIF" % len(want))
PY

# a clean document: exit 0, an empty findings list, SARIF with no results
"$ISOEXPORT" --check --format sarif "$L/policy.good.yaml" >"$T/clean" || fail "clean sarif exit $?"
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]['results']; sys.exit(len(r))" \
  "$T/clean" || fail "clean document has SARIF results"
"$ISOEXPORT" --check "$L/policy.good.yaml" >"$T/out" 2>"$T/err" || fail "clean --check exit $?"
grep -qx "1 document checked, 0 errors, 0 warnings" "$T/out" || fail "summary: $(cat "$T/out")"
"$ISOEXPORT" --check -q "$L/policy.good.yaml" >"$T/out" 2>&1 || fail "-q exit $?"
[ ! -s "$T/out" ] || fail "--check -q printed: $(cat "$T/out")"
finish
