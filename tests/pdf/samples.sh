#!/bin/sh
# Every sample as PDF: passes the conformance validator; its text holds
# every text run of the document tree (compared with the dump writer's view,
# whitespace ignored so line breaks do not matter), the document-control
# values, and on every page the header and the footer with the right page
# number (and "Uncontrolled when printed" when the document asks); one
# bookmark per heading plus the approval block, the revision history and
# the acknowledgement table.
. "$top_srcdir/tests/common.sh"
need qpdf
need pdftotext
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
command -v "$PY" >/dev/null 2>&1 || skip "python3 is not installed"
ls "$top_srcdir"/samples/*.yaml >/dev/null 2>&1 || skip "no samples"

"$ISOEXPORT" -f pdf,dump -o "$T" "$top_srcdir"/samples/*.yaml 2>"$T/err" ||
  { fail "isoexport failed: $(cat "$T/err")"; finish; }
for y in "$top_srcdir"/samples/*.yaml; do
  b=$(basename "$y" .yaml)
  pdf=$T/$b.pdf
  [ -s "$pdf" ] || { fail "$b.pdf not written"; continue; }
  pdftotext -raw "$pdf" "$T/$b.raw" 2>/dev/null
  n=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  i=1
  while [ "$i" -le "${n:-0}" ]; do
    pdftotext -raw -f $i -l $i "$pdf" "$T/$b.$i.txt" 2>/dev/null
    i=$((i + 1))
  done
  qpdf --json --json-key=outlines "$pdf" >"$T/$b.outlines" 2>/dev/null
  "$PY" - "$T/$b.txt" "$T/$b.raw" "$T/$b.outlines" "$T/$b" "${n:-0}" <<'PYEOF' || fail "$b: content check"
import json, re, sys
dump, raw, outl, stem, pages = sys.argv[1:6]
pages = int(pages)
def unq(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            if n == 'n': out.append('\n'); i += 2; continue
            if n == 't': out.append('\t'); i += 2; continue
            if n == 'x': out.append(chr(int(s[i+2:i+4], 16))); i += 4; continue
            out.append(n); i += 2; continue
        out.append(c); i += 1
    return ''.join(out)
def squash(s):
    return re.sub(r'\s+', '', s.replace('\u00ad', ''))
raw_text = open(raw, encoding='utf-8').read()
text = squash(raw_text)
# a word hyphenated at a line end, joined again (a hyphen that was in the
# text and happens to end a line is still found in TEXT)
joined = squash(re.sub(r'-\n', '', raw_text))
meta, runs, headings = {}, [], 0
for line in open(dump, encoding='utf-8'):
    m = re.match(r'^\s*(text|code|code_block)@\S+ "(.*)"$', line.rstrip('\n'))
    if m:
        runs.append(unq(m.group(2)))
    elif re.match(r'^\s*heading@', line):
        headings += 1
    m = re.match(r'^  (\w+): "?(.*?)"?$', line.rstrip('\n'))
    if m and m.group(1) not in meta:
        meta[m.group(1)] = unq(m.group(2))
bad = 0
for r in runs:
    if squash(r) not in text and squash(r) not in joined:
        print("missing text: %r" % r[:80]); bad += 1
for k in ('id', 'title', 'version', 'owner', 'classification', 'organization'):
    if k in meta and squash(meta[k]) not in text:
        print("missing %s: %r" % (k, meta[k])); bad += 1
fi = meta.get('language') == 'fi'
for p in range(1, pages + 1):
    t = open("%s.%d.txt" % (stem, p), encoding='utf-8').read()
    want = ("Sivu %d / %d" if fi else "Page %d of %d") % (p, pages)
    if want not in t:
        print("page %d lacks %r" % (p, want)); bad += 1
    if squash(meta.get('title', '')) not in squash(t):
        print("page %d lacks the title" % p); bad += 1
    owner = ("Omistaja: " if fi else "Owner: ") + meta.get('owner', '')
    if squash(owner) not in squash(t):
        print("page %d lacks %r" % (p, owner)); bad += 1
    if meta.get('uncontrolled_when_printed') == 'true':
        line = 'Tuloste on ohjaamaton kopio' if fi else 'Uncontrolled when printed'
        if line not in t:
            print("page %d lacks %r" % (p, line)); bad += 1
    if meta.get('status') != 'approved':
        mark = 'LUONNOS' if fi else 'DRAFT'
        if meta.get('status') == 'retired':
            mark = 'POISTETTU' if fi else 'RETIRED'
        if mark not in t:
            print("page %d lacks the %s mark" % (p, mark)); bad += 1
def count(items):
    return sum(1 + count(o.get('kids', [])) for o in items)
o = json.load(open(outl))["outlines"]
# the closing block: its heading, one for the revision history and one for
# the acknowledgement table
closing = 1 + any(re.match(r'^\s*history:', l) for l in open(dump, encoding='utf-8')) \
    + (meta.get('acknowledgement') == 'true')
if count(o) != headings + closing:
    print("%d bookmarks for %d headings" % (count(o), headings)); bad += 1
print("%s: %d text runs, %d pages, %d headings checked" % (stem.split('/')[-1], len(runs), pages, headings))
sys.exit(1 if bad else 0)
PYEOF
done
if [ -x "$SHARED/conformance/validate" ]; then
  "$SHARED/conformance/validate" "$T"/*.pdf >"$T/validate.out" 2>&1 ||
    fail "validate: $(cat "$T/validate.out")"
fi
finish
