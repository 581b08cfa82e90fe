#!/bin/sh
# Hostile document text: a byte order mark, Unicode line separators and
# lone CRs, flow-style documents under --all, control characters by every
# path, very long fields, dates past 9999 and links that run code.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
cd "$T" || exit 1
LS=$(printf '\342\200\250')
PS=$(printf '\342\200\251')

# the dump of $1 (a tree with positions); sets $rc
dump() {
  rm -rf "$T/d"
  hostile_run 10 -q -f dump -o "$T/d" "$1"
}

# --- 1. a byte order mark before a block-style document -----------------
minimal_doc plain.yaml
printf '\357\273\277' | cat - plain.yaml >bom.yaml
hostile_run 10 --check bom.yaml
expect_ok "BOM, --check"
rm -rf o
hostile_run 20 -q -o o bom.yaml
expect_ok "BOM, conversion"
for e in docx odt pdf; do [ -s o/bom.$e ] || fail "BOM: no bom.$e"; done
# positions on the first line do not count the mark
printf '\357\273\277document: [\n' >bom-bad.yaml
hostile_run 10 --check bom-bad.yaml
expect_refused "BOM, syntax error" "bom-bad.yaml:2:1: error: YAML syntax error"

# --- 2. positions as editors count lines ---------------------------------
# U+2028 and U+2029 are characters, not line breaks: later lines keep their
# numbers, the text keeps the characters, and a plain value holding one is
# no syntax error.
minimal_doc sep.yaml "  subtitle: a${LS}b
  organization: \"c${PS}d\"
  nxt: 1" "      - |
        one${LS}two${PS}three
        # heading"
hostile_run 10 --check sep.yaml
expect_refused "U+2028, key" "sep.yaml:10:3: error: unknown key 'nxt' in document"
expect_refused "U+2028, Markdown" "sep.yaml:17:9: error: Markdown heading in text"
grep -v '^  nxt' sep.yaml | sed '$d' >sep-ok.yaml
dump sep-ok.yaml
expect_ok "U+2028, conversion"
grep -qF "subtitle: \"a${LS}b\"" d/sep-ok.txt || fail "U+2028 lost from the subtitle"
grep -qF "organization: \"c${PS}d\"" d/sep-ok.txt || fail "U+2029 lost in quotes"
grep -qF "text@15:9 \"one${LS}two${PS}three\"" d/sep-ok.txt ||
  fail "separators lost from a block: $(grep -a text@15 d/sep-ok.txt)"
# an escape that spells one of the characters the separators are read as
minimal_doc sep-esc.yaml "  subtitle: \"a${LS}b\\uFDD0\""
hostile_run 10 --check sep-esc.yaml
expect_refused "U+FDD0 escape" "sep-esc.yaml:8:13: error: character U+FDD0 is not allowed in text (documents cannot carry noncharacters)"
# old Mac line ends (a lone CR) and CRLF end lines too
minimal_doc cr.yaml "  nxt: 1" "      - |
        text
        # heading"
tr '\n' '\r' <cr.yaml >cr-only.yaml
sed 's/$/\r/' cr.yaml >crlf.yaml
for f in cr-only.yaml crlf.yaml; do
  hostile_run 10 --check $f
  expect_refused "$f, key" "$f:8:3: error: unknown key 'nxt'"
  expect_refused "$f, Markdown" "$f:15:9: error: Markdown heading in text"
done

# --- 3. --all finds documents in any YAML style --------------------------
mkdir -p all
META='id: F, title: Flow, version: "1", status: draft, owner: o, next_review: 2030-01-01'
printf '{document: {%s}, sections: [{title: P, content: x}]}\n' "$META" >all/flow.yaml
printf '# a comment\n---\n{"document": {%s},\n sections: [{title: P, content: x}]}\n' \
  "$META" >all/quoted.yaml
printf "\\357\\273\\277sections: [{title: P, content: x}]\n'document': {%s}\n" \
  "$META" >all/bom-flow.yaml
cp bom.yaml all/bom-block.yaml
printf 'name: theme\npage: {document: x}\n' >all/theme.yaml
printf '{a: [{document: 1}], b: 2}\n' >all/nested.yaml
printf '[document, sections]\n' >all/list.yaml
awk 'BEGIN{printf "a: "; for(i=0;i<100000;i++) printf "["; for(i=0;i<100000;i++) printf "]"; print ""}' >all/deep.yaml
hostile_run 20 --all --no-register -q -f dump -o conv all
expect_ok "--all"
grep -qx "4 converted, 0 failed, 4 skipped" "$T/out" || fail "--all: $(cat "$T/out")"
for f in flow quoted bom-flow bom-block; do
  [ -s conv/$f.txt ] || fail "--all: $f.yaml not converted"
done
# a flow document YAML cannot read up to its key is reported, not skipped
printf '{theme: [, document: {}}\n' >all/broken.yaml
hostile_run 20 --all --no-register -q -f dump -o conv2 all
expect_refused "--all, broken flow document" "all/broken.yaml:1:"

