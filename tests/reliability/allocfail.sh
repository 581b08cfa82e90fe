#!/bin/sh
# Runs the allocation-failure injection over the loader and every writer,
# and over the PDF writer's UTF-8 font path.
. "$top_srcdir/tests/common.sh"
cd "$top_srcdir/tests/reliability" || exit 1
"$top_builddir/tests/reliability/allocfail" small.yaml loader docx odt pdf || fail "small.yaml"
"$top_builddir/tests/reliability/allocfail" small-unicode.yaml pdf || fail "small-unicode.yaml"
finish
