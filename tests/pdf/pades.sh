#!/bin/sh
# PAdES baseline B-B (ETSI EN 319 142-1) as a validator reads it: the CMS
# verifies with OpenSSL over the byte range, which is the whole file but
# the /Contents string; its signed attributes are content-type,
# message-digest and signing-certificate-v2 (the signer's certificate's
# SHA-256) and no signing-time (the time is /M); no unsigned attributes,
# no content inside. The catalog says PDF 1.7 and declares the ESIC
# extension. A certificate named in the sign-off list signs that entry's
# field, with its visible appearance; another signer signs an empty field
# later with poppler's pdfsig and both signatures stay valid; a changed
# byte before, in or after the update breaks the signature; an ECDSA key
# signs too, and two runs differ only inside /Contents. The one command of
# the issue (--pdfa --sign, every format) writes all three files.
. "$top_srcdir/tests/common.sh"
need pdfsig
need qpdf
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
. "$top_srcdir/tests/pdf/keys.sh"
export SOURCE_DATE_EPOCH=$NOW_PLUS
DOC=$top_srcdir/tests/cross/signoff.yaml

# cert NAME CN [EC]: $K/NAME.key and $K/NAME.pem, issued by the test CA,
# $K/NAME-chain.pem (the certificate, then the CA)
cert() {
  if [ -n "${3:-}" ]; then
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
      -out "$K/$1.key" >/dev/null 2>&1
  else
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 \
      -out "$K/$1.key" >/dev/null 2>&1
  fi &&
  openssl req -new -key "$K/$1.key" -out "$K/$1.csr" -subj "/CN=$2/O=Example Oy" \
    >/dev/null 2>&1 &&
  openssl x509 -req -in "$K/$1.csr" -CA "$K/ca.pem" -CAkey "$K/ca.key" \
    -CAcreateserial -out "$K/$1.pem" -days 30 -extfile "$K/ext.cnf" >/dev/null 2>&1 &&
  cat "$K/$1.pem" "$K/ca.pem" >"$K/$1-chain.pem" || fail "openssl could not make $1"
}
cert jukka "Jukka Korhonen"
cert ecdsa "Jukka Korhonen" ec

# extract FILE: the DER SignedData ($T/cms.der, without the zeros after
# it), the signed bytes ($T/signed.bin) and the byte range ($T/range: a b c
# d and the file's length)
extract() {
  "$PY" - "$1" "$T" <<'EOF' || fail "cannot read the signature of $1"
import re, sys
d = open(sys.argv[1], "rb").read()
m = re.findall(rb"/ByteRange \[(\d+) (\d+) (\d+) (\d+) *\]", d)
a, b, c, e = map(int, m[0])
assert a == 0
hole = d[b:c]
assert hole[:1] == b"<" and hole[-1:] == b">", hole[:8]
der = bytes.fromhex(hole[1:-1].decode())
assert der[0] == 0x30 and der[1] == 0x82, der[:4].hex()
der = der[:4 + (der[2] << 8 | der[3])]
assert not hole[1 + 2 * len(der):-1].strip(b"0"), "bytes after the DER"
open(sys.argv[2] + "/cms.der", "wb").write(der)
open(sys.argv[2] + "/signed.bin", "wb").write(d[a:b] + d[c:c + e])
open(sys.argv[2] + "/range", "w").write("%d %d %d %d %d\n" % (a, b, c, e, len(d)))
EOF
}

# cms_check: the CMS in $T/cms.der against $T/signed.bin and the CA, its
# structure printed into $T/cms.txt
cms_check() {
  openssl cms -verify -binary -inform DER -in "$T/cms.der" -content "$T/signed.bin" \
    -CAfile "$K/ca.pem" -purpose any -out /dev/null >"$T/verify" 2>&1 ||
    fail "openssl cms -verify: $(cat "$T/verify")"
  assert_contains "$T/verify" "Verification successful"
  openssl cms -cmsout -print -inform DER -in "$T/cms.der" >"$T/cms.txt" 2>&1 ||
    fail "openssl cms -print failed"
}

# --- a certificate named in the sign-off list signs that entry's field
mkdir -p "$T/a"
"$ISOEXPORT" -q -f pdf --sign-key "$K/jukka.key" --sign-cert "$K/jukka-chain.pem" \
  -o "$T/a" "$DOC" 2>"$T/err" || fail "signing failed: $(cat "$T/err")"
F=$T/a/signoff.pdf
pdfsig "$F" >"$T/sig" 2>&1 || fail "pdfsig: $(cat "$T/sig")"
grep -A9 '^Signature #1:' "$T/sig" >"$T/sig1"
assert_contains "$T/sig1" "Signature Field Name: Chief Executive Officer"
assert_contains "$T/sig1" "Signer Certificate Common Name: Jukka Korhonen"
assert_contains "$T/sig1" "Signature Type: ETSI.CAdES.detached"
assert_contains "$T/sig1" "Total document signed"
assert_contains "$T/sig1" "Signature is Valid."
# the signing time pdfsig shows is /M's (there is none in the CMS)
when=$(TZ=UTC LC_ALL=C date -u -d "@$SOURCE_DATE_EPOCH" '+%b %d %Y %H:%M:%S')
assert_contains "$T/sig1" "Signing Time: $when"

