#!/bin/sh
# PDF/A-3b (--pdfa, the theme key pdfa): the structural checks of ISO
# 19005-3 this project can make without a PDF/A validator: XMP metadata that
# parses and names part 3 and conformance B and agrees with the Info
# dictionary, an sRGB output intent with an ICC profile, every font
# embedded, /ID in the trailer, no encryption, the Print flag on every
# annotation, the YAML source and the images attached as associated files
# (AFRelationship /Source) whose bytes equal the files; qpdf is content;
# signing keeps all of it; without --pdfa nothing of it is there.
. "$top_srcdir/tests/common.sh"
need qpdf
need pdfdetach
need pdffonts
need pdfinfo
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
SAMPLES=$top_srcdir/samples
SAMPLE=$SAMPLES/information-security-policy.yaml

# check_pdfa FILE SOURCE: every structural check on FILE, made from SOURCE
check_pdfa() {
  f=$1 src=$2 b=$(basename "$1" .pdf)
  qpdf --check "$f" >"$T/qpdf" 2>&1 || fail "$b: qpdf --check: $(cat "$T/qpdf")"
  pdfinfo "$f" >"$T/info" 2>&1 || fail "$b: pdfinfo failed"
  assert_contains "$T/info" "Encrypted:       no"
  assert_contains "$T/info" "Metadata Stream: yes"
  pdfinfo -meta "$f" >"$T/xmp" 2>/dev/null
  pdffonts "$f" 2>/dev/null | tail -n +3 >"$T/fonts"
  if awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' "$T/fonts"; then
    fail "$b: a font is not embedded: $(cat "$T/fonts")"
  fi
  qpdf --json "$f" >"$T/json" 2>/dev/null || fail "$b: qpdf --json failed"
  "$PY" - "$T/xmp" "$T/info" "$T/json" <<'EOF' || fail "$b: PDF/A structure (see above)"
import json, sys, xml.etree.ElementTree as ET
xmp = open(sys.argv[1], encoding="utf-8").read()
root = ET.fromstring(xmp[xmp.index("<x:xmpmeta"):xmp.index("</x:xmpmeta>") + 12])
ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "dc": "http://purl.org/dc/elements/1.1/",
      "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/",
      "ctl": "urn:isoexport:ns:document-control:1.0/",
      "ext": "http://www.aiim.org/pdfa/ns/extension/",
      "sch": "http://www.aiim.org/pdfa/ns/schema#",
      "prop": "http://www.aiim.org/pdfa/ns/property#"}
def one(path):
    e = root.find(".//" + path, ns)
    assert e is not None, "XMP lacks " + path
    return e.text
assert one("pdfaid:part") == "3"
assert one("pdfaid:conformance") == "B"
info = {}
for line in open(sys.argv[2], encoding="utf-8"):
    k, _, v = line.partition(":")
    info[k.strip()] = v.strip()
assert one("dc:title/rdf:Alt/rdf:li") == info["Title"], "dc:title"
assert one("dc:creator/rdf:Seq/rdf:li") == info["Author"], "dc:creator"
assert one("dc:description/rdf:Alt/rdf:li") == info["Subject"], "dc:description"
assert one("pdf:Producer") == info["Producer"], "pdf:Producer"
assert one("xmp:CreatorTool") == info["Creator"], "xmp:CreatorTool"
if "Keywords" in info:
    assert one("pdf:Keywords") == info["Keywords"], "pdf:Keywords"
assert one("xmp:CreateDate") == one("xmp:ModifyDate")
# the document-control values, each described in the extension schema
described = {e.text for e in root.iterfind(".//prop:name", ns)}
assert one("sch:namespaceURI") == ns["ctl"]
for e in root.iterfind(".//{%s}*" % ns["ctl"]):
    name = e.tag.split("}")[1]
    assert name in described, "undescribed property " + name
assert one("ctl:status") in ("draft", "review", "approved", "retired")
assert one("ctl:documentId")

j = json.load(open(sys.argv[3]))
objs = j["qpdf"][1]  # qpdf 11's JSON v2: "obj:N 0 R" -> value or stream
def deref(v):
    if not (isinstance(v, str) and v.endswith(" R")):
        return v
    o = objs["obj:" + v]
    return o["value"] if "value" in o else {"dict": o["stream"]["dict"]}
