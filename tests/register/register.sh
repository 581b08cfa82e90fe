#!/bin/sh
# The document register (docs/register.md): --all writes register.csv and
# register.docx/.odt/.pdf beside its outputs; rows sorted by id, hashes of
# the outputs as written, failed documents listed as failed, duplicate ids
# refused naming both files; --register FILE and --no-register.
. "$top_srcdir/tests/common.sh"
need python3
export ISOEXPORT_TODAY=2026-12-01
# the validator under Debian's python: LibreOffice's pyuno aborts when run
# from another python's environment (pyenv)
VPY=python3
[ -x /usr/bin/python3 ] && VPY=/usr/bin/python3

# doc FILE ID TITLE NEXT_REVIEW [OWNER]
doc() {
  cat >"$1" <<EOD
document:
  id: $2
  title: '$3'
  version: "1.0"
  status: approved
  classification: Internal
  owner: ${5:-Maria Virtanen}
  approver: Jukka Korhonen
  approved: 2026-01-15
  next_review: $4
sections:
  - title: Purpose
    content:
      - A plain paragraph.
EOD
}

src=$T/src
mkdir -p "$src/a" "$src/b/deep"
doc "$src/a/pol.yaml" POL-02 'Tietoturvapolitiikka äöå ÄÖÅ' 2026-12-20
doc "$src/b/man.yaml" MAN-01 'Manual, "quoted" and, commas' 2026-11-28
doc "$src/b/deep/proc.yaml" PRO-07 'Procedure' 2027-06-30 '=HYPERLINK("http://x")'
printf 'document:\n  id: BAD-01\n  title: Broken\n  version: "1"\n  status: draft\n  owner: X\n  next_review: 2026-02-30\nsections: []\n' >"$src/b/broken.yaml"

cd "$T" || exit 1
"$ISOEXPORT" --all -j 2 -o out src >stdout 2>stderr; rc=$?
[ "$rc" = 1 ] || fail "--all with a broken document: exit $rc, want 1: $(cat stderr)"
for f in register.csv register.docx register.odt register.pdf; do
  [ -s "out/$f" ] || fail "--all wrote no out/$f"
done

# CSV: RFC 4180 bytes, parsed by python's csv, checked against the outputs
python3 - "$T/out" <<'PY' || fail "register.csv: see above"
import csv, hashlib, io, os, sys
out = sys.argv[1]
raw = open(os.path.join(out, "register.csv"), "rb").read()
bad = []
if raw.startswith(b"\xef\xbb\xbf"):
    bad.append("starts with a BOM")
# every record ends with CRLF, no bare LF or CR outside quotes
text = raw.decode("utf-8")
if not text.endswith("\r\n"):
    bad.append("does not end with CRLF")
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
stripped = text.replace("\r\n", "")
if "\n" in stripped or "\r" in stripped:
    bad.append("a bare LF or CR")
head = rows[0]
want = ["id", "title", "type", "version", "status", "classification", "owner",
        "approver", "approval_date", "next_review", "days_until_review",
        "source", "sha256_docx", "sha256_odt", "sha256_pdf", "error"]
if head != want:
    bad.append("header %r" % head)
body = [dict(zip(head, r)) for r in rows[1:]]
if any(len(r) != len(head) for r in rows):
    bad.append("ragged rows")
ids = [r["id"] for r in body]
# sorted by id; the failed document (no id known) last
if ids != ["MAN-01", "POL-02", "PRO-07", ""]:
    bad.append("ids in order %r" % ids)
by = {r["source"]: r for r in body}
pol, man, pro, broken = by.get("a/pol.yaml"), by.get("b/man.yaml"), by.get("b/deep/proc.yaml"), by.get("b/broken.yaml")
if not (pol and man and pro and broken):
    bad.append("sources %r" % sorted(by))
else:
    if pol["title"] != "Tietoturvapolitiikka äöå ÄÖÅ":
        bad.append("Finnish title %r" % pol["title"])
    if man["title"] != 'Manual, "quoted" and, commas':
        bad.append("quoted title %r" % man["title"])
    if '"Manual, ""quoted"" and, commas"' not in text:
        bad.append("quotes not doubled inside a quoted field")
    if pro["owner"] != "'=HYPERLINK(\"http://x\")":
        bad.append("a formula-like owner is not defused: %r" % pro["owner"])
    if (man["days_until_review"], pol["days_until_review"], pro["days_until_review"]) != ("-3", "19", "211"):
        bad.append("days %r" % [(r["source"], r["days_until_review"]) for r in body])
    if (pol["status"], pol["approval_date"], pol["next_review"], pol["type"], pol["version"]) != \
       ("approved", "2026-01-15", "2026-12-20", "other", "1.0"):
        bad.append("pol row %r" % pol)
    if broken["status"] != "failed" or not broken["error"].startswith("src/b/broken.yaml:7:16: error: invalid date"):
        bad.append("failed row %r" % broken)
    if broken["sha256_pdf"]:
        bad.append("a failed document has a hash")
    for r, stem in ((pol, "a/pol"), (man, "b/man"), (pro, "b/deep/proc")):
        for ext in ("docx", "odt", "pdf"):
            p = os.path.join(out, stem + "." + ext)
            h = hashlib.sha256(open(p, "rb").read()).hexdigest()
            if r["sha256_" + ext] != h:
                bad.append("%s: sha256 %s, file has %s" % (p, r["sha256_" + ext], h))
