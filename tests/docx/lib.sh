# Shared by the DOCX shell tests (source after tests/common.sh).

# docx_collect DIR: writes the DOCX files under test into DIR, each with the
# dump of its tree beside it (NAME.txt): the API-built documents of
# docx_parts (every node type, English and Finnish; api-edge.docx, awkward
# input, has no dump) and every sample the loader accepts.
docx_collect() {
  mkdir -p "$1"
  parts=$top_builddir/tests/docx/docx_parts
  [ -x "$parts" ] || { fail "$parts is not built"; return; }
  DOCX_EDGE_OUT=$1/api-edge.docx "$parts" "$1/api-en.docx" "$1/api-en.txt" >/dev/null 2>&1 ||
    fail "docx_parts could not write api-en.docx"
  "$parts" "$1/api-fi.docx" "$1/api-fi.txt" fi >/dev/null 2>&1 ||
    fail "docx_parts could not write api-fi.docx"
  n_samples=0
  if [ ! -x "$ISOEXPORT" ]; then
    echo "NOTE: $ISOEXPORT not built: samples not converted" >&2
    return
  fi
  for y in "$top_srcdir"/samples/*.yaml; do
    [ -f "$y" ] || continue
    b=$(basename "$y" .yaml)
    if ! "$ISOEXPORT" --check "$y" >/dev/null 2>"$1/$b.check"; then
      echo "NOTE: samples/$b.yaml does not load (loader not ready?): $(head -n 1 "$1/$b.check")" >&2
      continue
    fi
    "$ISOEXPORT" -q -f docx,dump -o "$1" "$y" 2>"$1/$b.err" ||
      fail "isoexport -f docx,dump $b.yaml: $(cat "$1/$b.err")"
    [ -f "$1/$b.docx" ] || fail "no $b.docx written"
    n_samples=$((n_samples + 1))
  done
  echo "docx: $n_samples sample(s) converted" >&2
}
