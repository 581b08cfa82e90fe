#!/bin/sh
# --due [DAYS] [DIR...] (docs/register.md): the reviews that fall within
# DAYS or have passed, most overdue first, as file:line lines, CSV or JSON;
# exit 1 when one is overdue, 0 when none is, 2 on a usage error.
. "$top_srcdir/tests/common.sh"
need python3
export ISOEXPORT_TODAY=2026-12-01

# doc FILE ID OWNER NEXT_REVIEW   (NEXT_REVIEW "derived": approved +
# review_interval, no next_review key)
doc() {
  {
    echo "document:"
    echo "  id: $2"
    echo "  title: Title of $2"
    echo "  version: \"1.0\""
    echo "  status: approved"
    echo "  owner: $3"
    echo "  approver: Jukka Korhonen"
    if [ "$4" = derived ]; then
      echo "  approved: 2025-12-05"
      echo "  review_interval: 12 months"
    else
      echo "  approved: 2025-01-15"
      echo "  next_review: $4"
    fi
    echo "sections:"
    echo "  - title: Purpose"
    echo "    content:"
    echo "      - A plain paragraph."
  } >"$1"
}

d=$T/docs
mkdir -p "$d/sub"
doc "$d/late.yaml" L-1 "Maria Virtanen" 2026-11-28     # 3 days overdue
doc "$d/sub/later.yaml" L-2 "Antti Laine" 2026-10-31   # 31 days overdue
doc "$d/today.yaml" T-1 "Maria Virtanen" 2026-12-01    # due today
doc "$d/soon.yaml" S-1 "Jukka Korhonen" 2026-12-11     # in 10 days
doc "$d/derived.yaml" D-1 "Maria Virtanen" derived     # 2026-12-05, in 4 days
doc "$d/far.yaml" F-1 "Maria Virtanen" 2027-03-01      # in 90 days
cd "$T" || exit 1

"$ISOEXPORT" --due docs >out 2>err; rc=$?
[ "$rc" = 1 ] || fail "--due with overdue reviews: exit $rc, want 1: $(cat err)"
cat >want <<'W'
docs/sub/later.yaml:9: next review 2026-10-31 (31 days overdue), owner Antti Laine
docs/late.yaml:9: next review 2026-11-28 (3 days overdue), owner Maria Virtanen
docs/today.yaml:9: next review 2026-12-01 (due today), owner Maria Virtanen
docs/derived.yaml:8: next review 2026-12-05 (in 4 days), owner Maria Virtanen
docs/soon.yaml:9: next review 2026-12-11 (in 10 days), owner Jukka Korhonen
W
cmp -s out want || fail "--due lines:$(diff want out)"
[ ! -s err ] || fail "--due printed on stderr: $(cat err)"
[ ! -e docs/late.pdf ] || fail "--due converted a document"

# DAYS as an operand and as --due=N
"$ISOEXPORT" --due 5 docs >out 2>err
[ "$(wc -l <out)" = 4 ] || fail "--due 5: $(cat out)"
"$ISOEXPORT" --due=0 docs >out 2>err
[ "$(wc -l <out)" = 3 ] || fail "--due=0: $(cat out)"
"$ISOEXPORT" --due 100 docs >out 2>err
[ "$(wc -l <out)" = 6 ] || fail "--due 100: $(cat out)"
[ "$(tail -n 1 out)" = "docs/far.yaml:9: next review 2027-03-01 (in 90 days), owner Maria Virtanen" ] ||
  fail "--due 100, last line: $(tail -n 1 out)"

# none overdue: exit 0, also when some are due soon
ISOEXPORT_TODAY=2026-10-01 "$ISOEXPORT" --due 60 docs >out 2>err; rc=$?
[ "$rc" = 0 ] || fail "--due with none overdue: exit $rc, want 0: $(cat out err)"
[ "$(wc -l <out)" = 2 ] || fail "--due 60 on 2026-10-01: $(cat out)"
ISOEXPORT_TODAY=2026-01-01 "$ISOEXPORT" --due docs >out 2>err; rc=$?
[ "$rc" = 0 ] && [ ! -s out ] || fail "--due with nothing due: exit $rc: $(cat out)"