# --- 4. control characters, by every path --------------------------------
refuse_content() { # NAME CONTENT-LINE MESSAGE
  minimal_doc "$1.yaml" "" "$2"
  hostile_run 10 --check "$1.yaml"
  expect_refused "$1" "$1.yaml:$3"
}
refuse_content ref-1 '      - "a &#1; b"' \
  "12:12: error: character U+0001 (written '&#1;') is not allowed in text (documents cannot carry control characters)"
refuse_content ref-esc '      - "x `&#1;` &#x1B;"' \
  "12:19: error: character U+001B (written '&#x1B;') is not allowed in text"
refuse_content ref-del '      - |
        one
        two &#127;' "14:13: error: character U+007F (written '&#127;') is not allowed in text"
refuse_content ref-c1 '      - "&#x85;"' "12:10: error: character U+0085 (written '&#x85;')"
refuse_content ref-nonchar '      - "&#xFFFE;"' \
  "12:10: error: character U+FFFE (written '&#xFFFE;') is not allowed in text (documents cannot carry noncharacters)"
refuse_content ref-cell '      - table: {columns: ["&#27;"], rows: [[x]]}' \
  "12:28: error: character U+001B (written '&#27;')"
refuse_content esc-del '      - "a\x7Fb"' \
  "12:9: error: character U+007F is not allowed in text (documents cannot carry control characters)"
refuse_content esc-c1 '      - "a\u0080b"' "12:9: error: character U+0080 is not allowed in text"
minimal_doc raw-c1.yaml "" "      - a$(printf '\302\233')b"
hostile_run 10 --check raw-c1.yaml
expect_refused "raw C1" "raw-c1.yaml:12:10: error: control character U+009B in the file"
minimal_doc raw-del.yaml "  subtitle: x$(printf '\177')"
hostile_run 10 --check raw-del.yaml
expect_refused "raw DEL" "raw-del.yaml:8:14: error: control character U+007F in the file"
# &#0; is U+FFFD (CommonMark); a reference in code stays as written
minimal_doc ref-ok.yaml "" '      - "a &#0; b `&#1;` c \\&#1;"'
dump ref-ok.yaml
expect_ok "&#0;"
grep -qF "text@12:10 \"a $(printf '\357\277\275') b \"" d/ref-ok.txt ||
  fail "&#0; is not U+FFFD: $(grep -a text@12 d/ref-ok.txt)"
grep -qF 'code@12:20 "&#1;"' d/ref-ok.txt || fail "a reference in code changed"

