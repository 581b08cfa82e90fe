#!/bin/sh
# Runs the allocation-failure injection over the loader and every writer.
. "$top_srcdir/tests/common.sh"
cd "$top_srcdir/tests/reliability" || exit 1
"$top_builddir/tests/reliability/allocfail" small.yaml loader docx odt pdf
