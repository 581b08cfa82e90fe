#!/usr/bin/env python3
"""Compares the three formats of each document with each other.

usage: compare.py DIR NAME... [--lo LODIR]

DIR holds NAME.docx, NAME.odt and NAME.pdf (ours) for every NAME, with
NAME.N.txt (pdftotext -layout of page N of our PDF), NAME.bbox.html
(pdftotext -bbox) and NAME.outlines (qpdf --json outlines); LODIR, when
given, holds NAME-docx.pdf and NAME-odt.pdf, LibreOffice's renderings.

Checks, each printed as "FAIL: ..." (exit 1 when any failed):
  - the title block: the same rows in the same order in all three;
  - the page header: the same items left and right in all three;
  - a `toc` block in a section titled "Contents" adds no second title;
  - list markers by kind and level the same in all three (documents with
    nested lists);
  - every table with `widths`: DOCX, ODT and PDF column shares within 2 %
    of the weights;
  - no heading is the last thing on a page of our PDF;
  - LibreOffice's page count of the DOCX and the ODT within one page of
    our PDF;
  - when NAME.html is there too (the HTML edition): the same title-block
    rows in the same order, the same header items, the same list markers
    and the same contents entries (texts, in order) as the others.
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
NS = {
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    'style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
}
T = '{%s}' % NS['table']
TX = '{%s}' % NS['text']
ST = '{%s}' % NS['style']

bad = 0


def fail(msg):
    global bad
    bad += 1
    print('FAIL: ' + msg)


def text_of(el):
    return ''.join(el.itertext()).strip()


# ---- DOCX ---------------------------------------------------------------

def docx_parts(path):
    z = zipfile.ZipFile(path)
    return (ET.fromstring(z.read('word/document.xml')),
            ET.fromstring(z.read('word/numbering.xml')),
            ET.fromstring(z.read('word/header1.xml')))


def flat(el):
    """Text of EL with its tabs as tab characters (pictures and shapes, such
    as the watermark, left out; ODF's text:s as one space, which the
    comparison squashes anyway)."""
    out = [el.text or '']
    for c in el:
        if c.tag in (W + 'tab', TX + 'tab'):
            out.append('\t')
        elif c.tag == TX + 's':
            out.append(' ')
        elif not c.tag.endswith(('}frame', '}drawing', '}custom-shape', '}pict')):
            out.append(flat(c))
        out.append(c.tail or '')
    return ''.join(out)


def header_items(s):
    left, _, right = s.partition('\t')
    return ' '.join(left.split()), ' '.join(right.split())


def docx_header(hdr):
    return header_items(flat(hdr.find('.//%sp' % W)))


def odt_header(styles):
    h = styles.find('.//{%s}header' % NS['style'])
    return header_items(flat(h.find(TX + 'p')))


def pdf_header(page1):
    line = page1.splitlines()[0].strip()
    parts = re.split(r'\s{3,}', line)
    return parts[0], (parts[1] if len(parts) > 1 else '')


def paragraphs_saying(texts, word):
    return sum(1 for t in texts if t.strip() == word)


def docx_title_rows(doc):
    tbl = doc.find('.//%stbl' % W)
    return [text_of(tr.findall('%stc' % W)[0]) for tr in tbl.findall('%str' % W)]


def docx_markers(numbering):
    """Markers of levels 0..2 of the bullet and the numbered definition."""
    fmt = {'decimal': '1.', 'lowerLetter': 'a.', 'lowerRoman': 'i.'}
    out = {}
    for a in numbering.findall('%sabstractNum' % W):
        name = a.find('%sname' % W).get(W + 'val')
        kind = 'numbered' if 'Number' in name else 'bullet'
        levels = []
        for lvl in a.findall('%slvl' % W)[:3]:
            f = lvl.find('%snumFmt' % W).get(W + 'val')
            t = lvl.find('%slvlText' % W).get(W + 'val')
            levels.append(t if f == 'bullet' else fmt.get(f, f) if t.endswith('.') else t)
        out[kind] = levels
    return out


def docx_table_shares(doc, ncols):
    """Column shares of every body table with NCOLS columns (tcW of the
    first row, checked against the grid)."""
    shares = []
    for tbl in doc.iter('%stbl' % W):
        grid = [int(g.get(W + 'w')) for g in tbl.find('%stblGrid' % W)]
        if len(grid) != ncols:
            continue
        tr = tbl.find('%str' % W)
        tcw = [int(tc.find('%stcPr/%stcW' % (W, W)).get(W + 'w'))
               for tc in tr.findall('%stc' % W)]
        if tcw != grid:
            fail('DOCX table: tcW %s differs from the grid %s' % (tcw, grid))
        layout = tbl.find('%stblPr/%stblLayout' % (W, W))
        if layout is None or layout.get(W + 'type') != 'fixed':
            fail('DOCX table with %d columns: layout is not fixed' % ncols)
        shares.append([g / sum(grid) for g in grid])
    return shares


# ---- ODT ----------------------------------------------------------------

def furniture_colours(docx_path, odt_styles):
    """The header's and the footer's text colour in the DOCX's styles and
    in the ODT's (the PDF draws ISO_PR_FURNITURE_COLOR)."""
    styles = ET.fromstring(zipfile.ZipFile(docx_path).read('word/styles.xml'))
    out = {}
    for st in styles.iter(W + 'style'):
        sid = st.get(W + 'styleId')
        if sid in ('Header', 'Footer'):
            c = st.find('.//%scolor' % W)
            out['docx ' + sid] = (c.get(W + 'val') if c is not None else '').upper()
    fo = '{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}'
    for st in odt_styles.iter('{%s}style' % NS['style']):
        name = st.get('{%s}name' % NS['style'])
        if name in ('Header', 'Footer'):
            tp = st.find('{%s}text-properties' % NS['style'])
            out['odt ' + name] = (tp.get(fo + 'color', '') if tp is not None else '').lstrip('#').upper()
    return out


