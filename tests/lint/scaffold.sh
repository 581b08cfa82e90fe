#!/bin/sh
# isoexport new: every scaffold (policy, manual, procedure, instruction) in
# English, Finnish, Swedish and German is written with today's date, passes --check but for
# its placeholders, is refused by --strict because of them, converts to
# DOCX, ODT and PDF that the conformance validator accepts (with
# LibreOffice), and is never written over an existing file.
. "$top_srcdir/tests/common.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
ISOEXPORT_TODAY=2026-12-01
ISOEXPORT_TEMPLATES=$top_srcdir/templates/scaffolds
export ISOEXPORT_TODAY ISOEXPORT_TEMPLATES
cd "$T" || exit 1
mkdir -p new out
for lang in en fi sv de; do
  for type in policy manual procedure instruction; do
    f=new/$type-$lang.yaml
    "$ISOEXPORT" new "$type" --language "$lang" "$f" >"$T/out.txt" 2>"$T/err" ||
      { fail "new $type --language $lang: exit $?: $(cat "$T/err")"; continue; }
    grep -q "placeholders" "$T/out.txt" || fail "new $type: no word on what to do: $(cat "$T/out.txt")"
    grep -q "date: 2026-12-01" "$f" || fail "$f: today's date is not in the history"
    grep -q "next_review: 2027-12-01" "$f" || fail "$f: the next review is not a year on"
    grep -q "@[A-Z_]*@" "$f" && fail "$f: a template token is left"
    # --check: placeholders only, and at least one
    "$ISOEXPORT" --check "$f" >"$T/out.txt" 2>"$T/err" || fail "$f: --check exit $?: $(cat "$T/err")"
    grep -v '\[placeholder\]$' "$T/err" >"$T/other" && fail "$f: findings other than placeholders: $(cat "$T/other")"
    grep -q '\[placeholder\]$' "$T/err" || fail "$f: no placeholder is marked"
    # --strict refuses the untouched scaffold, for its placeholders
    "$ISOEXPORT" --check --strict "$f" >"$T/out.txt" 2>"$T/err"
    [ $? -eq 1 ] || fail "$f: --strict accepted an untouched scaffold"
    grep -q '\[placeholder\]$' "$T/err" || fail "$f: --strict names no placeholder"
    # filled in (every placeholder replaced), only the draft status is left
    perl -0777 -pe 's/<<(.*?)>>/$1/gs' "$f" >"$T/filled.yaml"
    "$ISOEXPORT" --check "$T/filled.yaml" >"$T/out.txt" 2>"$T/err" ||
      fail "$f filled in: --check exit $?"
    [ ! -s "$T/err" ] || fail "$f filled in: $(cat "$T/err")"
    "$ISOEXPORT" -q -o out "$f" 2>"$T/err" || fail "$f: conversion exit $?: $(cat "$T/err")"
    for e in docx odt pdf; do
      [ -s "out/$type-$lang.$e" ] || fail "no out/$type-$lang.$e"
    done
  done
done
# the scaffolds' languages come out in the documents
grep -q "language: fi" new/policy-fi.yaml || fail "the Finnish policy is not in Finnish"
grep -q "language: en" new/manual-en.yaml || fail "the English manual is not in English"
grep -q "language: sv" new/policy-sv.yaml || fail "the Swedish policy is not in Swedish"
grep -q "language: de" new/manual-de.yaml || fail "the German manual is not in German"

# never over an existing file, a link or a dangling link
echo keep >existing.yaml
"$ISOEXPORT" new policy existing.yaml >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "new over an existing file did not fail"
grep -q "existing.yaml: error: already exists; not overwritten" "$T/err" || fail "overwrite message: $(cat "$T/err")"
[ "$(cat existing.yaml)" = keep ] || fail "existing.yaml was changed"
ln -s nowhere.yaml dangling.yaml
"$ISOEXPORT" new policy dangling.yaml >/dev/null 2>&1 && fail "new wrote through a dangling link"
[ -e nowhere.yaml ] && fail "new created the dangling link's target"
ls -a | grep -q isoexport-tmp && fail "a temporary file was left: $(ls -a)"
# usage errors
"$ISOEXPORT" new plan x.yaml >/dev/null 2>"$T/err"
[ $? -eq 2 ] || fail "an unknown type is not a usage error"
grep -q "unknown document type 'plan'" "$T/err" || fail "type message: $(cat "$T/err")"
"$ISOEXPORT" new policy --language se x.yaml >/dev/null 2>"$T/err"
[ $? -eq 2 ] || fail "an unknown language is not a usage error"
grep -q "unknown language 'se' (use en, fi, sv or de)" "$T/err" || fail "language message: $(cat "$T/err")"
[ -e x.yaml ] && fail "a refused new wrote x.yaml"
"$ISOEXPORT" new policy >/dev/null 2>&1
[ $? -eq 2 ] || fail "new without a file is not a usage error"

# every output valid: the validator (a JVM a file, so the policies'
# outputs only; the other documents use no block the policy lacks) ...
if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" out/policy-*.docx out/policy-*.odt out/policy-*.pdf >"$T/val" 2>&1 ||
    fail "scaffolds: invalid output: $(grep -v '^PASS' "$T/val" | head -c 1500)"
else
  echo "SKIP: $SHARED/conformance/validate not found: outputs not validated" >&2
fi
# ... and LibreOffice opens every DOCX and ODT (one call, a profile of our own)
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  mkdir -p lo lo-in home
  for f in out/*.docx out/*.odt; do
    b=$(basename "$f")
    cp "$f" "lo-in/${b%.*}-${b##*.}.${b##*.}"
  done
  HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
    --convert-to pdf --outdir lo lo-in/* >"$T/soffice.log" 2>&1
  for f in lo-in/*; do
    b=$(basename "$f")
    b=${b%.*}
    [ -s "lo/$b.pdf" ] || { fail "LibreOffice did not open $f: $(tail -n 3 "$T/soffice.log")"; continue; }
    pdftotext "lo/$b.pdf" - | grep -q "Approval and version control\|Hyväksyntä ja versionhallinta\|Dokumentstyrning och versionshantering\|Freigabe und Versionskontrolle" ||
      fail "$f: LibreOffice's rendering lacks the approval block"
  done
else
  echo "SKIP: soffice or pdftotext missing: not opened in LibreOffice" >&2
fi
finish
