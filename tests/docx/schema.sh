#!/bin/sh
# Every part of every DOCX validates against the ECMA-376 schemas: word
# parts against wml.xsd, the package parts against the OPC schemas, the
# document properties against theirs; relationships resolve.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/docx/lib.sh"
need xmllint
need unzip
OOXML=$SCHEMAS/ooxml
[ -f "$OOXML/wml.xsd" ] || skip "no ECMA-376 schemas in $OOXML (set ISOEXPORT_SHARED)"

lint() { # SCHEMA FILE...
  schema=$1
  shift
  if ! out=$(xmllint --noout --schema "$schema" "$@" 2>&1); then
    fail "$(echo "$out" | grep -v validates | head -n 5)"
  fi
}

docx_collect "$T/out"
for f in "$T"/out/*.docx; do
  [ -f "$f" ] || continue
  d=$T/x/$(basename "$f" .docx)
  mkdir -p "$d"
  (cd "$d" && unzip -q "$f") || { fail "$f is not a ZIP"; continue; }
  [ "$(unzip -Z1 "$f" | head -n 1)" = "[Content_Types].xml" ] ||
    fail "$f: [Content_Types].xml is not the first entry"
  (cd "$d" && lint "$OOXML/wml.xsd" word/*.xml)
  (cd "$d" && lint "$OOXML/opc-xsd/opc-contentTypes.xsd" "[Content_Types].xml")
  (cd "$d" && lint "$OOXML/opc-xsd/opc-relationships.xsd" _rels/.rels word/_rels/*.rels)
  (cd "$d" && lint "$OOXML/local/opc-coreProperties-local.xsd" docProps/core.xml)
  (cd "$d" && lint "$OOXML/shared-documentPropertiesExtended.xsd" docProps/app.xml)
  (cd "$d" && lint "$OOXML/shared-documentPropertiesCustom.xsd" docProps/custom.xml)
  # every internal relationship target exists; every part has a content type
  for rels in "$d"/_rels/.rels "$d"/word/_rels/*.rels; do
    base=$(dirname "$(dirname "$rels")")
    for t in $(sed 's/<Relationship /\n&/g' "$rels" | grep -v 'TargetMode="External"' |
      grep -o 'Target="[^"]*"' | sed 's/Target="//; s/"$//'); do
      [ -f "$base/$t" ] || fail "$f: $(basename "$rels") points at missing $t"
    done
  done
  for p in $(cd "$d" && find word docProps -name '*.xml' ! -path '*_rels*'); do
    grep -q "PartName=\"/$p\"" "$d/[Content_Types].xml" ||
      fail "$f: no content type for $p"
  done
done
# the independent validator, where the shared folder has it
if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T"/out/*.docx >"$T/validate.log" 2>&1 ||
    fail "conformance/validate: $(grep -A3 FAIL "$T/validate.log" | head -n 12)"
fi
finish
