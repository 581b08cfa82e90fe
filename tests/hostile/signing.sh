#!/bin/sh
# Signing refused: a wrong or missing password, an expired or not yet valid
# certificate (at the signing time), a key that is not the certificate's,
# files that are no keys, a draft, a sign-off list without the signer's
# role, and the options that do not go together.
# Each is a clear error naming the file, exit 1 (2 for usage), and nothing
# is written: not the PDF, not the DOCX and ODT beside it.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
. "$top_srcdir/tests/pdf/keys.sh"
export SOURCE_DATE_EPOCH=$NOW_PLUS
export ISOEXPORT_SIGN_PASSWORD='s3cret pass'
SAMPLE=$top_srcdir/samples/information-security-policy.yaml
DRAFT=$top_srcdir/samples/tietoturvapolitiikka.yaml

# refused NAME MESSAGE ARGS...: exit 1, MESSAGE on stderr, nothing in out/
refused() {
  name=$1 msg=$2
  shift 2
  rm -rf "$T/o"
  mkdir -p "$T/o"
  hostile_run 30 -o "$T/o" "$@"
  expect_refused "$name" "$msg"
  assert_empty_dir "$name" "$T/o"
}

ISOEXPORT_SIGN_PASSWORD=wrong refused "wrong password" \
  "$K/signer.p12: error: wrong password for the PKCS#12 file" \
  --sign "$K/signer.p12" "$SAMPLE"
(unset ISOEXPORT_SIGN_PASSWORD
 refused "no password" \
   "$K/signer.p12: error: the PKCS#12 file needs a password (none was given)" \
   --sign "$K/signer.p12" "$SAMPLE"
 [ "$failures" = 0 ]) || failures=$((failures + 1))
printf 'not it\n' >"$T/wrongpass"
refused "wrong password file" "$K/signer.p12: error: wrong password for the PKCS#12 file" \
  --sign "$K/signer.p12" --sign-pass-file "$T/wrongpass" "$SAMPLE"
refused "mismatched key" \
  "$K/other.key: error: the private key does not belong to the certificate in $K/signer.pem" \
  --sign-key "$K/other.key" --sign-cert "$K/signer.pem" "$SAMPLE"
# valid for a day from now: expired at a signing time two days ahead
SOURCE_DATE_EPOCH=$(( NOW_PLUS + 2 * 86400 )) refused "expired certificate" \
  "$K/short.pem: error: the certificate of 'Short Lived' expired on" \
  --sign-key "$K/short.key" --sign-cert "$K/short.pem" "$SAMPLE"
SOURCE_DATE_EPOCH=1773532800 refused "certificate not yet valid" \
  "$K/signer.pem: error: the certificate of 'Test Signer' is not valid before" \
  --sign-key "$K/signer.key" --sign-cert "$K/signer.pem" "$SAMPLE"
refused "not a PKCS#12 file" "$K/signer.pem: error: not a PKCS#12 file" \
  --sign "$K/signer.pem" "$SAMPLE"
refused "not a PEM key" "$K/signer.pem: error: cannot read a PEM private key" \
  --sign-key "$K/signer.pem" --sign-cert "$K/signer.pem" "$SAMPLE"
refused "no certificate" "$K/other.key: error: holds no PEM certificate" \
  --sign-key "$K/other.key" "$SAMPLE"
refused "missing key file" "$T/nothere.p12: error: cannot open" \
  --sign "$T/nothere.p12" "$SAMPLE"
mkfifo "$T/fifo" 2>/dev/null &&
  refused "a FIFO as key" "is a FIFO (named pipe), not a regular file" \
    --sign "$T/fifo" "$SAMPLE"
refused "draft" \
  "tietoturvapolitiikka.yaml:10:11: error: not signed: the status is 'draft'; only approved documents are signed" \
  --sign "$K/signer.p12" "$DRAFT"
# a sign-off list whose names are all given, none the certificate's: the
# signer's role is not guessed (someone else's cell is never signed)
refused "certificate named in no signoff entry" \
  "information-security-policy.yaml:30:7: error: not signed: the certificate's name 'Test Signer' is none of the signoff names; name the role it signs with --sign-role" \
  --sign "$K/signer.p12" "$SAMPLE"
refused "unknown --sign-role" \
  "information-security-policy.yaml:30:7: error: not signed: --sign-role 'Auditor' is none of the signoff roles ('Chief Executive Officer', 'Information Security Officer')" \
  --sign "$K/signer.p12" --sign-role Auditor "$SAMPLE"

# usage errors: exit 2, nothing written
usage() {
  name=$1 msg=$2
  shift 2
  rm -rf "$T/o"
  mkdir -p "$T/o"
  hostile_run 30 -o "$T/o" "$@"
  [ "$rc" = 2 ] || fail "$name: exit $rc, want 2"
  grep -qF -- "$msg" "$T/err" || fail "$name: stderr lacks '$msg': $(cat "$T/err")"
  assert_empty_dir "$name" "$T/o"
}
usage "p12 and PEM" "--sign and --sign-key/--sign-cert cannot be used together" \
  --sign "$K/signer.p12" --sign-key "$K/signer.key" "$SAMPLE"
usage "cert alone" "--sign-cert needs --sign-key" --sign-cert "$K/signer.pem" "$SAMPLE"
usage "role alone" "--sign-role needs --sign or --sign-key" --sign-role CEO "$SAMPLE"
usage "empty role" "--sign-role needs a role" --sign "$K/signer.p12" --sign-role "" "$SAMPLE"
usage "no pdf" "--sign and --pdfa need the pdf format" -f docx --sign "$K/signer.p12" "$SAMPLE"
usage "check" "--sign and --pdfa do not apply to --check" --check --pdfa "$SAMPLE"
# the password is never an option
usage "password option" "Try 'isoexport --help'" --password secret --sign "$K/signer.p12" "$SAMPLE"
finish
