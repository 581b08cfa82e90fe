#!/usr/bin/env python3
"""Landscape pages alike in three renderings (tests/cross/landscape.sh).

usage: landscape.py OURS.pdf LO-DOCX.pdf LO-ODT.pdf PATTERN [TEXT=PAGE]...

PATTERN gives each page's orientation, P or L ("PLLP"); every rendering
has exactly those pages. TEXT=PAGE: the line TEXT (a heading, a caption,
a paragraph) is shown on page PAGE in every rendering. Also: the contents
name the page that shows each heading, and LibreOffice's renderings show
them on our PDF's pages; every page says "Page N of M" with M the page
count; the header's right item and the page label end at the right
margin on every page, wide or not (the right margin is our PDF's first
page's); no page holds only its header and footer."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402  (its helpers; main() runs only as a script)

bad = []


def fail(msg):
    bad.append(msg)
    print('FAIL: ' + msg)


def sizes(path, n):
    out = subprocess.run(['pdfinfo', '-f', '1', '-l', str(n), path],
                         capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r'^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)', out, re.M)]


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                  r'yMax="([\d.]+)">([^<]*)</word>')


def words(path):
    """Per page: (width, [(xmin, ymin, xmax, text)])."""
    out = subprocess.run(['pdftotext', '-bbox', path, '-'],
                         capture_output=True, text=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                         out, re.S):
        ws = [(float(a), float(b), float(c), t)
              for a, b, c, _, t in WORD.findall(m.group(3))]
        pages.append((float(m.group(1)), ws))
    return pages


def right_edges(path):
    """Per page: the right end of the page label's last word ("Page 3 of
    9": the 9) and of the header's right item, as margins from the page's
    right edge."""
    out, pages = [], words(path)
    n = len(pages)
    for i, (width, ws) in enumerate(pages):
        label = None
        for k in range(len(ws) - 3):
            if ([w[3] for w in ws[k:k + 4]] == ['Page', str(i + 1), 'of', str(n)]):
                label = width - ws[k + 3][2]
        top = min(ws, key=lambda w: w[1]) if ws else None
        head = None
        if top:  # the rightmost word on the header's line
            line = [w for w in ws if abs(w[1] - top[1]) < 2]
            head = width - max(w[2] for w in line)
        out.append((label, head))
    return out


def main():
    ours, lo_docx, lo_odt, pattern = sys.argv[1:5]
    want = [a.rsplit('=', 1) for a in sys.argv[5:]]
    n = len(pattern)
    renders = [('pdf', ours), ('docx', lo_docx), ('odt', lo_odt)]
    texts = {}
    for fmt, path in renders:
        if not os.path.exists(path):
            fail('%s: no rendering %s' % (fmt, path))
            continue
        pages = compare.pages_text(path)
        texts[fmt] = pages
        if len(pages) != n:
            fail('%s: %d pages, want %d' % (fmt, len(pages), n))
        got = ''.join('L' if w > h else 'P' for w, h in sizes(path, len(pages)))
        if got != pattern:
            fail('%s: page orientations %s, want %s' % (fmt, got, pattern))
        for text, page in want:
            where = compare.shown_on(pages, text, 0)
            if where != int(page):
                fail('%s: %r on page %s, want %s' % (fmt, text, where, page))
        for i, p in enumerate(pages):
            if 'Page %d of %d' % (i + 1, len(pages)) not in p:
                fail('%s: page %d does not say "Page %d of %d"'
                     % (fmt, i + 1, i + 1, len(pages)))
            if len([l for l in p.splitlines() if l.strip()]) < 4:
                fail('%s: page %d holds only its header and footer' % (fmt, i + 1))
        print('%s: pages %s' % (fmt, got))
    # the furniture ends at the right margin on every page
    edges = {fmt: right_edges(path) for fmt, path in renders if fmt in texts}
    if 'pdf' in edges and edges['pdf'] and None not in edges['pdf'][0]:
        margin = edges['pdf'][0][0]
        for fmt, per_page in edges.items():
            for i, (label, head) in enumerate(per_page):
                for what, m in (('page label', label), ("header's right item", head)):
                    if m is None or abs(m - margin) > 6:
                        fail('%s: page %d (%s): the %s ends %s pt from the right '
                             'edge, want %.0f' % (fmt, i + 1, pattern[i:i + 1], what,
                                                  'nowhere' if m is None
                                                  else '%.0f' % m, margin))
    else:
        fail('pdf: no page label on page 1')
    # the contents
    if 'pdf' in texts and any(l.strip() == 'Contents'
                              for l in '\n'.join(texts['pdf']).splitlines()):
        entries = compare.toc_entries(texts['pdf'])
        for fmt, pages in texts.items():
            got, wrong = compare.toc_mismatches(pages)
            if len(got) < 3:
                fail('%s: no contents list found' % fmt)
            for w in wrong:
                fail('%s: %s' % (fmt, w))
            if fmt != 'pdf':
                for w in compare.toc_mismatches(pages, want=entries)[1]:
                    fail('%s: %s' % (fmt, w))
        print('contents: %d entries right in %d renderings' % (len(entries), len(texts)))
    sys.exit(1 if bad else 0)


main()