def odt_parts(path):
    z = zipfile.ZipFile(path)
    return ET.fromstring(z.read('content.xml')), ET.fromstring(z.read('styles.xml'))


def odt_title_rows(content):
    for t in content.iter(T + 'table'):
        if t.get(T + 'name') == 'DocumentControl':
            return [text_of(r.findall(T + 'table-cell')[0])
                    for r in t.iter(T + 'table-row')]
    return []


def odt_markers(styles):
    fmt = {'1': '1.', 'a': 'a.', 'i': 'i.'}
    out = {}
    for ls in styles.iter(TX + 'list-style'):
        name = ls.get(ST + 'name')
        if name == 'Numbering_20_123':
            out['numbered'] = [fmt.get(l.get(ST + 'num-format'), '?')
                               for l in ls.findall(TX + 'list-level-style-number')[:3]]
        elif name == 'List_20_1':
            out['bullet'] = [l.get(TX + 'bullet-char')
                             for l in ls.findall(TX + 'list-level-style-bullet')[:3]]
    return out


def odt_table_shares(content, ncols):
    rel = {}
    for s in content.iter(ST + 'style'):
        p = s.find(ST + 'table-column-properties')
        if p is not None:
            rel[s.get(ST + 'name')] = float(p.get(ST + 'rel-column-width').rstrip('*'))
    shares = []
    for t in content.iter(T + 'table'):
        if not (t.get(T + 'name') or '').startswith('Table'):
            continue
        cols = [rel[c.get(T + 'style-name')] for c in t.findall(T + 'table-column')]
        if len(cols) == ncols:
            shares.append([c / sum(cols) for c in cols])
    return shares


# ---- our PDF -------------------------------------------------------------

def pdf_pages(d, name):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(
        ['pdfinfo', '%s/%s.pdf' % (d, name)], capture_output=True,
        text=True).stdout).group(1))
    return [open('%s/%s.%d.txt' % (d, name, p), encoding='utf-8').read()
            for p in range(1, n + 1)]