# --- 5. long fields: metadata refused with its limit, body text linear ---
# N characters of words (no space at either end)
long() { awk -v n="$1" 'BEGIN{for(i=0;i<n;i++) printf "%s", (i%7==6 && i<n-1 ? " " : "x")}'; }
refuse_meta() { # KEY LIMIT: the field one character too long, on line 2
  minimal_doc "meta-$1.yaml"
  awk -v k="  $1:" -v v="  $1: $(long $(($2 + 1)))" \
    'NR == 1 { print; print v; next } index($0, k) != 1 { print }' \
    "meta-$1.yaml" >"meta-$1.tmp" && mv "meta-$1.tmp" "meta-$1.yaml"
  hostile_run 10 --check "meta-$1.yaml"
  expect_refused "long $1" "meta-$1.yaml:2:$((${#1} + 5)): error: '$1' is too long ($(($2 + 1)) characters; at most $2)"
}
refuse_meta title 500
refuse_meta subtitle 500
refuse_meta id 100
refuse_meta version 100
refuse_meta owner 300
refuse_meta organization 300
refuse_meta classification 100
minimal_doc meta-lists.yaml "  distribution: [a, $(long 301)]
  keywords: [k, $(long 101)]
  history:
    - {version: \"1\", date: 2026-01-01, author: $(long 301), changes: $(long 2001)}"
hostile_run 10 --check meta-lists.yaml
expect_refused "long distribution entry" "meta-lists.yaml:8:21: error: 'distribution' is too long (301 characters; at most 300)"
expect_refused "long keyword" "meta-lists.yaml:9:17: error: 'keywords' is too long (101 characters; at most 100)"
expect_refused "long author" "error: 'author' is too long (301 characters; at most 300)"
expect_refused "long changes" "error: 'changes' is too long (2001 characters; at most 2000)"
minimal_doc many-keywords.yaml "  keywords: [$(awk 'BEGIN{for(i=0;i<101;i++) printf "k%d, ", i}')x]"
hostile_run 10 --check many-keywords.yaml
expect_refused "101 keywords" "error: too many keywords (more than 100)"
minimal_doc caption.yaml "" "      - table: {caption: $(long 501), columns: [A], rows: [[a]]}"
hostile_run 10 --check caption.yaml
expect_refused "long caption" "caption.yaml:12:26: error: 'caption' is too long (501 characters; at most 500)"
# a title of 800,000 characters is refused at once (the PDF header used to
# repeat it on each of its pages: 5 GB)
minimal_doc huge-title.yaml
{ sed -n 1,2p huge-title.yaml; printf '  title: '; long 800000; echo
  sed -n '4,$p' huge-title.yaml; } >huge.tmp && mv huge.tmp huge-title.yaml
rm -rf o
hostile_run 10 -q -o o huge-title.yaml
expect_refused "800,000-character title" "huge-title.yaml:3:10: error: 'title' is too long (800000 characters; at most 500)"
assert_empty_dir "800,000-character title" o
# body text has no limit: a heading longer than a PDF string (65,535
# bytes) converts, bookmark and table of contents included
minimal_doc long-heading.yaml "" "      - toc: true
  - title: $(long 100000)
    content: x"
rm -rf o
hostile_run 30 -q -o o long-heading.yaml
expect_ok "100,000-character heading"
for e in docx odt pdf; do [ -s o/long-heading.$e ] || fail "long heading: no $e"; done

# cmark-gfm 0.29.0.gfm.6 is quadratic on links after emphasis in one
# paragraph (60,000 of each: half a minute): refused at once
minimal_doc markup.yaml "" "      - \"$(awk 'BEGIN{for(i=0;i<60000;i++) printf "*a* [l](u) "}')\""
hostile_run 10 --check markup.yaml
expect_refused "links after emphasis" "markup.yaml:12:9: error: too much Markdown markup in one paragraph (120000 emphasis markers and 60000 link brackets): split it with blank lines"
# the same links in paragraphs of their own convert
awk 'BEGIN{for(i=0;i<2000;i++) printf "        *a* [l](https://example.com/%d) and more text.\n\n", i}' >markup.body
minimal_doc markup-ok.yaml "" "      - |
$(cat markup.body)"
rm -rf o
hostile_run 30 -q -o o markup-ok.yaml
expect_ok "links after emphasis, in paragraphs"
# more markup in the whole string than one paragraph may hold, split into
# paragraphs: the count goes paragraph by paragraph (16,000 markers and
# 4,000 links in all)
awk 'BEGIN{for(i=0;i<4000;i++) printf "        *a* _b_ [l](https://example.com/%d)\n\n", i}' >markup.body
minimal_doc markup-many.yaml "" "      - |
$(cat markup.body)"
hostile_run 30 --check markup-many.yaml
expect_ok "much markup, in paragraphs"

# --- 6. dates past 9999 ---------------------------------------------------
minimal_doc late.yaml
sed -e 's/status: draft/status: approved/' -e '/next_review/d' late.yaml >late.tmp
{ sed -n '1,6p' late.tmp
  echo "  approver: A"; echo "  approved: 9999-12-31"; echo "  review_interval: 10 years"
  sed -n '7,$p' late.tmp; } >late.yaml
hostile_run 10 --check late.yaml
expect_refused "next review past 9999" "late.yaml:8:13: error: the next review (9999-12-31 plus 10 years) would be after 9999-12-31"
sed 's/9999-12-31/9989-12-31/' late.yaml >late-ok.yaml
hostile_run 10 --check late-ok.yaml
expect_ok "next review in 9999"
minimal_doc year0.yaml "  effective: 0000-06-01"
hostile_run 10 --check year0.yaml
expect_refused "year 0" "year0.yaml:8:14: error: invalid date '0000-06-01' (no such year)"

# --- 7. links: only http, https, mailto and relative ---------------------
refuse_link() { # NAME CONTENT-LINE POSITION SCHEME
  minimal_doc "$1.yaml" "" "$2"
  hostile_run 10 --check "$1.yaml"
  expect_refused "$1" "$1.yaml:$3: error: link to a '$4:' URL: links may only be http, https, mailto or relative"
}
refuse_link js '      - "[x](javascript:alert(1))"' 12:10 javascript
refuse_link js-case '      - "a [x](JaVaScRiPt:alert(1))"' 12:12 javascript
refuse_link js-tab '      - "[x](<java	script:alert(1)>)"' 12:10 javascript
refuse_link js-ref-tab '      - "[x](java&#9;script:alert(1))"' 12:10 javascript
refuse_link js-space '      - "[x](< javascript:alert(1)>)"' 12:10 javascript
refuse_link js-newline '      - "[x](<java&#10;script:alert(1)>)"' 12:10 javascript
refuse_link vbs-ref '      - |
        see [this][r]

        [r]: VBScript:msgbox' 13:13 vbscript
refuse_link data-auto '      - "<data:text/html,x>"' 12:10 data
refuse_link ftp-ext '      - "get ftp://example.com/x"' 12:10 ftp
refuse_link js-title '  - title: "[x](javascript:y)"' 12:13 javascript
refuse_link js-cell '      - table: {columns: ["[x](javascript:y)"], rows: [[x]]}' 12:28 javascript
minimal_doc links-ok.yaml "" '      - "[a](https://example.com) [b](HTTP://example.com) [c](mailto:a@example.com) [d](#purpose) [e](page.html) [f](../x/y.html?q=1:2) [g](//example.com) <https://example.com> www.example.com a@example.com"'
rm -rf o
hostile_run 20 -q -o o links-ok.yaml
expect_ok "allowed links"
minimal_doc url-long.yaml "" "      - \"[x](https://example.com/$(long 2000 | tr ' ' y))\""
hostile_run 10 --check url-long.yaml
expect_refused "long URL" "url-long.yaml:12:10: error: link URL is too long (2020 characters; at most 2000)"
finish
