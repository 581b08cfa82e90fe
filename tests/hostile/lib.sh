# Shared set-up for the hostile-input catalogue (tests/hostile/*.sh): source
# it after tests/common.sh. Every reproducer runs the program under a time
# limit (a hang fails, it does not stall the suite) and, outside sanitizer
# builds, under a memory limit (a runaway fails quickly instead of swapping).
#   hostile_run SECONDS ARGS...   runs isoexport; sets $rc, stderr in $T/err
#   expect_refused NAME MESSAGE   $rc must be 1 and $T/err must hold MESSAGE
#   expect_ok NAME                $rc must be 0
#   assert_empty_dir NAME DIR     DIR missing or empty (no partial output)
HOSTILE_MEM_KB=${HOSTILE_MEM_KB:-1048576}

hostile_run() {
  limit=$1
  shift
  if [ -n "${ISOEXPORT_SANITIZED:-}" ]; then
    # sanitizers reserve terabytes of address space: no ulimit -v, more time
    timeout -k 2 $((limit * 4)) "$ISOEXPORT" "$@" >"$T/out" 2>"$T/err" </dev/null
  else
    (ulimit -v "$HOSTILE_MEM_KB"
     exec timeout -k 2 "$limit" "$ISOEXPORT" "$@" >"$T/out" 2>"$T/err" </dev/null)
  fi
  rc=$?
  case $rc in
    124|137) echo "(timed out after ${limit}s)" >>"$T/err" ;;
  esac
}

expect_refused() {
  [ "$rc" -eq 1 ] || { fail "$1: exit $rc, want 1: $(head -c 600 "$T/err")"; return; }
  grep -qF -- "$2" "$T/err" || fail "$1: stderr lacks '$2': $(head -c 600 "$T/err")"
}

expect_ok() {
  [ "$rc" -eq 0 ] || fail "$1: exit $rc, want 0: $(head -c 600 "$T/err")"
}

assert_empty_dir() {
  if [ -d "$2" ] && [ -n "$(ls -A "$2")" ]; then
    fail "$1: left $(ls -A "$2" | head -5 | tr '\n' ' ') in $2"
  fi
}

# A minimal valid document.
#   minimal_doc FILE [META_LINES] [SECTION_CONTENT_LINES]
# META_LINES are indented two spaces (under `document:`); SECTION_CONTENT_LINES
# six (items of the one section's `content:` list).
minimal_doc() {
  {
    echo "document:"
    echo "  id: HOST-01"
    echo "  title: Hostile input"
    echo "  version: \"1.0\""
    echo "  status: draft"
    echo "  owner: Maria Virtanen"
    echo "  next_review: 2030-01-01"
    [ -z "${2:-}" ] || printf '%s\n' "$2"
    echo "sections:"
    echo "  - title: Purpose"
    echo "    content:"
    echo "      - A plain paragraph."
    [ -z "${3:-}" ] || printf '%s\n' "$3"
  } >"$1"
}
