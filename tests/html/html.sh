#!/bin/sh
# The HTML edition (formats/html/): every sample and the test document
# (html.yaml: every kind of block, a draft, Finnish and typographic text)
# as HTML, then
#   - the Nu Html Checker finds every page valid HTML5 (and a broken copy
#     invalid, so the checker is known to look);
#   - headless Chromium opens each page with no console error and no
#     request at all (everything is inline), every image loaded, the text
#     of every paragraph, heading and cell of the document (from its tree
#     dump) in the page, the walk's list markers drawn;
#   - Chromium's print-to-PDF shows the control footer (the control line,
#     owner and approver, "Uncontrolled when printed", "Page N of M") and
#     the header with the DRAFT mark on every page;
#   - the output is byte-identical from run to run.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/html/lib.sh"
html_tools

mkdir -p "$T/a" "$T/b"
docs="$top_srcdir/samples/*.yaml $top_srcdir/tests/html/html.yaml"
# shellcheck disable=SC2086
"$ISOEXPORT" -q -f html,dump -o "$T/a" $docs 2>"$T/err" || fail "convert: $(cat "$T/err")"
# shellcheck disable=SC2086
"$ISOEXPORT" -q -f html -o "$T/b" $docs 2>"$T/err" || fail "convert again: $(cat "$T/err")"
for f in "$T"/a/*.html; do
  cmp -s "$f" "$T/b/$(basename "$f")" || fail "$(basename "$f") differs between two runs"
done

# valid HTML5, and the checker does look
vnu "$T"/a/*.html >"$T/vnu.out" 2>&1 || fail "not valid HTML5:
$(head -40 "$T/vnu.out")"
sed 's|</table>|</tabel>|' "$T/a/html.html" >"$T/broken.html"
vnu "$T/broken.html" >/dev/null 2>&1 && fail "the checker accepts a broken page"

# in the browser
browse check "$T"/a/*.html >"$T/dom.json" 2>"$T/browse.err" ||
  fail "browse.js: $(cat "$T/browse.err")"
"$PY" - "$T" <<'PY' || fail "pages in Chromium: $(cat "$T/dom.out")"
import json, re, sys
d = sys.argv[1]
bad = []
def norm(s):
    return ' '.join(s.split())
def literals(dump):
    out = []
    for line in open(dump, encoding='utf-8'):
        m = re.match(r'\s*(text|code|code_block)@\S*\s+"(.*)"$', line.rstrip('\n'))
        if m:
            s = re.sub(r'\\(x[0-9a-f]{2}|.)', lambda g: {'n': '\n', 't': '\t'}.get(
                g.group(1), g.group(1) if len(g.group(1)) == 1 else chr(int(g.group(1)[1:], 16))), m.group(2))
            if s.strip():
                out.append(norm(s))
    return out
pages = [json.loads(l) for l in open(d + '/dom.json', encoding='utf-8')]
if len(pages) < 5:
    bad.append('only %d pages opened' % len(pages))
for p in pages:
    name = p['file'].rsplit('/', 1)[-1][:-5]
    text = norm(p['text'])
    for what in ('errors', 'requests'):
        if p[what]:
            bad.append('%s: %s: %s' % (name, what, p[what][:3]))
    if p['scripts']:
        bad.append('%s: %d scripts in a document page' % (name, p['scripts']))
    if not all(p['images']):
        bad.append('%s: an image did not load: %s' % (name, p['images']))
    missing = [s for s in literals('%s/a/%s.txt' % (d, name)) if s not in text]
    if missing:
        bad.append('%s: %d texts not in the page, e.g. %r' % (name, len(missing), missing[:3]))
    for m in p['markers']:
        if not re.match(r'^"(\S+)\u00a0"$', m):
            bad.append('%s: marker drawn as %r, not the walk\'s' % (name, m))
    print('%s: %d characters of text, %d images, %d list markers' % (
        name, len(text), len(p['images']), len(p['markers'])))
t = [p for p in pages if p['file'].endswith('/html.html')][0]
want = ['"1.\u00a0"', '"a.\u00a0"', '"i.\u00a0"', '"\u2022\u00a0"', '"\u25e6\u00a0"', '"\u2013\u00a0"']
if t['markers'][:6] != want:
    bad.append('html: markers %s, want %s' % (t['markers'][:6], want))
if t['lang'] != 'en-GB':
    bad.append('html: lang %r' % t['lang'])
for s in ('DRAFT', 'Verkkoversio \u2013 \u00e4\u00f6\u00e5 \u00c5\u00c4\u00d6 \u20ac \u2264 5',
          '<b>tagit</b> & "lainausmerkit"', '<script>alert(1)</script>', 'Table 1: Captioned table',
          'Figure 1: The logo', 'Principles', 'Note', 'Tip', 'Warning',
          'Uncontrolled when printed', 'Approval and version control', 'Acknowledgement'):
    if s not in t['text']:
        bad.append('html: %r not shown' % s)
for href in ('https://example.com/%C3%A4?q=1&r=2', 'mailto:tietoturva@example.com',
             'other.html#part', '#sec-3', '#sec-8'):
    if href not in t['links']:
        bad.append('html: no link to %r (%s)' % (href, t['links']))
open(d + '/dom.out', 'w').write('\n'.join(bad))
sys.exit(1 if bad else 0)
PY

# printed: the header and the control footer on every page
print_pdf "$T/a/html.html" "$T/html-print.pdf"
if [ ! -s "$T/html-print.pdf" ]; then
  fail "Chromium printed no PDF"
else
  n=$(pdfinfo "$T/html-print.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  [ "${n:-0}" -ge 2 ] || fail "the printout has ${n:-0} pages (a page break is in the document)"
  i=1
  while [ "$i" -le "${n:-0}" ]; do
    pdftotext -f $i -l $i "$T/html-print.pdf" "$T/page.txt" 2>/dev/null
    tr -s ' \n' '  ' <"$T/page.txt" >"$T/page1.txt"
    for s in "ISMS-HTML-01 · Verkkoversio" "Owner: Mäkelä Päivi" "Approver: –" \
             "Approval date: not approved" "Next review: 2027-11-01" \
             "Uncontrolled when printed" "Page $i of $n" "Esimerkki Oy · Verkkoversio" \
             "Sisäinen · DRAFT"; do
      grep -qF -- "$s" "$T/page1.txt" || fail "printed page $i lacks '$s'"
    done
    i=$((i + 1))
  done
  # the page break: what follows it starts a page
  i=1
  while [ "$i" -le "${n:-0}" ]; do
    pdftotext -f $i -l $i "$T/html-print.pdf" "$T/page.txt" 2>/dev/null
    if grep -q "Figure 1: The logo" "$T/page.txt" && grep -q "MFA everywhere" "$T/page.txt"; then
      fail "the page break did not break the printout (page $i)"
    fi
    i=$((i + 1))
  done
  echo "printed: $n pages, each with the header and the control footer" >&2
fi
finish
