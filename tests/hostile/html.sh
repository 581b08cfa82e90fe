#!/bin/sh
# The HTML edition against hostile text (docs/format.md, "The HTML edition"):
#   - "<script>", quotes, "&" and "</style>" in every text field (title,
#     subtitle, organisation, owner, classification, keywords, a heading, a
#     caption, a cell, code, a sign-off role, a theme's font name) are
#     escaped: the page holds no <script>, no element the text names, the
#     text itself shows as written, and the page is valid HTML5;
#   - a link whose URL holds quotes and angle brackets stays one attribute;
#   - javascript:, data: and vbscript: links are refused by the loader with
#     -f html as with every format (exit 1, nothing written);
#   - file names holding "#", "?", ":", "&", "<", spaces and a leading
#     "javascript:" get index.html links that are paths to those very
#     files, never a scheme, a query or a fragment;
#   - Finnish and typographic characters (äöå € – ≤ “ ”) come through.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
. "$top_srcdir/tests/html/lib.sh"
html_tools

S='<script>alert(1)</script>'
printf 'name: hostile\nfonts:\n  body: "</style><script>alert(2)</script>"\n' >"$T/theme.yaml"
{
  echo "document:"
  echo "  id: EVIL-01"
  echo "  title: '$S Äöå € – ≤ “x”'"
  echo "  subtitle: '\"><img src=x onerror=alert(3)>'"
  echo "  organization: 'O&amp;B <b>Oy</b>'"
  echo "  version: \"1.0\""
  echo "  status: draft"
  echo "  classification: \"</title><script>alert(4)</script>\""
  echo "  owner: \"O'Brien & <i>Sons</i>\""
  echo "  next_review: 2030-01-01"
  echo "  keywords: ['$S', \"a&b\"]"
  echo "  signoff:"
  echo "    - {role: '$S'}"
  echo "sections:"
  echo "  - title: '<h1>Heading</h1> $S'"
  echo "    content:"
  echo "      - 'Text $S and &lt;b&gt; and a [link](https://example.com/?a=\"><script>x</script>&b=1).'"
  echo "      - \"\`<style>\` and \`</code>\`\""
  echo "      - table:"
  echo "          caption: '$S'"
  echo "          columns: ['<th>', '\"quoted\"']"
  echo "          rows:"
  echo "            - ['$S', \"</td></tr></table>\"]"
  echo "      - |"
  echo "        \`\`\`"
  echo "        </pre><script>alert(5)</script>"
  echo "        \`\`\`"
} >"$T/evil.yaml"
hostile_run 30 -f html --theme "$T/theme.yaml" -o "$T/html" "$T/evil.yaml"
expect_ok "hostile text"
f=$T/html/evil.html
if [ -f "$f" ]; then
  assert_not_contains "$f" "<script"
  assert_not_contains "$f" "<img src=x"
  assert_not_contains "$f" "<b>"
  assert_not_contains "$f" "</style><"
  assert_contains "$f" '&lt;script&gt;alert(1)&lt;/script&gt;'
  assert_contains "$f" 'href="https://example.com/?a=%22%3E%3Cscript%3Ex%3C/script%3E&amp;b=1"'
  vnu "$f" >"$T/vnu.out" 2>&1 ||
    fail "the hostile page is not valid HTML5: $(head -20 "$T/vnu.out")"
  browse check "$f" >"$T/dom.json" 2>"$T/browse.err" || fail "browse.js: $(cat "$T/browse.err")"
  "$PY" - "$T/dom.json" "$S" >"$T/dom.out" 2>&1 <<'PY' || fail "in Chromium: $(cat "$T/dom.out")"
import json, sys
p = json.loads(open(sys.argv[1], encoding='utf-8').read())
s = sys.argv[2]
want = [s + ' Äöå € – ≤ “x”', 'O&amp;B <b>Oy</b>', "O'Brien & <i>Sons</i>",
        '</pre><script>alert(5)</script>', '<h1>Heading</h1> ' + s,
        '</td></tr></table>', '"><img src=x onerror=alert(3)>',
        '</title><script>alert(4)</script>']
bad = [w for w in want if w not in p['text']]
if p['errors'] or p['requests'] or p['scripts']:
    bad.append('errors %s, requests %s, scripts %d' % (p['errors'], p['requests'], p['scripts']))
print('\n'.join(map(repr, bad)))
sys.exit(1 if bad else 0)
PY
else
  fail "no evil.html"
fi

# links the loader refuses, with -f html as with every format
for url in 'javascript:alert(1)' 'JaVaScRiPt:alert(1)' 'data:text/html,x' 'vbscript:x'; do
  minimal_doc "$T/link.yaml" "" "      - \"[x]($url)\""
  rm -rf "$T/lout"
  hostile_run 30 -f html -o "$T/lout" "$T/link.yaml"
  [ "$rc" -eq 1 ] || fail "link $url: exit $rc, want 1"
  assert_empty_dir "link $url" "$T/lout"
done

# file names that would be schemes, queries, fragments or markup in a link
mkdir -p "$T/tree/sub dir"
i=0
for name in 'javascript:alert(1)' 'a#b' 'q?x=1' 'x&y' 'lt<gt' 'sub dir/ä ö'; do
  i=$((i + 1))
  minimal_doc "$T/tree/$name.yaml" "" ""
  sed -i "s/HOST-01/NAME-0$i/" "$T/tree/$name.yaml"
done
hostile_run 60 --all -f html -o "$T/site" "$T/tree"
expect_ok "hostile file names"
"$PY" - "$T/site" >"$T/links.out" 2>&1 <<'PY' || fail "index.html links: $(cat "$T/links.out")"
import html.parser, os, sys, urllib.parse
d = sys.argv[1]
class P(html.parser.HTMLParser):
    hrefs = []
    def handle_starttag(self, tag, a):
        if tag == 'a':
            self.hrefs.append(dict(a)['href'])
p = P()
p.feed(open(d + '/index.html', encoding='utf-8').read())
bad = []
for h in p.hrefs:
    u = urllib.parse.urlsplit(h)
    if u.scheme or u.fragment or u.query or u.netloc:
        bad.append('%s is not a plain path' % h)
    if not os.path.isfile(os.path.join(d, urllib.parse.unquote(u.path))):
        bad.append('%s leads nowhere' % h)
if len(p.hrefs) != 6:
    bad.append('%d links, want 6: %s' % (len(p.hrefs), p.hrefs))
print('\n'.join(bad))
sys.exit(1 if bad else 0)
PY
vnu "$T/site/index.html" >"$T/vnu.out" 2>&1 ||
  fail "index.html with hostile names is not valid: $(head -20 "$T/vnu.out")"
finish
