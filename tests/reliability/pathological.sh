#!/bin/sh
# Pathological inputs: each converts (or is refused with a reason) within a
# few seconds, and time grows linearly with size.
. "$top_srcdir/tests/common.sh"
need python3
cd "$T" || exit 1
python3 "$top_srcdir/tests/reliability/pathological.py" "$T" || fail "generator"

# runs isoexport with a time limit; prints wall milliseconds
run() {
  start=$(date +%s%N)
  timeout 20 "$ISOEXPORT" -j1 "$@" >"$T/out.log" 2>&1; rc=$?
  end=$(date +%s%N)
  echo "$rc $(( (end - start) / 1000000 ))"
}
refused() { # FILE MESSAGE: exit 1 with a positioned error containing MESSAGE
  set -- "$1" "$2" $(run -o "$T/o" "$1")
  [ "$3" = 1 ] || fail "$1: exit $3, want 1"
  grep -q "^$1:[0-9]*:[0-9]*: error: .*$2" "$T/out.log" || fail "$1: $(head -3 "$T/out.log")"
  [ "$4" -lt 5000 ] || fail "$1 took $4 ms"
}
converts() { # FILE: exit 0, all three formats, within 10 s
  set -- "$1" $(run -o "$T/o" "$1")
  [ "$2" = 0 ] || fail "$1: exit $2: $(head -5 "$T/out.log")"
  [ "$3" -lt 10000 ] || fail "$1 took $3 ms"
  b=$(basename "$1" .yaml)
  for e in docx odt pdf; do [ -s "$T/o/$b.$e" ] || fail "$1: no $e"; done
  echo "$1: $3 ms"
}

refused deep.yaml "nest"
refused aliases.yaml "alias"
converts paragraph.yaml
converts longword.yaml
converts table.yaml
converts sections.yaml
converts empty.yaml
converts unicode.yaml

# Linear growth: 10x the input may cost at most 20x the time (quadratic
# behaviour would be about 100x). Best of three runs each.
best() {
  b=999999
  for i in 1 2 3; do
    set -- "$1" $(run -o "$T/g" "$1")
    [ "$2" = 0 ] || fail "$1: exit $2"
    [ "$3" -lt "$b" ] && b=$3
  done
  echo "$b"
}
for k in table paragraph sections heading cell captions; do
  t1=$(best "${k}-1x.yaml"); t10=$(best "${k}-10x.yaml")
  echo "$k: 1x $t1 ms, 10x $t10 ms"
  [ "$t10" -le $(( t1 * 20 + 50 )) ] || fail "$k grows faster than linearly: 1x $t1 ms, 10x $t10 ms"
done
finish