def pdf_title_rows(page1, labels):
    """The labels in the order page one shows them (each at a line start)."""
    found = []
    for line in page1.splitlines():
        s = line.strip()
        for l in labels:
            if (s == l or s.startswith(l + ' ')) and l not in found:
                found.append(l)
                break
    return found


def pdf_markers(pages):
    """Markers in front of the test document's list items."""
    text = '\n'.join(pages)
    out = {}
    for kind, items in (('numbered', ['First numbered', 'Second numbered', 'Third numbered']),
                        ('bullet', ['First bullet', 'Second bullet', 'Third bullet'])):
        marks = []
        for it in items:
            m = re.search(r'(\S+)\s+' + re.escape(it), text)
            marks.append(m.group(1) if m else None)
        out[kind] = marks
    return out


def pdf_words(d, name):
    """Words of our PDF with their page and box, from pdftotext -bbox."""
    words, page = [], 0
    for line in open('%s/%s.bbox.html' % (d, name), encoding='utf-8'):
        if '<page ' in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                      r'yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, float(m.group(1)), float(m.group(2)),
                          float(m.group(3)), html.unescape(m.group(5))))
    return words


def pdf_table_shares(words, headers, pad=4.0):
    """Column shares of the first table whose header row is HEADERS: each
    column starts a cell padding left of its header word; the last ends at
    the text's right edge (where the footer's page label ends)."""
    first = [w for w in words if w[4] == headers[0]]
    for w0 in first:
        row = [w for w in words if w[0] == w0[0] and abs(w[2] - w0[2]) < 1]
        xs = []
        for h in headers:
            m = [w for w in row if w[4] == h]
            if not m:
                break
            xs.append(m[0][1] - pad)
        if len(xs) != len(headers):
            continue
        # "Page N of M" is right-aligned: M ends at the text's right edge
        right = max(w[3] for w in words if w[0] == w0[0] and re.fullmatch(r'\d+', w[4]))
        edges = xs + [right]
        total = right - xs[0]
        return [(edges[i + 1] - edges[i]) / total for i in range(len(xs))]
    return None


def heading_last_on_page(pages, outline, doc_id):
    """Headings of the outline whose page shows nothing of the body below
    them (the footer starts with the document ID)."""
    out = []
    for title, page in outline:
        if page < 1 or page > len(pages):
            continue
        lines = [l.strip() for l in pages[page - 1].splitlines() if l.strip()]
        body = []
        for l in lines[1:]:  # the header line first
            if l.startswith(doc_id + ' '):
                break
            body.append(l)
        key = title[:40]
        at = [i for i, l in enumerate(body) if l.startswith(key) or key.startswith(l[:40])]
        if at and at[-1] == len(body) - 1:
            out.append((title, page))
    return out


def outline(d, name):
    res = []

    def walk(items):
        for o in items:
            res.append((o['title'], o.get('destpageposfrom1', 0)))
            walk(o.get('kids', []))
    walk(json.load(open('%s/%s.outlines' % (d, name)))['outlines'])
    return res


def approval_table(doc):
    """The approval block's heading and labels: the last two-column table of
    the DOCX body and the paragraph before it."""
    body = doc.find(W + 'body')
    kids = list(body)
    for i in range(len(kids) - 1, 0, -1):
        t = kids[i]
        if t.tag == W + 'tbl' and len(t.findall('%stblGrid/%sgridCol' % (W, W))) == 2:
            labels = [text_of(r.findall(W + 'tc')[0]) for r in t.findall(W + 'tr')]
            return text_of(kids[i - 1]), labels
    return None, []


