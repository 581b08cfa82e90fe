#!/bin/sh
# LibreOffice opens every ODT (one headless call for all, its own user
# installation, --infilter=writer8) and its PDF carries all the text: every
# section, paragraph, list item, table cell and caption, the header and the
# footer with its page fields, and a table of contents whose page numbers
# LibreOffice computed.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/odt/lib.sh"
need soffice
need pdftotext
need pdfinfo
need unzip

odt_collect "$T/odt"
mkdir -p "$T/pdf" "$T/home"
HOME=$T/home soffice --headless --norestore "-env:UserInstallation=file://$T/lo" \
  --infilter=writer8 --convert-to pdf --outdir "$T/pdf" "$T"/odt/*.odt \
  >"$T/soffice.log" 2>&1 || fail "soffice failed: $(cat "$T/soffice.log")"

# Text compared without white space: narrow table cells break words
# ("ISMS-" / "POL-02", "Henkilöstö" / "päällikkö") where the layout wants.
flat() { tr -d ' \n\t\r\f'; }

# expect FLATFILE NAME TEXT: TEXT must appear; a fragment that a page break
# split (the footer and header come between) is accepted when each of its
# words appears. Failing that, hyphens are ignored on both sides: words
# hyphenated at a line end ("Applic-" / "able").
expect() {
  e=$(printf '%s' "$3" | flat)
  [ -n "$e" ] || return 0
  grep -qF -- "$e" "$1" && return 0
  [ -f "$1.nohy" ] || tr -d -- '-' <"$1" >"$1.nohy"
  grep -qF -- "$(printf '%s' "$e" | tr -d -- '-')" "$1.nohy" && return 0
  for w in $3; do
    grep -qF -- "$w" "$1" ||
      grep -qF -- "$(printf '%s' "$w" | tr -d -- '-')" "$1.nohy" ||
      { fail "$2: LibreOffice's PDF lacks '$3'"; return; }
  done
}

# Texts of a tree dump (isoexport -f dump): every text, code and code-block
# literal and the metadata shown in the title block, header and footer.
dump_texts() {
  sed -n -e 's/^ *\(text\|code\|code_block\)@[0-9]*:[0-9]* "\(.*\)"$/\2/p' \
    -e 's/^  \(id\|title\|subtitle\|organization\|version\|classification\|owner\|approver\|distribution\|keyword\): "\(.*\)"$/\2/p' "$1" |
    sed -e 's/\\n/ /g' -e 's/\\t/ /g' -e 's/\\"/"/g' -e 's/\\\\/\\/g'
}

for f in "$T"/odt/*.odt; do
  b=$(basename "$f" .odt)
  pdf=$T/pdf/$b.pdf
  if [ ! -s "$pdf" ]; then
    fail "$b: LibreOffice did not convert it"
    continue
  fi
  # -raw: content-stream order keeps the lines of one table cell together
  pdftotext -raw "$pdf" - 2>/dev/null | flat >"$T/$b.flat"
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  case $b in
  api-en)
    for e in "Esimerkki Oy · Tietoturvapolitiikka – äöå €" "Internal · DRAFT" \
      "ISMS-POL-01 · Tietoturvapolitiikka – äöå € · Version 1.10 · Draft · Internal" \
      "Page 1 of $pages" "Page $pages of $pages" \
      "Owner: Maria Virtanen · Approver: – · Approval date: not approved · Next review: 2027-03-15" \
      "Management policy" "Document ID ISMS-POL-01" "Review interval 1 year" \
      "Distribution All personnel, Board" "Keywords ISMS, tietoturva" \
      "Purpose äöå" "Contents" "Plain strong and emphasis, code a b and a link odd" \
      "after break" "bullet one" "bullet two" "nested number" "third" "fourth" \
      "Table 1: Assets" "Asset" "Owner" "Laptop" "IT Manager" "Role" "Responsibility" \
      "CEO" "Approves the policy" "Warning" "Careful now." "if x:" "indent three" \
      "leading and inner spaces" "Figure 1: PDCA cycle" "Approval and version control" \
      "Revision history" "Version Date Author Changes Approver" "Jukka Korhonen" \
      "Objectives for 2026" "2024-02-12"; do
      expect "$T/$b.flat" "$b" "$e"
    done
    # the numbered list starting at 3, and the TOC's computed page numbers:
    # the closing block is on the last page
    pdftotext -layout "$pdf" - >"$T/$b.layout"
    grep -q '^ *3\. *third' "$T/$b.layout" || fail "$b: list does not start at 3"
    grep -q '^ *1\. *first again' "$T/$b.layout" || fail "$b: second list does not restart at 1"
    pdfinfo -url "$pdf" 2>/dev/null | grep -qF 'https://example.com/a?b=1&c=2' ||
      fail "$b: the hyperlink is not in the PDF"
    pdftotext -layout -f 1 -l 1 "$pdf" - | grep -Eq "Revision history\.*[ ]*$pages\$" ||
      fail "$b: TOC entry of 'Revision history' does not say page $pages"
    ;;
  api-fi)
    for e in "LUONNOS" "Sivu 1 / $pages" "Versio 1.10 · Luonnos" \
      "Omistaja: Maria Virtanen" "Hyväksyjä: –" "Hyväksytty: ei hyväksytty" \
      "Seuraava katselmointi: 15.3.2027" "Voimassa alkaen 1.4.2026" "1 vuosi" \
      "Sisällys" "Asiakirjatyyppi Politiikka" "Taulukko 1: Assets" "Varoitus" "Hyväksyntä ja versionhallinta" \
      "Muutoshistoria" "12.2.2024"; do
      expect "$T/$b.flat" "$b" "$e"
    done
    ;;
  *)
    [ -f "$T/odt/$b.txt" ] || { fail "$b: no dump"; continue; }
    dump_texts "$T/odt/$b.txt" >"$T/$b.expect"
    [ -s "$T/$b.expect" ] || fail "$b: nothing to expect from the dump"
    while IFS= read -r e; do
      expect "$T/$b.flat" "$b" "$e"
    done <"$T/$b.expect"
    if grep -q '^  language: fi' "$T/odt/$b.txt"; then
      expect "$T/$b.flat" "$b" "Sivu 1 / $pages"
    else
      expect "$T/$b.flat" "$b" "Page 1 of $pages"
    fi
    ;;
  esac
done
finish