for b in bad:
    print("register.csv:", b)
sys.exit(1 if bad else 0)
PY

# the register documents: valid, and showing the rows
if [ -x "$SHARED/conformance/validate" ]; then
  $VPY "$SHARED/conformance/validate" --office --expect "POL-02" --expect "MAN-01" \
    --expect "Tietoturvapolitiikka" out/register.docx out/register.odt out/register.pdf \
    >validate.log 2>&1 || fail "validate register.*: $(grep -A3 FAIL validate.log | head -n 12)"
fi
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -layout out/register.pdf register.txt 2>/dev/null
  assert_contains register.txt "Document register"
  assert_contains register.txt "failed"
  assert_contains register.txt "PRO-07"
  # the hash column shows each output's first 8 hex digits
  h=$(python3 -c "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest()[:8])" out/a/pol.pdf)
  assert_contains register.txt "$h"
  # landscape, for the 13 columns
  pdfinfo out/register.pdf | grep -q "Page size: *841.89 x 595.2" ||
    fail "register.pdf is not landscape A4: $(pdfinfo out/register.pdf | grep 'Page size')"
fi
if command -v pdftoppm >/dev/null 2>&1; then
  pdftoppm -r 50 -png -f 1 -l 1 out/register.pdf page && [ -s page-1.png ] ||
    fail "register.pdf does not render"
fi

# reproducible: the same tree on the same day gives the same register
"$ISOEXPORT" --all -q --force -o out2 src >/dev/null 2>&1
for f in register.csv register.docx register.odt register.pdf; do
  cmp -s "out/$f" "out2/$f" || fail "$f differs between two runs"
done
# the hashes do not depend on the machine's openssl.cnf: a conversion
# without --sign does not read it (one naming a provider that does not
# exist made every hash of the register empty, silently)
cat >bad-openssl.cnf <<'EOC'
config_diagnostics = 1
openssl_conf = openssl_init
[openssl_init]
providers = provider_sect
[provider_sect]
nosuch = nosuch_sect
[nosuch_sect]
activate = 1
EOC
OPENSSL_CONF=$T/bad-openssl.cnf "$ISOEXPORT" --all -q --force -o out-conf src >/dev/null 2>&1
cmp -s out/register.csv out-conf/register.csv ||
  fail "register.csv with a broken openssl.cnf differs: $(diff out/register.csv out-conf/register.csv | head -n 4)"
# ... and a different day different days
ISOEXPORT_TODAY=2026-12-11 "$ISOEXPORT" --all -q -o out3 src >/dev/null 2>&1
grep -q '^MAN-01,.*,-13,b/man.yaml,' out3/register.csv ||
  fail "days not counted from ISOEXPORT_TODAY: $(grep MAN-01 out3/register.csv)"

# a second run skips the up-to-date outputs and still lists their hashes
"$ISOEXPORT" --all -q -o out src >stdout 2>/dev/null
cmp -s out/register.csv out2/register.csv || fail "register.csv of a run that skipped up-to-date outputs differs"

# --register FILE: only the register, nothing converted; format by extension
mkdir only
for ext in csv pdf docx odt; do
  "$ISOEXPORT" --register "only/reg.$ext" -o out src >stdout 2>stderr; rc=$?
  [ "$rc" = 1 ] || fail "--register reg.$ext with a broken document: exit $rc, want 1: $(cat stderr)"
  [ -s "only/reg.$ext" ] || fail "--register wrote no only/reg.$ext: $(cat stderr)"
done
[ "$(ls only | wc -l)" = 4 ] || fail "--register wrote more than asked: $(ls only)"
cmp -s only/reg.csv out/register.csv || fail "--register reg.csv differs from --all's register.csv: $(diff only/reg.csv out/register.csv)"
if [ -x "$SHARED/conformance/validate" ]; then
  $VPY "$SHARED/conformance/validate" --office --expect "PRO-07" only/reg.docx only/reg.odt only/reg.pdf \
    >validate2.log 2>&1 || fail "validate --register outputs: $(grep -A3 FAIL validate2.log | head -n 12)"
