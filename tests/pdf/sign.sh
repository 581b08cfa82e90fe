#!/bin/sh
# Signed PDFs (--sign, --sign-key/--sign-cert): pdfsig (poppler) finds one
# valid PAdES signature by the signer, at the signing time SOURCE_DATE_EPOCH
# gives; one byte changed in the signed range breaks it; the approver's
# signature field; qpdf is content; a rerun gives the same bytes; LibreOffice
# opens the file; --all signs the approved documents and refuses the draft.
# The refusals (passwords, expired and mismatched keys) are in
# tests/hostile/signing.sh.
. "$top_srcdir/tests/common.sh"
need pdfsig
need qpdf
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
. "$top_srcdir/tests/pdf/keys.sh"
export SOURCE_DATE_EPOCH=$NOW_PLUS
# the sample without its sign-off table: the approver's field (the
# sign-off table's fields are checked below)
SAMPLE=$T/information-security-policy.yaml
"$PY" - "$top_srcdir/samples/information-security-policy.yaml" "$SAMPLE" <<'EOF'
import sys
out, skip = [], False
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if l.startswith("  signoff:"):
        skip = True
        continue
    if skip and l.startswith("    "):
        continue
    skip = False
    out.append(l)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
EOF
cp -R "$top_srcdir/samples/images" "$T/images"

sign_p12() {
  ISOEXPORT_SIGN_PASSWORD='s3cret pass' "$ISOEXPORT" -q -f pdf --sign "$K/signer.p12" "$@"
}

# pdfsig's report of FILE into $T/sig; its exit status
sigcheck() { pdfsig "$1" >"$T/sig" 2>&1; }

# One valid signature by the signer, at the signing time
mkdir -p "$T/a"
sign_p12 -o "$T/a" "$SAMPLE" 2>"$T/err" || fail "--sign failed: $(cat "$T/err")"
F=$T/a/information-security-policy.pdf
[ -s "$F" ] || fail "no signed PDF"
sigcheck "$F" || fail "pdfsig failed: $(cat "$T/sig")"
assert_contains "$T/sig" "Signature is Valid."
assert_contains "$T/sig" "Signer Certificate Common Name: Test Signer"
assert_contains "$T/sig" "Signature Type: ETSI.CAdES.detached"
assert_contains "$T/sig" "Signing Hash Algorithm: SHA-256"
assert_contains "$T/sig" "Total document signed"
assert_contains "$T/sig" "Signature Field Name: Approver"
[ "$(grep -c '^Signature #' "$T/sig")" = 1 ] || fail "want one signature: $(cat "$T/sig")"
when=$(TZ=UTC LC_ALL=C date -u -d "@$SOURCE_DATE_EPOCH" '+%b %d %Y %H:%M:%S')
assert_contains "$T/sig" "Signing Time: $when"
qpdf --check "$F" >"$T/qpdf" 2>&1 || fail "qpdf --check: $(cat "$T/qpdf")"

# The fields: exactly one, the approver's, signed, on the last page, with an
# appearance; the sub-filter and SigFlags 3
qpdf --json "$F" >"$T/json" 2>/dev/null || fail "qpdf --json failed"
"$PY" - "$T/json" <<'EOF' || fail "signature fields are not as expected"
import json, sys
j = json.load(open(sys.argv[1]))
form = j["acroform"]
fields = form["fields"]
assert len(fields) == 1, fields
f = fields[0]
assert f["fullname"] == "Approver", f
assert f["fieldtype"] == "/Sig", f
assert f["pageposfrom1"] == len(j["pages"]), f
assert form["hasacroform"], form
EOF
"$PY" - "$F" <<'EOF' || fail "the signature dictionary is not as expected"
import re, sys
d = open(sys.argv[1], "rb").read()
assert b"/SigFlags 3" in d
assert b"/SubFilter /ETSI.CAdES.detached" in d
assert b"/Filter /Adobe.PPKLite" in d
m = re.search(rb"/ByteRange \[0 (\d+) (\d+) (\d+)\]", d)
a, b, c = map(int, m.groups())
assert b + c == len(d), (b, c, len(d))
assert d[a:a + 1] == b"<" and d[b - 1:b] == b">"
assert re.search(rb"/M \(D:\d{14}Z\)", d)
# the saved document is unchanged before the update: the update starts
# after the first %%EOF
assert d.index(b"%%EOF") < a
EOF

