#!/bin/sh
# index.html (docs/register.md): --all -f html writes it beside the
# register; it is valid HTML5, lists the same rows as register.csv in the
# same order, links each document's HTML and PDF that were written (none
# for a failed document, none to a format not asked for), and its filter
# box narrows the rows in Chromium, with no console error and no request.
# Without html among the formats, or with --no-register, there is no
# index; an index.html that is a link is refused as every output is.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/html/lib.sh"
html_tools
export ISOEXPORT_TODAY=2026-12-01

# doc FILE ID TITLE
doc() {
  cat >"$1" <<EOD
document:
  id: $2
  title: '$3'
  version: "1.0"
  status: approved
  owner: Maria Virtanen
  approver: Jukka Korhonen
  approved: 2026-01-15
  next_review: 2027-01-15
sections:
  - title: Purpose
    content:
      - A plain paragraph.
EOD
}
src=$T/src
mkdir -p "$src/a" "$src/b/deep"
doc "$src/a/pol.yaml" POL-02 'Tietoturvapolitiikka äöå'
doc "$src/b/man.yaml" MAN-01 'Manual of the ISMS'
doc "$src/b/deep/proc.yaml" PRO-07 'Access procedure'
printf 'document:\n  id: BAD-01\n  title: Broken\n  version: "1"\n  status: draft\n  owner: X\n  next_review: 2026-02-30\nsections: []\n' >"$src/b/broken.yaml"

"$ISOEXPORT" -q --all -f html,pdf -o "$T/out" "$src" 2>"$T/err"
[ $? -eq 1 ] || fail "--all with a broken document: want exit 1"
[ -f "$T/out/index.html" ] || fail "no index.html"
[ -f "$T/out/register.csv" ] || fail "no register.csv"
[ -f "$T/out/register.html" ] && fail "register.html written (the index is the HTML register)"

vnu "$T/out/index.html" >"$T/vnu.out" 2>&1 || fail "index.html is not valid HTML5:
$(head -20 "$T/vnu.out")"

browse filter "$T/out/index.html" POL "deep/proc" "manual isms" "nothing-matches" >"$T/filter.json" \
  2>"$T/browse.err" || fail "browse.js: $(cat "$T/browse.err")"
"$PY" - "$T" <<'PY' || fail "index.html: $(cat "$T/index.out")"
import csv, html.parser, json, os, sys, urllib.parse
d = sys.argv[1]
bad = []
rows = list(csv.reader(open(d + '/out/register.csv', encoding='utf-8', newline='')))
ids = [r[0] for r in rows[1:]]

class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell, self.links = [], None, None, []
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == 'tr': self.row = []
        elif tag in ('td', 'th') and self.row is not None: self.cell = ''
        elif tag == 'a' and self.row is not None: self.row_links.append(a['href'])
        if tag == 'tr': self.row_links = []
    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None:
            self.row.append(self.cell.strip()); self.cell = None
        elif tag == 'tr':
            self.rows.append((self.row, self.row_links)); self.row = None
    def handle_data(self, s):
        if self.cell is not None: self.cell += s
p = P()
p.feed(open(d + '/out/index.html', encoding='utf-8').read())
body = p.rows[1:]
if [r[0][0] for r in body] != ids:
    bad.append('rows %s, register.csv %s' % ([r[0][0] for r in body], ids))
for (cells, links), rec in zip(body, rows[1:]):
    rid = rec[0] or rec[11]
    status = rec[4]
    if status == 'failed':
        if links: bad.append('%s failed but has links %s' % (rid, links))
        continue
    want = {os.path.splitext(rec[11])[0] + ext for ext in ('.html', '.pdf')}
    got = {urllib.parse.unquote(h) for h in links}
    if got != want:
        bad.append('%s: links %s, want %s' % (rid, sorted(got), sorted(want)))
    for h in links:
        if not os.path.isfile(os.path.join(d, 'out', urllib.parse.unquote(h))):
            bad.append('%s: link %s leads nowhere' % (rid, h))