# the signed ranges are the whole file but the /Contents string
extract "$F"
read -r a b c e len <"$T/range"
[ "$((c + e))" = "$len" ] || fail "the byte range ends at $((c + e)), the file at $len"
assert_contains "$T/sig1" "Signed Ranges: [$a - $b], [$c - $len]"

# --- the CMS: PAdES B-B's attributes and nothing else
cms_check
"$PY" - "$T/cms.txt" "$(openssl x509 -in "$K/jukka.pem" -outform DER | sha256sum | cut -c1-64)" <<'EOF' ||
import re, sys
t = open(sys.argv[1]).read()
cert_hash = sys.argv[2].upper()
# no signing-time anywhere (PAdES B-B: the claimed time is /M)
assert "signingTime" not in t, "the CMS carries a signing-time attribute"
signed = t[t.index("signedAttrs:"):t.index("signatureAlgorithm:", t.index("signedAttrs:"))]
attrs = re.findall(r"object: (\S+)", signed)
assert sorted(attrs) == sorted(["contentType", "messageDigest",
                                "id-smime-aa-signingCertificateV2"]), attrs
# signing-certificate-v2 names the signer's certificate by its SHA-256
# (the default hash, so no algorithm is written)
assert cert_hash in signed.replace(" ", ""), "ESSCertIDv2 is not the signer's"
assert "eContent: <ABSENT>" in t, "the content is not detached"
assert re.search(r"unsignedAttrs:\s*<ABSENT>", t), "unsigned attributes"
assert "SMIMECapabilities" not in t
assert "digestAlgorithm: \n          algorithm: sha256" in t
assert t.count("d.certificate:") == 2, "want the signer and the CA"
# exactly one SignerInfo, over id-data (EN 319 142-1, 4.1)
assert t.count("d.issuerAndSerialNumber:") + t.count("d.subjectKeyIdentifier:") == 1, "want one SignerInfo"
assert "eContentType: pkcs7-data" in t
EOF
  fail "the CMS is not PAdES B-B (see above)"
grep -A2 "signatureAlgorithm:" "$T/cms.txt" | grep -q "rsaEncryption" ||
  fail "an RSA key signs with rsaEncryption"

# --- the visible appearance is in the CEO's field: "Digitally signed by"
qpdf --json "$F" >"$T/json" 2>/dev/null || fail "qpdf --json failed"
ap=$("$PY" - "$T/json" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
objs = j["qpdf"][1]
for f in j["acroform"]["fields"]:
    w = objs["obj:" + f["object"]]["value"]
    if "/V" in w:
        print(f["fullname"] + "|" + w["/AP"]["/N"].split()[0])
EOF
)
[ "${ap%%|*}" = "Chief Executive Officer" ] || fail "signed field: $ap"
qpdf --show-object="${ap#*|}" --filtered-stream-data "$F" >"$T/ap" 2>/dev/null
assert_contains "$T/ap" "(Digitally signed by Jukka Korhonen,) Tj"

# --- the catalog: PDF 1.7 and the ESIC extension, a direct dictionary
"$PY" - "$T/json" <<'EOF' || fail "the catalog does not declare ESIC and PDF 1.7"
import json, sys
j = json.load(open(sys.argv[1]))
objs = j["qpdf"][1]
root = objs["trailer"]["value"]["/Root"]
cat = objs["obj:" + root]["value"]
assert cat["/Version"] == "/1.7", cat
esic = cat["/Extensions"]["/ESIC"]
assert esic == {"/BaseVersion": "/1.7", "/ExtensionLevel": 2}, esic
EOF
qpdf --check "$F" >"$T/qpdf" 2>&1 || fail "qpdf --check: $(cat "$T/qpdf")"
mkdir -p "$T/plain"
"$ISOEXPORT" -q -f pdf -o "$T/plain" "$DOC"
assert_not_contains "$T/plain/signoff.pdf" "/Extensions"
assert_not_contains "$T/plain/signoff.pdf" "/Version"

# --- a changed byte anywhere in the signed ranges breaks the signature:
# in the document before the update, in the update before /Contents (/M),
# after it (a field's name)
for where in document date field; do
  "$PY" - "$F" "$T/bad.pdf" "$where" <<'EOF'
import sys
d = bytearray(open(sys.argv[1], "rb").read())
w = sys.argv[3]
if w == "document":
    i = d.index(b"/Type /Catalog")
elif w == "date":
    i = d.index(b"/M (D:") + 8