fi
# without -o it hashes the outputs next to the documents: none there
"$ISOEXPORT" --register only/next.csv src >/dev/null 2>&1
tr -d "\r" <only/next.csv | grep -q "^POL-02,.*,a/pol.yaml,,,,$" ||
  fail "outputs that do not exist have hashes: $(grep POL-02 only/next.csv)"
[ ! -e src/a/pol.pdf ] || fail "--register converted a document"
"$ISOEXPORT" --register only/reg.txt src >/dev/null 2>stderr; rc=$?
[ "$rc" = 2 ] || fail "--register reg.txt: exit $rc, want 2"
assert_contains stderr "must end in .csv, .docx, .odt or .pdf"
[ ! -e only/reg.txt ] || fail "--register reg.txt wrote a file"
"$ISOEXPORT" --register only/x.csv --all src >/dev/null 2>&1; rc=$?
[ "$rc" = 2 ] || fail "--register with --all: exit $rc, want 2"

# --no-register: none
rm -f src/b/broken.yaml
"$ISOEXPORT" --all --no-register -q -o out4 src >/dev/null 2>stderr; rc=$?
[ "$rc" = 0 ] || fail "--no-register: exit $rc: $(cat stderr)"
[ -s out4/a/pol.pdf ] || fail "--no-register converted nothing"
[ "$(ls out4 | grep -c register)" = 0 ] || fail "--no-register wrote $(ls out4)"
# without -o the register goes into the folder given to --all
"$ISOEXPORT" --all -q -f pdf src >/dev/null 2>&1 || fail "--all without -o: exit $?"
[ -s src/register.csv ] && [ -s src/register.pdf ] && [ ! -e src/register.docx ] ||
  fail "--all -f pdf without -o: $(ls src)"
rm -f src/register.* src/*/*.pdf src/*/*/*.pdf

# a duplicate id: an error at both ids, no register, exit 1
doc "$src/b/dup.yaml" POL-02 'Another policy' 2027-01-01
"$ISOEXPORT" --all -q -o out5 src >stdout 2>stderr; rc=$?
[ "$rc" = 1 ] || fail "duplicate id: exit $rc, want 1"
grep -q "^src/b/dup.yaml:2:7: error: duplicate id 'POL-02': src/a/pol.yaml:2:7 has the same id" stderr ||
  fail "duplicate id message: $(cat stderr)"
[ ! -e out5/register.csv ] && [ ! -e out5/register.pdf ] || fail "a register with a duplicate id was written"
[ -s out5/b/dup.pdf ] || fail "the documents themselves were not converted"
"$ISOEXPORT" --register out5/r.csv src >/dev/null 2>stderr; rc=$?
[ "$rc" = 1 ] || fail "--register with a duplicate id: exit $rc, want 1"
assert_contains stderr "duplicate id 'POL-02'"
rm -f src/b/dup.yaml

# a document named register.yaml at the top: its outputs are not replaced
doc "$src/register.yaml" REG-01 'Named register' 2027-01-01
"$ISOEXPORT" --all -q -o out6 src >stdout 2>stderr; rc=$?
[ "$rc" = 1 ] || fail "register.yaml at the top: exit $rc, want 1"
assert_contains stderr "out6/register.docx: error: is an output of src/register.yaml"
unzip -p out6/register.docx docProps/core.xml 2>/dev/null | grep -q "Named register" ||
  fail "the document's register.docx was replaced by the register"
rm -f "$src/register.yaml"

# a link at register.csv is refused, not followed
mkdir out7 && ln -s "$T/elsewhere.csv" out7/register.csv
"$ISOEXPORT" --all -q -o out7 src >/dev/null 2>stderr; rc=$?
[ "$rc" = 1 ] || fail "a link at register.csv: exit $rc, want 1"
[ ! -e elsewhere.csv ] || fail "the register was written through a link"
assert_contains stderr "out7/register.csv: error: is a symbolic link"

# Finnish documents only: a Finnish register
mkdir fi
sed 's/^  id: .*/  id: FI-01/; s/^  classification: Internal/  language: fi/' src/a/pol.yaml >fi/a.yaml
"$ISOEXPORT" --register fi/reg.pdf fi >/dev/null 2>stderr || fail "Finnish register: $(cat stderr)"
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext fi/reg.pdf fi/reg.txt 2>/dev/null
  assert_contains fi/reg.txt "Asiakirjarekisteri"
  assert_contains fi/reg.txt "20.12.2026"
fi
finish