# An incremental update: the unsigned document is the file's first part
"$ISOEXPORT" -q -f pdf -o "$T/plain" "$SAMPLE" || fail "unsigned conversion failed"
n=$(wc -c <"$T/plain/information-security-policy.pdf")
head -c "$n" "$F" | cmp -s - "$T/plain/information-security-policy.pdf" ||
  fail "the signed PDF does not begin with the unsigned one"

# One byte changed inside the signed range breaks the signature
"$PY" - "$F" "$T/tampered.pdf" <<'EOF'
import sys
d = bytearray(open(sys.argv[1], "rb").read())
i = d.index(b"(Information Security Policy)") + 1
d[i] = ord("i")
open(sys.argv[2], "wb").write(d)
EOF
sigcheck "$T/tampered.pdf"
# (poppler says "Digest Mismatch." or "Signature is Invalid.")
grep -qE "Signature Validation: (Digest Mismatch|Signature is Invalid)" "$T/sig" ||
  fail "a changed byte was not noticed: $(cat "$T/sig")"
assert_not_contains "$T/sig" "Signature is Valid."

# A rerun with the same time and key gives the same bytes (RSA signatures
# are deterministic; the signing time comes from SOURCE_DATE_EPOCH)
mkdir -p "$T/b"
sign_p12 -o "$T/b" "$SAMPLE" 2>/dev/null
cmp -s "$F" "$T/b/information-security-policy.pdf" || fail "two signed runs differ"

# PEM key and chain, password file (with a line end), the same signer
printf 's3cret pass\n' >"$T/pass"
mkdir -p "$T/pem" "$T/pf"
"$ISOEXPORT" -q -f pdf --sign-key "$K/signer.key" --sign-cert "$K/chain.pem" \
  -o "$T/pem" "$SAMPLE" 2>"$T/err" || fail "PEM signing failed: $(cat "$T/err")"
sigcheck "$T/pem/information-security-policy.pdf"
assert_contains "$T/sig" "Signature is Valid."
assert_contains "$T/sig" "Signer Certificate Common Name: Test Signer"
env -u ISOEXPORT_SIGN_PASSWORD "$ISOEXPORT" -q -f pdf --sign "$K/signer.p12" \
  --sign-pass-file "$T/pass" -o "$T/pf" "$SAMPLE" 2>"$T/err" ||
  fail "--sign-pass-file failed: $(cat "$T/err")"
sigcheck "$T/pf/information-security-policy.pdf"
assert_contains "$T/sig" "Signature is Valid."
# a PKCS#12 file without a password needs none
mkdir -p "$T/np"
env -u ISOEXPORT_SIGN_PASSWORD "$ISOEXPORT" -q -f pdf --sign "$K/nopass.p12" \
  -o "$T/np" "$SAMPLE" 2>"$T/err" || fail "password-less PKCS#12 failed: $(cat "$T/err")"