def rows_on_heading_page(pages, heading, labels):
    """Whether every label starts a line on the page (and below the line)
    where HEADING stands last; a footer's "Owner:" does not count."""
    hits = [i for i, p in enumerate(pages)
            if any(l.strip() == heading for l in p.splitlines())]
    if not hits:
        return False
    lines = [l.strip() for l in pages[hits[-1]].splitlines()]
    below = lines[[i for i, l in enumerate(lines) if l == heading][-1]:]
    return all(any(l.startswith(lab) and not l[len(lab):].startswith(':')
                   for l in below) for lab in labels)


def pages_text(path):
    n = lo_pages(path) or 0
    return [subprocess.run(['pdftotext', '-layout', '-f', str(i), '-l', str(i), path, '-'],
                           capture_output=True, text=True).stdout for i in range(1, n + 1)]


def lo_pages(path):
    r = subprocess.run(['pdfinfo', path], capture_output=True, text=True)
    m = re.search(r'Pages:\s+(\d+)', r.stdout)
    return int(m.group(1)) if m else None


TOC_LINE = re.compile(r'^\s*(\S.*?\S)(?:\s*\.{3,}\s*|\s{3,})(\d+)\s*$')


def toc_entries(pages, title='Contents'):
    """The (text, page) entries of the first contents list: the lines after
    the line that says TITLE, on that page and the pages that follow while
    they hold entries."""
    out = []
    for i, page in enumerate(pages):
        lines = page.splitlines()
        if not out:
            at = [k for k, l in enumerate(lines) if l.strip() == title]
            if not at:
                continue
            lines = lines[at[0] + 1:]
        found = [TOC_LINE.match(l) for l in lines]
        found = [(m.group(1).rstrip('. '), int(m.group(2))) for m in found
                 if m and not re.search(r'\d+ of \d+|/ \d+', m.group(0))]
        if out and not found:
            break
        out += found
        if not out:
            break
    return out


def shown_on(pages, text, start):
    """The page (1-based) that shows TEXT as a line, from page START on
    (0-based), outside contents lines; None when none does."""
    for exact in (True, False):
        for i in range(start, len(pages)):
            if any((l.strip() == text if exact else l.strip().startswith(text))
                   and not TOC_LINE.match(l) for l in pages[i].splitlines()):
                return i + 1
    return None


def toc_mismatches(pages, title='Contents', want=None):
    """Entries of the contents whose page is not the page that shows the
    heading (searched in order, outside the contents' own lines). With
    WANT, a list of (text, page), the pages are compared with WANT's
    instead: the same heading on the same page as in another rendering."""
    entries, bad, start = toc_entries(pages, title), [], 0
    for text, num in want if want is not None else entries:
        where = shown_on(pages, text, start)
        if where is None:
            bad.append('%r (contents: %d) not found' % (text, num))
            continue
        start = where - 1
        if where != num:
            bad.append('%r: %s %d, shown on %d'
                       % (text, 'our PDF shows it on' if want is not None
                          else 'contents say', num, where))
    return entries, bad


def watermark_pixels(pdf):
    """Where page 1 of PDF shows the watermark's colour (the draft colour
    C00000 lightened to 16 %: F5D6D6) in the middle of the page, where no
    other text of that colour stands: (count, centre x, centre y) as shares
    of the page."""
    out = subprocess.run(['pdftoppm', '-r', '20', '-f', '1', '-l', '1', pdf],
                         capture_output=True).stdout
    if not out.startswith(b'P6'):
        return None
    head = out.split(b'\n', 3)
    w, h = map(int, head[1].split())
    px = head[3]
    xs, ys = [], []
    for y in range(int(h * 0.3), int(h * 0.7)):
        for x in range(int(w * 0.25), int(w * 0.75)):
            i = (y * w + x) * 3
            r, g, b = px[i], px[i + 1], px[i + 2]
            if abs(r - 0xF5) <= 10 and abs(g - 0xD6) <= 16 and abs(b - 0xD6) <= 16:
                xs.append(x)
                ys.append(y)
    if not xs:
        return 0, None, None
    return len(xs), sum(xs) / len(xs) / w, sum(ys) / len(ys) / h