f = json.load(open(d + '/filter.json', encoding='utf-8'))
if f['errors'] or f['requests']:
    bad.append('console %s, requests %s' % (f['errors'], f['requests']))
if not f['before']['boxVisible'] or len(f['before']['shown']) != len(ids):
    bad.append('before filtering: %s' % f['before'])
want = {'POL': ['POL-02'], 'deep/proc': ['PRO-07'], 'manual isms': ['MAN-01'], 'nothing-matches': []}
for a in f['after']:
    if a['shown'] != want[a['query']]:
        bad.append('filter %r shows %s, want %s' % (a['query'], a['shown'], want[a['query']]))
    if a['status'] != '%d of %d documents shown' % (len(want[a['query']]), len(ids)):
        bad.append('filter %r: count says %r' % (a['query'], a['status']))
print('index.html: %d rows, filter narrowed %s' % (len(body), [len(a['shown']) for a in f['after']]))
open(d + '/index.out', 'w').write('\n'.join(bad))
sys.exit(1 if bad else 0)
PY

# the same on a run that finds everything up to date, and byte-identical
cp "$T/out/index.html" "$T/index.first"
"$ISOEXPORT" -q --all -f html,pdf -o "$T/out" "$src" 2>/dev/null
cmp -s "$T/index.first" "$T/out/index.html" || fail "index.html differs on an up-to-date run"

# no html asked, or no register: no index
"$ISOEXPORT" -q --all -f pdf -o "$T/pdf" "$src" 2>/dev/null
[ -e "$T/pdf/index.html" ] && fail "index.html written without -f html"
"$ISOEXPORT" -q --all --no-register -f html -o "$T/noreg" "$src" 2>/dev/null
[ -e "$T/noreg/index.html" ] && fail "index.html written with --no-register"
# html only: links to the HTML, none to a PDF that was not asked for
"$ISOEXPORT" -q --all -f html -o "$T/html" "$src" 2>/dev/null
grep -q 'href="[^"]*\.pdf"' "$T/html/index.html" && fail "index.html links a PDF that was not written"
grep -q 'href="a/pol.html"' "$T/html/index.html" || fail "index.html lacks the link a/pol.html"
# without -o: beside the documents, in the folder given
cp -r "$src" "$T/inplace"
rm "$T/inplace/b/broken.yaml"
"$ISOEXPORT" -q --all -f html "$T/inplace" 2>"$T/err" || fail "--all in place: $(cat "$T/err")"
grep -q 'href="b/deep/proc.html"' "$T/inplace/index.html" || fail "in place: no link b/deep/proc.html"

# a link planted as index.html is not written through
mkdir -p "$T/trap"
echo precious >"$T/elsewhere"
ln -s "$T/elsewhere" "$T/trap/index.html"
"$ISOEXPORT" -q --all -f html -o "$T/trap" "$src" 2>"$T/err"
[ $? -eq 1 ] || fail "index.html as a link: want exit 1"
grep -q "index.html" "$T/err" || fail "index.html as a link: the error does not name it: $(cat "$T/err")"
[ "$(cat "$T/elsewhere")" = precious ] || fail "written through the link index.html"
[ -L "$T/trap/index.html" ] || fail "the link index.html was replaced"
# a document's own index.html is never overwritten by the register's
mkdir -p "$T/own"
doc "$T/own/index.yaml" IDX-01 'A document named index'
"$ISOEXPORT" -q --all -f html -o "$T/ownout" "$T/own" 2>"$T/err"
[ $? -eq 1 ] || fail "a document named index.yaml: want exit 1"
grep -q "is an output of" "$T/err" || fail "index.yaml: $(cat "$T/err")"
grep -q "A document named index" "$T/ownout/index.html" || fail "the document's index.html was replaced"
finish
