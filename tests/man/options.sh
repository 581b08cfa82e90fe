#!/bin/sh
# `isoexport --help`, isoexport(1) and the bash completion list the same
# options. The help's options are every -x and --long word it prints; the
# man page's are those on the tag line of each .TP item; the completion's
# are its option list. An option missing from one of them fails.
. "$top_srcdir/tests/common.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
PAGE=$top_builddir/man/isoexport.1
COMP=$top_builddir/completion/isoexport
[ -f "$PAGE" ] || { fail "man/isoexport.1 is not built"; finish; }
opts() { grep -oE '(^|[^A-Za-z0-9-])--?[A-Za-z][A-Za-z0-9-]*' | grep -oE -- '--?[A-Za-z][A-Za-z0-9-]*' | sort -u; }
{ "$ISOEXPORT" --help; "$ISOEXPORT" new --help; } | opts >"$T/help"
# roff writes a minus as \-; tag lines are the line after .TP
sed -n '/^\.TP/{n;p;}' "$PAGE" | sed 's/\\-/-/g; s/\\f[BIRP]//g' | opts >"$T/man"
[ "$(wc -l <"$T/help")" -ge 20 ] || fail "only $(wc -l <"$T/help") options found in --help"
comm -23 "$T/help" "$T/man" >"$T/only-help"
comm -13 "$T/help" "$T/man" >"$T/only-man"
[ -s "$T/only-help" ] && fail "in --help but not in isoexport(1): $(tr '\n' ' ' <"$T/only-help")"
[ -s "$T/only-man" ] && fail "in isoexport(1) but not in --help: $(tr '\n' ' ' <"$T/only-man")"
if [ -f "$COMP" ]; then
  sed -n '/local opts="/,/"/p' "$COMP" | opts >"$T/comp"
  echo --language >>"$T/comp" # completed after `new`, not among the options
  sort -u -o "$T/comp" "$T/comp"
  comm -3 "$T/help" "$T/comp" >"$T/diff"
  [ -s "$T/diff" ] && fail "--help and the bash completion differ in: $(tr '\n\t' '  ' <"$T/diff")"
else
  fail "completion/isoexport is not built"
fi
echo "$(wc -l <"$T/help") options compared" >&2
finish