else:
    i = d.rindex(b"(Data Protection Officer)") + 1
d[i] = d[i] ^ 1
open(sys.argv[2], "wb").write(d)
EOF
  pdfsig "$T/bad.pdf" >"$T/badsig" 2>&1
  grep -A9 '^Signature #1:' "$T/badsig" >"$T/bad1"
  assert_not_contains "$T/bad1" "Signature is Valid."
done

# --- another signer signs an empty field later, in a reader (pdfsig with
# an NSS database): the first signature stays valid, covering its revision
if command -v certutil >/dev/null 2>&1 && command -v pk12util >/dev/null 2>&1; then
  cert later "Later Signer"
  openssl pkcs12 -export -inkey "$K/later.key" -in "$K/later.pem" -name "Later Signer" \
    -out "$K/later.p12" -passout pass:x >/dev/null 2>&1 || fail "pkcs12 export"
  mkdir -p "$T/nss"
  certutil -N -d "sql:$T/nss" --empty-password >/dev/null 2>&1 &&
    pk12util -i "$K/later.p12" -d "sql:$T/nss" -W x >/dev/null 2>&1 ||
    fail "cannot make the NSS database"
  pdfsig -nssdir "sql:$T/nss" -sign "Data Protection Officer" -nick "Later Signer" \
    "$F" "$T/later.pdf" >"$T/later.log" 2>&1
  [ -s "$T/later.pdf" ] || fail "pdfsig could not sign the empty field: $(cat "$T/later.log")"
  pdfsig "$T/later.pdf" >"$T/sig" 2>&1
  grep -A9 '^Signature #1:' "$T/sig" >"$T/sig1"
  grep -A9 '^Signature #3:' "$T/sig" >"$T/sig3"
  assert_contains "$T/sig1" "Field Name: Chief Executive Officer"
  assert_contains "$T/sig1" "Signature is Valid."
  assert_contains "$T/sig1" "Not total document signed"
  assert_contains "$T/sig3" "Field Name: Data Protection Officer"
  assert_contains "$T/sig3" "Common Name: Later Signer"
  assert_contains "$T/sig3" "Signature is Valid."
  assert_contains "$T/sig3" "Total document signed"
  grep -A2 '^Signature #2:' "$T/sig" | grep -q "The signature form field is not signed." ||
    fail "the ISO's field was signed too: $(cat "$T/sig")"
else
  echo "certutil/pk12util (libnss3-tools) missing: later signing not checked" >&2
fi

# --- an ECDSA key; two runs differ only inside /Contents (ECDSA signatures
# are randomised), so the rest of a rerun is reproducible
mkdir -p "$T/e1" "$T/e2"
for o in e1 e2; do
  "$ISOEXPORT" -q -f pdf --sign-key "$K/ecdsa.key" --sign-cert "$K/ecdsa-chain.pem" \
    -o "$T/$o" "$DOC" 2>"$T/err" || fail "ECDSA signing failed: $(cat "$T/err")"
done
pdfsig "$T/e1/signoff.pdf" >"$T/sig" 2>&1
grep -A9 '^Signature #1:' "$T/sig" >"$T/sig1"
assert_contains "$T/sig1" "Signature is Valid."
extract "$T/e1/signoff.pdf"
cms_check
grep -A2 "signatureAlgorithm:" "$T/cms.txt" | grep -q "ecdsa-with-SHA256" ||
  fail "an EC key signs with ecdsa-with-SHA256: $(grep -A2 signatureAlgorithm: "$T/cms.txt")"
assert_not_contains "$T/cms.txt" "signingTime"
read -r a b c e len <"$T/range"
"$PY" - "$T/e1/signoff.pdf" "$T/e2/signoff.pdf" "$b" "$c" <<'EOF' ||
import sys
x, y = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
b, c = int(sys.argv[3]), int(sys.argv[4])
assert len(x) == len(y) and x[:b] == y[:b] and x[c:] == y[c:]
EOF
  fail "two ECDSA runs differ outside /Contents"

# --- the issue's one command: every format, PDF/A, signed
mkdir -p "$T/one"
cp "$DOC" "$T/one/policy.yaml"
(cd "$T/one" && "$ISOEXPORT" -q --pdfa --sign-key "$K/jukka.key" \
  --sign-cert "$K/jukka-chain.pem" policy.yaml) 2>"$T/err" ||
  fail "--pdfa --sign policy.yaml: $(cat "$T/err")"
for x in docx odt pdf; do
  [ -s "$T/one/policy.$x" ] || fail "no policy.$x"
done
pdfsig "$T/one/policy.pdf" >"$T/sig" 2>&1
assert_contains "$T/sig" "Signature is Valid."
pdfinfo -meta "$T/one/policy.pdf" 2>/dev/null | grep -q "<pdfaid:part>3</pdfaid:part>" ||
  fail "the one command's PDF is not PDF/A-3"
finish
