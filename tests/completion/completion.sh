#!/bin/sh
# The bash completion (completion/isoexport): sourced in bash, with and
# without bash-completion's helpers, it completes options, formats (a
# comma-separated list; --check's and --due's report formats), `new`'s
# types and languages, theme names, and .yaml/.yml files for documents.
. "$top_srcdir/tests/common.sh"
need bash
COMP=$top_builddir/completion/isoexport
[ -f "$COMP" ] || { fail "completion/isoexport is not built"; finish; }
cd "$T" || exit 1
mkdir -p docs/sub themes
: >policy.yaml; : >manual.yml; : >notes.txt; : >docs/a.yaml; : >key.p12
: >themes/corporate.yaml

# complete WORDS...: the completion of the last word (after a space when it
# is ""), one candidate a line, sorted (folders without their slash,
# which readline adds)
cat >"$T/run.bash" <<'EOS'
helpers=$1; comp=$2; shift 2
if [ "$helpers" = yes ]; then
  . /usr/share/bash-completion/bash_completion || exit 3
fi
. "$comp" || exit 4
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
_isoexport isoexport "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}" | sort
EOS

modes=no
[ -r /usr/share/bash-completion/bash_completion ] && modes="no yes"
for helpers in $modes; do
  # expect "WORDS" "CANDIDATES" (space-separated, sorted)
  expect() {
    # shellcheck disable=SC2086
    case $1 in
    *" ") got=$(ISOEXPORT_THEMES=$T/themes bash "$T/run.bash" "$helpers" "$COMP" isoexport $1 "") ;;
    *) got=$(ISOEXPORT_THEMES=$T/themes bash "$T/run.bash" "$helpers" "$COMP" isoexport $1) ;;
    esac
    got=$(printf '%s\n' "$got" | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$2" ] || fail "[bash-completion helpers: $helpers] isoexport $1<TAB>: got '$got', expected '$2'"
  }
  expect "--ch" "--check"
  expect "--sign" "--sign --sign-cert --sign-key --sign-pass-file --sign-role"
  expect "-f p" "pdf"
  expect "--format docx,o" "docx,odt"
  expect "-f docx," "docx,html docx,odt docx,pdf"
  expect "--check -f " "json sarif text"
  expect "--due 7 --format " "csv json text"
  expect "n" "new"
  expect "new " "instruction manual policy procedure"
  expect "new policy --language " "de en fi sv"
  expect "new policy --l" "--language"
  expect "new policy --language fi p" "policy.yaml"
  expect "-t " "corporate default docs manual.yml policy.yaml themes"
  expect "--theme c" "corporate"
  expect "--sign k" "key.p12"
  expect "-f pdf " "docs manual.yml policy.yaml themes"
  expect "--check docs/" "docs/a.yaml docs/sub"
  expect "--all d" "docs"
done
finish