def check_watermark(name, marked, renders):
    """A document whose header shows a status mark (DRAFT, LUONNOS...) has
    the watermark across page 1 in every rendering, all centred alike; an
    approved one has none."""
    got = {fmt: watermark_pixels(path) for fmt, path in renders}
    for fmt, g in got.items():
        if g is None:
            fail('%s: %s: page 1 could not be rendered' % (name, fmt))
        elif marked and g[0] < 40:
            fail('%s: %s: no watermark on page 1 (%d pixels of its colour)' % (name, fmt, g[0]))
        elif not marked and g[0]:
            fail('%s: %s: a watermark on an approved document' % (name, fmt))
    centres = [(g[1], g[2]) for g in got.values() if g and g[1] is not None]
    if marked and len(centres) == len(got):
        for fmt, g in got.items():
            if abs(g[1] - centres[0][0]) > 0.06 or abs(g[2] - centres[0][1]) > 0.06:
                fail('%s: %s: watermark centred at %.2f/%.2f, our PDF at %.2f/%.2f'
                     % (name, fmt, g[1], g[2], centres[0][0], centres[0][1]))
    if marked:
        print('%s: watermark in %s' % (name, ', '.join('%s (%d px)' % (f, g[0]) for f, g in got.items() if g)))


# Documents whose every listed heading LibreOffice shows on the page our PDF
# shows it on, in the DOCX and in the ODT.
SAME_PAGES = ('cross', 'isms-manual')


# ---- the HTML edition ------------------------------------------------------

class HtmlParts(html.parser.HTMLParser):
    """The title-block labels, the page header's two sides, the contents'
    entries and each list item's marker (by its first text)."""
    def __init__(self):
        super().__init__()
        self.rows, self.header, self.toc, self.markers = [], [], [], {}
        self.stack, self.grab, self.item = [], None, None
    VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link',
            'meta', 'source', 'track', 'wbr'}
    def handle_starttag(self, tag, a):
        if tag in self.VOID:
            return
        a = dict(a)
        where = self.stack[-1] if self.stack else ''
        ctx = ''
        if tag == 'table' and a.get('id') == 'document-control':
            ctx = 'kv'
        elif tag == 'div' and a.get('class') == 'page-header':
            ctx = 'header'
        elif tag == 'nav' and 'toc' in (a.get('class') or '') and not self.toc:
            ctx = 'toc'
        self.stack.append(ctx or where)
        if ctx == '' and where == 'kv' and tag == 'th':
            self.grab = ['kv', '']
        elif where == 'header' and tag == 'span' and len([x for x in self.stack if x == 'header']) == 2:
            self.grab = ['header', '']
        elif where == 'toc' and tag == 'li':
            self.grab = ['toc', '']
        elif tag == 'li' and 'data-marker' in a:
            self.item = [a['data-marker'], '']
    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.grab and ((self.grab[0] == 'kv' and tag == 'th') or
                          (self.grab[0] == 'toc' and tag == 'li') or
                          (self.grab[0] == 'header' and tag == 'span' and
                           len([x for x in self.stack if x == 'header']) == 2)):
            {'kv': self.rows, 'toc': self.toc, 'header': self.header}[self.grab[0]].append(
                ' '.join(self.grab[1].split()))
            self.grab = None
        if self.item and tag in ('p', 'li'):
            self.markers.setdefault(' '.join(self.item[1].split()), self.item[0])
            self.item = None
        if self.stack:
            self.stack.pop()
    def handle_data(self, data):
        if self.grab:
            self.grab[1] += data
        if self.item:
            self.item[1] += data