trailer = objs["trailer"]["value"]
assert "/ID" in trailer and len(trailer["/ID"]) == 2, "no /ID"
assert "/Encrypt" not in trailer
cat = deref(trailer["/Root"])
oi = [deref(x) for x in cat["/OutputIntents"]]
assert oi[0]["/S"] == "/GTS_PDFA1", oi
prof = deref(oi[0]["/DestOutputProfile"])
assert prof["dict"]["/N"] == 3, prof
afs = [deref(x) for x in cat["/AF"]]
assert afs and all(a["/AFRelationship"] == "/Source" for a in afs), afs
for a in afs:
    assert a["/Type"] == "/Filespec" and "/UF" in a and "/F" in a
    ef = deref(a["/EF"]["/F"])
    assert ef["dict"]["/Type"] == "/EmbeddedFile" and "/Subtype" in ef["dict"], ef
# every annotation prints and is not hidden (ISO 19005-3, 6.3.2)
for p in j["pages"]:
    page = deref(p["object"])
    for a in page.get("/Annots", []):
        a = deref(a)
        flags = a.get("/F", 0)
        assert flags & 4 and not flags & (1 | 2 | 32), a
EOF
  # the attachments: the source first, byte for byte
  pdfdetach -list "$f" >"$T/list" 2>&1 || fail "$b: pdfdetach -list failed"
  assert_contains "$T/list" "$(basename "$src")"
  rm -f "$T/detached"
  n=$(grep -n ": $(basename "$src")\$" "$T/list" | head -1 | cut -d: -f2 | tr -d ' ')
  pdfdetach -save "${n:-1}" -o "$T/detached" "$f" 2>/dev/null
  cmp -s "$T/detached" "$src" || fail "$b: the attached source differs from $src"
}

# --pdfa on every sample (the policy has a logo, the manual links)
mkdir -p "$T/a"
for y in "$SAMPLES"/*.yaml; do
  "$ISOEXPORT" -q -f pdf --pdfa -o "$T/a" "$y" 2>"$T/err" ||
    fail "--pdfa $(basename "$y"): $(cat "$T/err")"
  check_pdfa "$T/a/$(basename "$y" .yaml).pdf" "$y"
done
# the logo is attached with the source, and is the same file
pdfdetach -list "$T/a/information-security-policy.pdf" >"$T/list"
assert_contains "$T/list" "logo.png"
n=$(grep -n ": logo.png\$" "$T/list" | cut -d: -f1)
pdfdetach -save "$((n - 1))" -o "$T/logo" "$T/a/information-security-policy.pdf" 2>/dev/null
cmp -s "$T/logo" "$SAMPLES/images/logo.png" || fail "the attached logo differs"

# reproducible
mkdir -p "$T/again"
"$ISOEXPORT" -q -f pdf --pdfa -o "$T/again" "$SAMPLE"
cmp -s "$T/a/information-security-policy.pdf" "$T/again/information-security-policy.pdf" ||
  fail "two --pdfa runs differ"

# the theme key does the same
mkdir -p "$T/theme" "$T/t"
printf 'name: archive\npdfa: true\n' >"$T/theme/archive.yaml"
"$ISOEXPORT" -q -f pdf -t "$T/theme/archive.yaml" -o "$T/t" "$SAMPLE" 2>"$T/err" ||
  fail "pdfa: true: $(cat "$T/err")"
check_pdfa "$T/t/information-security-policy.pdf" "$SAMPLE"
printf 'name: archive\npdfa: yes\n' >"$T/theme/bad.yaml"
"$ISOEXPORT" -q -f pdf -t "$T/theme/bad.yaml" -o "$T/t" "$SAMPLE" 2>"$T/err" &&
  fail "pdfa: yes was accepted"
assert_contains "$T/err" "bad.yaml:2:7: error: pdfa must be true or false, not 'yes'"

# signing keeps PDF/A, and the signature covers it
if command -v pdfsig >/dev/null 2>&1 && command -v openssl >/dev/null 2>&1; then
  . "$top_srcdir/tests/pdf/keys.sh"
  mkdir -p "$T/s"
  SOURCE_DATE_EPOCH=$NOW_PLUS ISOEXPORT_SIGN_PASSWORD='s3cret pass' \
    "$ISOEXPORT" -q -f pdf --pdfa --sign "$K/signer.p12" \
    --sign-role "Chief Executive Officer" -o "$T/s" "$SAMPLE" 2>"$T/err" ||
    fail "--pdfa --sign: $(cat "$T/err")"
  check_pdfa "$T/s/information-security-policy.pdf" "$SAMPLE"
  pdfsig "$T/s/information-security-policy.pdf" >"$T/sig" 2>&1
  assert_contains "$T/sig" "Signature is Valid."
  assert_contains "$T/sig" "Total document signed"
fi

# without --pdfa: none of it
mkdir -p "$T/plain"
"$ISOEXPORT" -q -f pdf -o "$T/plain" "$SAMPLE"
for key in /Metadata /OutputIntents /EmbeddedFile /AF; do
  assert_not_contains "$T/plain/information-security-policy.pdf" "$key"
done
finish