# --all --sign: every approved document signed, the draft refused by name
mkdir -p "$T/tree" "$T/out"
cp "$top_srcdir"/samples/*.yaml "$T/tree/"
cp -r "$top_srcdir/samples/images" "$T/tree/"
# (the policy's sign-off list names two people, neither "Test Signer":
# --sign-role says whose field the certificate signs)
sign_p12 --all --sign-role "Chief Executive Officer" -o "$T/out" "$T/tree" \
  >/dev/null 2>"$T/err"
rc=$?
[ "$rc" = 1 ] || fail "--all --sign with a draft: exit $rc, want 1"
assert_contains "$T/err" "tietoturvapolitiikka.yaml:10:11: error: not signed: the status is 'draft'; only approved documents are signed"
assert_contains "$T/err" "access-control-procedure.yaml"
[ -e "$T/out/tietoturvapolitiikka.pdf" ] && fail "a draft was written"
[ -e "$T/out/access-control-procedure.pdf" ] && fail "a document in review was written"
for b in information-security-policy isms-manual; do
  sigcheck "$T/out/$b.pdf" || fail "$b.pdf: $(cat "$T/sig")"
  assert_contains "$T/sig" "Signature is Valid."
done
pdfsig "$T/out/information-security-policy.pdf" 2>&1 | grep -A2 '^Signature #1:' |
  grep -q "Signer Certificate Common Name: Test Signer" ||
  fail "--sign-role: the CEO's field is not the signed one"

# Without --sign nothing changes: no form, no signature
assert_not_contains "$T/plain/information-security-policy.pdf" "/AcroForm"

# LibreOffice opens the signed PDF (Draw's PDF import: libreoffice-draw-nogui)
if command -v soffice >/dev/null 2>&1; then
  mkdir -p "$T/lo"
  soffice --headless --norestore "-env:UserInstallation=file://$T/lo-profile" \
    --convert-to png --outdir "$T/lo" "$F" >"$T/lo.log" 2>&1
  [ -s "$T/lo/information-security-policy.png" ] ||
    fail "LibreOffice did not open the signed PDF: $(cat "$T/lo.log")"
else
  echo "soffice not installed: LibreOffice check skipped" >&2
fi
# A sign-off table: one signature field per role, in that role's signature
# cell, named by the role; the signer signs the first entry without a name
# (no entry names "Test Signer"; the CEO's is Jukka Korhonen's), the others
# are left for others to sign (tests/pdf/pades.sh signs one later)
mkdir -p "$T/so"
sign_p12 -o "$T/so" "$top_srcdir/tests/cross/signoff.yaml" 2>"$T/err" ||
  fail "--sign of a sign-off document failed: $(cat "$T/err")"
G=$T/so/signoff.pdf
sigcheck "$G" || fail "pdfsig failed: $(cat "$T/sig")"
assert_contains "$T/sig" "Signature is Valid."
grep -A1 '^Signature #2:' "$T/sig" | grep -q "Field Name: Information Security Officer" ||
  fail "the second field is not the ISO's: $(cat "$T/sig")"
[ "$(grep -c 'The signature form field is not signed.' "$T/sig")" = 2 ] ||
  fail "want two unsigned fields: $(cat "$T/sig")"
qpdf --json "$G" >"$T/json2" 2>/dev/null || fail "qpdf --json failed"
pdftotext -bbox "$G" "$T/bbox2.html" 2>/dev/null
"$PY" - "$T/json2" "$T/bbox2.html" <<'EOF' || fail "sign-off signature fields are not as expected"
import json, re, sys
j = json.load(open(sys.argv[1]))
fields = j["acroform"]["fields"]
names = [f["fullname"] for f in fields]
assert names == ["Chief Executive Officer", "Information Security Officer",
                 "Data Protection Officer"], names
assert all(f["fieldtype"] == "/Sig" for f in fields), fields
pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                   open(sys.argv[2]).read(), re.S)
objs = j["qpdf"][1]
signed = []
for f in fields:
    p = f["pageposfrom1"]
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                       pages[p - 1][2])
    role = f["fullname"].split()[0]
    H = float(pages[p - 1][1])
    w = objs["obj:" + f["object"]]["value"]
    x0, y0, x1, y1 = w["/Rect"]
    # the role's first word is in the field's row (between its top and
    # bottom edge), left of the field: the field is the role's signature cell
    hits = [(float(x), H - float(yb)) for x, yt, yb, t in words
            if t == role and y0 <= H - float(yb) <= y1 and float(x) < x0]
    assert hits, (role, p, w["/Rect"], [wd for wd in words if wd[3] == role])
    assert x1 - x0 > 100 and y1 - y0 > 40, w["/Rect"]  # 15 mm rows
    if "/V" in w:
        signed.append(f["fullname"])
assert signed == ["Information Security Officer"], signed
print("ok")
EOF
finish
