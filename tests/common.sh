# Shared set-up for the shell tests: source it first.
#   ISOEXPORT    the program under test
#   top_srcdir   the source tree (samples, schemas live relative to it)
#   T            a fresh temporary folder, removed on exit
# Exit codes follow automake: 0 pass, 1 fail, 77 skip.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${ISOEXPORT:=$top_builddir/isoexport}"
SHARED=${ISOEXPORT_SHARED:-$top_srcdir/../shared}
SCHEMAS=$SHARED/schemas
T=$(mktemp -d "${TMPDIR:-/tmp}/isoexport-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1773532800}
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "SKIP: $*" >&2; exit 77; }
need() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed"; }
# pass when the named file contains the fixed string
assert_contains() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2'"; }
assert_not_contains() { ! grep -qF -- "$2" "$1" || fail "$1 contains '$2'"; }
finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
  exit 0
}

# convert_samples FORMAT DIR: every sample into DIR as FORMAT, with its tree
# dump (NAME.txt) beside it; any sample that fails is a test failure.
convert_samples() {
  n_samples=0
  for y in "$top_srcdir"/samples/*.yaml; do
    [ -f "$y" ] || continue
    b=$(basename "$y" .yaml)
    "$ISOEXPORT" -q -f "$1,dump" -o "$2" "$y" 2>"$2/$b.err" ||
      fail "isoexport -f $1,dump $b.yaml: $(cat "$2/$b.err")"
    [ -f "$2/$b.$1" ] || fail "no $b.$1 written"
    n_samples=$((n_samples + 1))
  done
  [ "$n_samples" -gt 0 ] || fail "no samples in $top_srcdir/samples"
  echo "$1: $n_samples sample(s) converted" >&2
}
