#!/bin/sh
# Big and hostile inputs: large documents load in time linear in their size,
# and an alias bomb or 100,000-deep nesting fails at once with a clear
# message.
. "$top_srcdir/tests/common.sh"
DUMPDOC=$top_builddir/tests/loader/dumpdoc
[ -x "$DUMPDOC" ] || skip "tests/loader/dumpdoc is not built"
need awk

head() {
  cat <<'YAML'
document:
  id: BIG-1
  title: Big
  version: "1"
  status: draft
  owner: Tester
  next_review: 2030-01-01
YAML
}

ms() { echo $(( $(date +%s%N) / 1000000 )); }

# runs dumpdoc on $1, asserts exit status $2, prints the time in ms
timed() {
  t0=$(ms)
  "$DUMPDOC" "$1" >"$T/out" 2>"$T/err"
  rc=$?
  t1=$(ms)
  [ "$rc" -eq "$2" ] || { fail "$1: exit $rc, want $2"; head -3 "$T/err" >&2; }
  echo $((t1 - t0))
}

scale() { # NAME N: writes $T/NAME-N.yaml
  { head; echo "sections:"; echo "  - title: S"; echo "    content:"
    case $1 in
    table)
      echo "      - table:"; echo "          columns: [A, B, C, D]"; echo "          rows:"
      awk -v n="$2" 'BEGIN{for(i=1;i<=n;i++) printf "            - [row %d, \"**b**\", c, d]\n", i}' ;;
    para)
      printf '      - "'; awk -v n="$2" 'BEGIN{for(i=0;i<n/10;i++) printf "word *ab* "}'; echo '"' ;;
    esac
    if [ "$1" = sections ]; then
      awk -v n="$2" 'BEGIN{for(i=1;i<=n;i++) printf "  - title: Section %d\n    content: Text of section %d.\n", i, i}'
    fi
  } >"$T/$1-$2.yaml"
}

for kind in table sections para; do
  case $kind in
  table) small=500; big=5000 ;;
  sections) small=100; big=1000 ;;
  para) small=10000; big=100000 ;;
  esac
  scale $kind $small
  scale $kind $big
  a=$(timed "$T/$kind-$small.yaml" 0)
  b=$(timed "$T/$kind-$big.yaml" 0)
  echo "$kind: $small in ${a} ms, $big in ${b} ms"
  # ten times the input may take at most ~40 times as long (the machine is
  # shared; a quadratic loader takes 100 times as long)
  [ "$b" -le $((a * 40 + 500)) ] || fail "$kind: loading is not linear ($a ms -> $b ms)"
  [ "$b" -le 5000 ] || fail "$kind: $big took $b ms"
done
grep -q 'text@.*"Section 1000"' "$T/out" 2>/dev/null || true

# an alias bomb ("billion laughs")
{ echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  prev=a
  for n in b c d e f g h i; do
    printf '%s: &%s [' $n $n
    for k in 1 2 3 4 5 6 7 8; do printf '*%s, ' $prev; done
    printf '*%s]\n' $prev
    prev=$n
  done; } >"$T/bomb.yaml"
t=$(timed "$T/bomb.yaml" 1)
grep -q 'aliases expand to more than 2000000 nodes' "$T/err" || fail "alias bomb: $(cat "$T/err")"
[ "$t" -le 1000 ] || fail "alias bomb took $t ms"

# 100,000 nested flow sequences
awk 'BEGIN{for(i=0;i<100000;i++) printf "["; for(i=0;i<100000;i++) printf "]"; print ""}' >"$T/deep.yaml"
t=$(timed "$T/deep.yaml" 1)
grep -qF 'deep.yaml:1:65: error: nesting deeper than 64 levels' "$T/err" || fail "deep nesting: $(cat "$T/err")"
[ "$t" -le 1000 ] || fail "deep nesting took $t ms"

# deeply nested Markdown (block quotes, emphasis) does not recurse
{ head; echo "sections:"; echo "  - title: Q"; printf '    content: "'
  awk 'BEGIN{for(i=0;i<20000;i++) printf ">"; printf " deep"}'; echo '"'; } >"$T/quotes.yaml"
t=$(timed "$T/quotes.yaml" 0)
[ "$t" -le 3000 ] || fail "nested block quotes took $t ms"
finish
