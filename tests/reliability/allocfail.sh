#!/bin/sh
# Runs the allocation-failure injection over the loader and every writer,
# and over the PDF writer's UTF-8 font path.
. "$top_srcdir/tests/common.sh"
cd "$top_srcdir/tests/reliability" || exit 1
run() {
  "$top_builddir/tests/reliability/allocfail" "$@"; rc=$?
  [ "$rc" = 77 ] && exit 77 # a sanitizer build: the program says why
  [ "$rc" = 0 ] || fail "allocfail $*: exit $rc"
}
run small.yaml loader docx odt pdf html
run small-unicode.yaml pdf
finish