# the current folder by default
(cd docs && "$ISOEXPORT" --due >../out 2>../err); rc=$?
[ "$rc" = 1 ] || fail "--due in the folder: exit $rc"
head -n 1 out | grep -q "^sub/later.yaml:9: next review" || fail "--due without DIR: $(cat out)"

# CSV and JSON, parsed
"$ISOEXPORT" --due --format csv docs >due.csv 2>err; rc=$?
[ "$rc" = 1 ] || fail "--due --format csv: exit $rc"
"$ISOEXPORT" --due 30 --format=json docs >due.json 2>err; rc=$?
[ "$rc" = 1 ] || fail "--due --format json: exit $rc"
python3 - <<'PY' || fail "--due csv/json: see above"
import csv, json, sys
bad = []
raw = open("due.csv", "rb").read().decode("utf-8")
rows = list(csv.DictReader(raw.splitlines()))
if not raw.endswith("\r\n"):
    bad.append("csv records do not end with CRLF")
if [r["file"] for r in rows] != ["docs/sub/later.yaml", "docs/late.yaml", "docs/today.yaml",
                                 "docs/derived.yaml", "docs/soon.yaml"]:
    bad.append("csv order %r" % [r["file"] for r in rows])
r = rows[0]
if (r["line"], r["id"], r["owner"], r["next_review"], r["days_until_review"], r["overdue"]) != \
   ("9", "L-2", "Antti Laine", "2026-10-31", "-31", "yes"):
    bad.append("csv row %r" % r)
j = json.load(open("due.json"))
if [x["id"] for x in j] != ["L-2", "L-1", "T-1", "D-1", "S-1"]:
    bad.append("json order %r" % [x["id"] for x in j])
if j[0] != {"file": "docs/sub/later.yaml", "line": 9, "id": "L-2", "title": "Title of L-2",
            "owner": "Antti Laine", "next_review": "2026-10-31", "days_until_review": -31,
            "overdue": True}:
    bad.append("json item %r" % j[0])
if j[3]["line"] != 8 or j[3]["overdue"] is not False or j[3]["days_until_review"] != 4:
    bad.append("derived json item %r" % j[3])
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY
ISOEXPORT_TODAY=2026-01-01 "$ISOEXPORT" --due --format json docs >empty.json 2>err; rc=$?
[ "$rc" = 0 ] && python3 -c "import json,sys; sys.exit(json.load(open('empty.json')) != [])" ||
  fail "--due json with nothing due: exit $rc: $(cat empty.json)"

# a document that cannot be read: its error on stderr, exit 1, the others listed
printf 'document:\n  id: [\n' >docs/broken.yaml
ISOEXPORT_TODAY=2026-01-01 "$ISOEXPORT" --due docs >out 2>err; rc=$?
[ "$rc" = 1 ] || fail "--due with a broken document: exit $rc, want 1"
grep -q "^docs/broken.yaml:[0-9]*:[0-9]*: error: " err || fail "--due: no error for the broken document: $(cat err)"
rm docs/broken.yaml

# usage errors
"$ISOEXPORT" --due --format xml docs >out 2>err; rc=$?
[ "$rc" = 2 ] || fail "--due --format xml: exit $rc, want 2"
assert_contains err "--due prints text, csv or json"
"$ISOEXPORT" --due=-1 docs >out 2>err; rc=$?
[ "$rc" = 2 ] || fail "--due=-1: exit $rc, want 2"
"$ISOEXPORT" --due --check docs >out 2>err; rc=$?
[ "$rc" = 2 ] || fail "--due --check: exit $rc, want 2"
finish