def html_checks(d, name, rows_docx, h_docx, mk_docx, pages):
    p = HtmlParts()
    p.feed(open('%s/%s.html' % (d, name), encoding='utf-8').read())
    if p.rows != rows_docx:
        fail('%s: title rows differ:\n  docx %s\n  html %s' % (name, rows_docx, p.rows))
    if tuple(p.header[:2]) != tuple(h_docx):
        fail('%s: header items differ: docx %s, html %s' % (name, h_docx, p.header))
    if 'First numbered' in p.markers:
        mk = {'numbered': [p.markers.get(k) for k in ('First numbered', 'Second numbered', 'Third numbered')],
              'bullet': [p.markers.get(k) for k in ('First bullet', 'Second bullet', 'Third bullet')]}
        if mk != mk_docx:
            fail('%s: list markers differ: html %s, docx %s' % (name, mk, mk_docx))
        else:
            print('%s: html list markers the same: %s' % (name, mk))
    if 'Contents' in [l.strip() for l in '\n'.join(pages).splitlines()]:
        want = [t for t, _ in toc_entries(pages)]
        if p.toc != want:
            fail('%s: contents differ:\n  pdf  %s\n  html %s' % (name, want, p.toc))
        else:
            print('%s: html contents the same %d entries' % (name, len(p.toc)))


