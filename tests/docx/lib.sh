# Shared by the DOCX shell tests (source after tests/common.sh).

# docx_collect DIR: writes the DOCX files under test into DIR, each with the
# dump of its tree beside it (NAME.txt): the API-built documents of
# docx_parts (every node type, English and Finnish; api-edge.docx, awkward
# input, has no dump) and every sample.
docx_collect() {
  mkdir -p "$1"
  parts=$top_builddir/tests/docx/docx_parts
  [ -x "$parts" ] || { fail "$parts is not built"; return; }
  DOCX_EDGE_OUT=$1/api-edge.docx "$parts" "$1/api-en.docx" "$1/api-en.txt" >/dev/null 2>&1 ||
    fail "docx_parts could not write api-en.docx"
  "$parts" "$1/api-fi.docx" "$1/api-fi.txt" fi >/dev/null 2>&1 ||
    fail "docx_parts could not write api-fi.docx"
  convert_samples docx "$1"
}
