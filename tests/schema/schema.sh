#!/bin/sh
# The JSON Schema for editors (share/isoexport/isoexport.schema.json):
# every sample, loader case, lint document and scaffold validates; a chosen
# set of tests/bad/ documents (those the schema can see: unknown keys, wrong
# types, enumerations, date forms, required keys) is rejected, as the
# loader rejects them; the loader's keys (src/loader/*.c) and the schema's
# are the same set; the samples and `isoexport new` name the schema in a
# yaml-language-server line that resolves to it.
. "$top_srcdir/tests/common.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
PY=/usr/bin/python3
$PY -c 'import jsonschema, yaml' 2>/dev/null ||
  skip "python3-jsonschema and python3-yaml are not installed (scripts/install-deps)"
SCHEMA=$top_srcdir/share/isoexport/isoexport.schema.json
BAD="approved-without-approver block-indent block-two-keys caption-too-long
  content-map control-flags control-texts date-malformed distribution-map
  empty-version enum-language enum-status enum-type history-missing-field
  image-width keywords-string list-item-table missing-owner missing-title
  no-next-review not-a-map objectives-fields orientation-table
  orientation-value pagebreak-false review-interval
  risks-unknown-key roles-not-list sections-map signoff-bad-date
  signoff-empty-role signoff-entry-string signoff-missing-role
  signoff-not-list signoff-role-list signoff-too-many signoff-unknown-key
  table-widths title-list unknown-block unknown-key-suggestion unknown-top-key"

bad_files=""
for b in $BAD; do
  f=$top_srcdir/tests/bad/$b.yaml
  [ -f "$f" ] || { fail "tests/bad/$b.yaml is gone: update the list in $0"; continue; }
  # the loader refuses each of them, so the schema must too
  "$ISOEXPORT" --check -q "$f" >/dev/null 2>&1
  [ $? -eq 1 ] || fail "tests/bad/$b.yaml: the loader does not refuse it"
  bad_files="$bad_files $f"
done

# isoexport new: every scaffold, with the line naming the schema
ISOEXPORT_TEMPLATES=$top_srcdir/templates/scaffolds
export ISOEXPORT_TEMPLATES
for lang in en fi; do
  for type in policy manual procedure instruction; do
    "$ISOEXPORT" new "$type" --language "$lang" "$T/$type-$lang.yaml" >/dev/null 2>"$T/err" ||
      fail "new $type --language $lang: $(cat "$T/err")"
    line=$(head -n 1 "$T/$type-$lang.yaml")
    path=${line#\# yaml-language-server: \$schema=}
    # a build in the source folder names its share/; any other build the
    # installed schema, which `make check` has not installed yet
    case $path in
    /*/share/isoexport/isoexport.schema.json)
      [ ! -e "$path" ] && [ "$path" != "$top_srcdir/share/isoexport/isoexport.schema.json" ] ||
        cmp -s "$path" "$SCHEMA" || fail "new $type-$lang: '$line' does not name the schema" ;;
    *) fail "new $type-$lang: the first line is not an absolute yaml-language-server \$schema line: '$line'" ;;
    esac
  done
done

# the samples name the schema relative to themselves (an editor resolves
# a relative path from the file's folder)
for f in "$top_srcdir"/samples/*.yaml; do
  line=$(grep -m1 '^# yaml-language-server: \$schema=' "$f") ||
    { fail "$f: no yaml-language-server \$schema line"; continue; }
  rel=${line#\# yaml-language-server: \$schema=}
  cmp -s "$(dirname "$f")/$rel" "$SCHEMA" || fail "$f: '$rel' does not lead to the schema"
done

# good documents: they load (no errors), and the schema accepts them
good="$top_srcdir/samples/*.yaml $top_srcdir/tests/cases/*.yaml $top_srcdir/tests/lint/*.yaml $T/*.yaml"
# shellcheck disable=SC2086
"$ISOEXPORT" --check -q $good >/dev/null 2>"$T/err"
grep ': error: ' "$T/err" | grep -v '\[review-overdue\]\|\[not-approved\]' >"$T/errors"
[ -s "$T/errors" ] && fail "good documents with errors: $(head -5 "$T/errors")"
# shellcheck disable=SC2086
$PY "$top_srcdir/tests/schema/check.py" "$top_srcdir" "$SCHEMA" $good -- $bad_files >"$T/out" 2>&1 ||
  fail "$(cat "$T/out")"
cat "$T/out" >&2
finish