def main():
    args = sys.argv[1:]
    lo = None
    if '--lo' in args:
        i = args.index('--lo')
        lo = args[i + 1]
        del args[i:i + 2]
    d, names = args[0], args[1:]
    for name in names:
        doc, numbering, hdr = docx_parts('%s/%s.docx' % (d, name))
        content, styles = odt_parts('%s/%s.odt' % (d, name))
        pages = pdf_pages(d, name)
        # title block
        rows_docx = docx_title_rows(doc)
        rows_odt = odt_title_rows(content)
        rows_pdf = pdf_title_rows(pages[0], rows_docx)
        if not rows_docx or rows_docx != rows_odt or rows_docx != rows_pdf:
            fail('%s: title rows differ:\n  docx %s\n  odt  %s\n  pdf  %s'
                 % (name, rows_docx, rows_odt, rows_pdf))
        # the header's and footer's colour, the same in every format
        fc = furniture_colours('%s/%s.docx' % (d, name), styles)
        if len(set(fc.values())) != 1 or len(fc) != 4:
            fail('%s: header/footer colours differ: %s' % (name, fc))
        # page header
        h_docx, h_odt, h_pdf = docx_header(hdr), odt_header(styles), pdf_header(pages[0])
        if h_docx != h_odt or h_docx != h_pdf:
            fail('%s: header items differ: docx %s, odt %s, pdf %s' % (name, h_docx, h_odt, h_pdf))
        # the contents title, once
        if name == 'cross':
            n_docx = paragraphs_saying([text_of(p) for p in doc.iter(W + 'p')], 'Contents')
            n_odt = paragraphs_saying([text_of(p) for p in content.iter(TX + 'p')] +
                                      [text_of(h) for h in content.iter(TX + 'h')], 'Contents')
            n_pdf = paragraphs_saying('\n'.join(pages).splitlines(), 'Contents')
            if (n_docx, n_odt, n_pdf) != (1, 1, 1):
                fail('%s: "Contents" stands %d times in the DOCX, %d in the ODT, %d in the PDF'
                     % (name, n_docx, n_odt, n_pdf))
        # list markers
        mk_docx, mk_odt = docx_markers(numbering), odt_markers(styles)
        if mk_docx != mk_odt:
            fail('%s: list markers differ: docx %s, odt %s' % (name, mk_docx, mk_odt))
        if 'First numbered' in '\n'.join(pages):
            mk_pdf = pdf_markers(pages)
            if mk_pdf != mk_docx:
                fail('%s: list markers differ: pdf %s, docx %s' % (name, mk_pdf, mk_docx))
        # column shares of the test document's wide table
        if name == 'cross':
            weights = [1, 1, 4, 2, 1.5]
            want = [w / sum(weights) for w in weights]
            headers = ['Control', 'Status', 'Description', 'Owner', 'Review']
            got = {'docx': (docx_table_shares(doc, 5) or [None])[0],
                   'odt': (odt_table_shares(content, 5) or [None])[0],
                   'pdf': pdf_table_shares(pdf_words(d, name), headers)}
            for fmt, shares in got.items():
                if shares is None:
                    fail('%s: no 5-column table found in the %s' % (name, fmt))
                elif any(abs(a - b) > 0.02 for a, b in zip(shares, want)):
                    fail('%s: %s column shares %s, widths give %s' % (
                        name, fmt, ['%.3f' % s for s in shares], ['%.3f' % s for s in want]))
        # headings at a page foot
        doc_id = text_of(doc.find('.//%stbl/%str' % (W, W)).findall('%stc' % W)[1])
        for title, page in heading_last_on_page(pages, outline(d, name), doc_id):
            fail('%s: heading %r is the last line of PDF page %d' % (name, title, page))
        # the approval block's rows stay on the page of its heading
        heading, labels = approval_table(doc)
        if not labels:
            fail('%s: no approval table found in the DOCX' % name)
        elif not rows_on_heading_page(pages, heading, labels):
            fail('%s: the PDF splits the approval block (%s) from its heading' % (name, labels))
        for fmt in ('docx', 'odt') if lo and labels else ():
            if not rows_on_heading_page(pages_text('%s/%s-%s.pdf' % (lo, name, fmt)),
                                        heading, labels):
                fail('%s: LibreOffice splits the approval block of the %s from its heading'
                     % (name, fmt))
        # the contents name the page that shows each heading, in our PDF and
        # in LibreOffice's renderings of the DOCX and the ODT
        if 'Contents' in [l.strip() for l in '\n'.join(pages).splitlines()]:
            renders = [('pdf', pages)]
            if lo:
                renders += [(fmt, pages_text('%s/%s-%s.pdf' % (lo, name, fmt)))
                            for fmt in ('docx', 'odt')]
            for fmt, pp in renders:
                entries, wrong = toc_mismatches(pp)
                if len(entries) < 3:
                    fail('%s: %s: no contents list found (%d entries)' % (name, fmt, len(entries)))
                for w in wrong:
                    fail('%s: %s: %s' % (name, fmt, w))
                if entries and not wrong:
                    print('%s: %s contents right for %d headings' % (name, fmt, len(entries)))
            # and LibreOffice shows every heading on the page our PDF does
            pdf_entries = toc_entries(pages)
            for fmt, pp in renders[1:] if name in SAME_PAGES else ():
                _, wrong = toc_mismatches(pp, want=pdf_entries)
                for w in wrong:
                    fail('%s: %s: %s' % (name, fmt, w))
                if not wrong:
                    print('%s: %s shows all %d headings on the PDF\'s pages'
                          % (name, fmt, len(pdf_entries)))
        # the watermark of a document that is not approved
        if lo:
            marked = any(r.get(W + 'val') == 'StatusMark' for r in hdr.iter(W + 'rStyle'))
            check_watermark(name, marked, [('pdf', '%s/%s.pdf' % (d, name))] +
                            [(fmt, '%s/%s-%s.pdf' % (lo, name, fmt)) for fmt in ('docx', 'odt')])


        # the HTML edition
        if os.path.exists('%s/%s.html' % (d, name)):
            html_checks(d, name, rows_docx, h_docx, mk_docx, pages)
        # page counts
        if lo:
            ours = len(pages)
            for fmt in ('docx', 'odt'):
                n = lo_pages('%s/%s-%s.pdf' % (lo, name, fmt))
                if n is None:
                    fail('%s: LibreOffice did not render the %s' % (name, fmt))
                elif abs(n - ours) > 1:
                    fail('%s: LibreOffice shows the %s on %d pages, our PDF has %d'
                         % (name, fmt, n, ours))
                else:
                    print('%s: %s %d pages in LibreOffice, PDF %d' % (name, fmt, n, ours))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':  # landscape.py imports its helpers
    main()
