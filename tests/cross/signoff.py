#!/usr/bin/env python3
"""Checks the sign-off block and the document-control texts of one document
in its three formats (tests/cross/signoff.sh).

usage: signoff.py DIR NAME SPEC [--lo LODIR] [--footer-off]

DIR holds NAME.docx, NAME.odt, NAME.pdf and NAME.bbox.html (pdftotext -bbox
of the PDF); LODIR, when given, NAME-docx.pdf and NAME-odt.pdf (LibreOffice's
renderings) with NAME-docx.bbox.html and NAME-odt.bbox.html. SPEC is a JSON
file: the expected sign-off rows, retention, master copy, the footer line
(null: none; --footer-off: none whatever SPEC says), whether there is an
acknowledgement table, and the labels.

Checks, each printed as "FAIL: ..." (exit 1 when any failed):
  - DOCX and ODT XML: the sign-off table's header and rows (role, name,
    date, an empty signature cell), rows at least 15 mm high (w:trHeight
    atLeast / style:min-row-height), kept on one page (keepNext on every
    paragraph but the last row's / may-break-between-rows false); the
    acknowledgement table's repeated header row and its ten empty rows;
    retention and master copy in the title block, the approval block and
    the document properties; the footer line in the footer (or not);
  - every PDF (ours and LibreOffice's renderings of the DOCX and ODT): the
    sign-off header and every role, name and date on one page, in rows at
    least 15 mm apart; the footer line on every page (or on none); the
    acknowledgement heading, sentence and header.
"""
import html
import json
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TA = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
TX = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
ST = '{urn:oasis:names:tc:opendocument:xmlns:style:1.0}'
FO = '{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}'
OF = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'
ME = '{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}'
MM15 = 15 * 72 / 25.4  # points
MM10 = 10 * 72 / 25.4

bad = 0


def fail(msg):
    global bad
    bad += 1
    print('FAIL: ' + msg)


def text(el):
    return ' '.join(''.join(el.itertext()).split())


def pt(s):
    """An ODF length in points."""
    m = re.fullmatch(r'([0-9.]+)(pt|mm|cm|in)', s or '')
    if not m:
        return 0.0
    return float(m.group(1)) * {'pt': 1, 'mm': 72 / 25.4, 'cm': 720 / 25.4,
                                'in': 72}[m.group(2)]


def expected_rows(spec):
    return [[r['role'], r.get('name', ''), r.get('date', ''), '']
            for r in spec['signoff']]


# ---- DOCX -------------------------------------------------------------


def check_docx(path, spec):
    z = zipfile.ZipFile(path)
    doc = ET.fromstring(z.read('word/document.xml'))
    lab = spec['labels']
    tables = doc.iter(W + 'tbl')
    rows_of = lambda t: t.findall(W + 'tr')
    cells_of = lambda tr: [text(tc) for tc in tr.findall(W + 'tc')]
    so = [t for t in doc.iter(W + 'tbl')
          if cells_of(rows_of(t)[0]) == lab['signoff_head']]
    if len(so) != 1:
        fail('%s: %d sign-off tables, want 1' % (path, len(so)))
    else:
        rows = rows_of(so[0])
        got = [cells_of(tr) for tr in rows[1:]]
        if got != expected_rows(spec):
            fail('%s: sign-off rows %s, want %s' % (path, got, expected_rows(spec)))
        for i, tr in enumerate(rows):
            pr = tr.find(W + 'trPr')
            if pr is None or pr.find(W + 'cantSplit') is None:
                fail('%s: sign-off row %d may split' % (path, i))
            h = pr.find(W + 'trHeight') if pr is not None else None
            if i and (h is None or h.get(W + 'hRule') != 'atLeast' or
                      int(h.get(W + 'val')) < MM15 * 20 - 1):
                fail('%s: sign-off row %d is not at least 15 mm high' % (path, i))
            for p in tr.iter(W + 'p'):
                keep = p.find(W + 'pPr/' + W + 'keepNext') is not None
                if keep != (i + 1 < len(rows)):
                    fail('%s: sign-off row %d: keepNext %s' % (path, i, keep))
    ack = [t for t in doc.iter(W + 'tbl')
           if cells_of(rows_of(t)[0]) == lab['ack_head']]
    if len(ack) != (1 if spec['acknowledgement'] else 0):
        fail('%s: %d acknowledgement tables' % (path, len(ack)))
    for t in ack:
        rows = rows_of(t)
        if rows[0].find(W + 'trPr/' + W + 'tblHeader') is None:
            fail('%s: the acknowledgement header row does not repeat' % path)
        if len(rows) != 11 or any(''.join(cells_of(r)) for r in rows[1:]):
            fail('%s: the acknowledgement table has %d rows, want 10 empty ones'
                 % (path, len(rows) - 1))
        for r in rows[1:]:
            h = r.find(W + 'trPr/' + W + 'trHeight')
            if h is None or int(h.get(W + 'val')) < MM10 * 20 - 1 or \
               r.find(W + 'trPr/' + W + 'cantSplit') is None:
                fail('%s: an acknowledgement row is low or may split' % path)
    body = text(doc)
    if spec['acknowledgement'] and lab['ack_text'] not in body:
        fail('%s: no acknowledgement sentence' % path)
    # retention and master copy: title block and approval block
    for key in ('retention', 'master_copy'):
        pairs = [cells_of(tr) for t in doc.iter(W + 'tbl') for tr in rows_of(t)]
        n = sum(1 for c in pairs if c == [lab[key], spec[key]])
        if n != 2:
            fail('%s: %s row in %d tables, want 2' % (path, key, n))
    custom = z.read('docProps/custom.xml').decode()
    for key, name in (('retention', 'Retention'), ('master_copy', 'Master copy')):
        if 'name="%s"' % name not in custom or html.escape(spec[key], quote=False) not in custom:
            fail('%s: custom property %s missing' % (path, name))
    footer = text(ET.fromstring(z.read('word/footer1.xml')))
    check_footer(path + ' footer', footer, spec)


def check_footer(where, s, spec):
    line = spec['footer']
    for other in spec['footer_texts']:
        if other in s and other != line:
            fail('%s: says "%s"' % (where, other))
    if line and line not in s:
        fail('%s: lacks "%s"' % (where, line))


# ---- ODT --------------------------------------------------------------


def check_odt(path, spec):
    z = zipfile.ZipFile(path)
    content = ET.fromstring(z.read('content.xml'))
    styles = ET.fromstring(z.read('styles.xml'))
    lab = spec['labels']
    autos = {s.get(ST + 'name'): s for s in content.iter(ST + 'style')}
    cells_of = lambda tr: [text(c) for c in tr.findall(TA + 'table-cell')]
    tables = {t.get(TA + 'name'): t for t in content.iter(TA + 'table')}
    so = tables.get('Signoff')
    if so is None:
        fail('%s: no sign-off table' % path)
    else:
        head = so.find(TA + 'table-header-rows')
        if head is None or cells_of(head.find(TA + 'table-row')) != lab['signoff_head']:
            fail('%s: sign-off header wrong' % path)
        rows = so.findall(TA + 'table-row')
        got = [cells_of(r) for r in rows]
        if got != expected_rows(spec):
            fail('%s: sign-off rows %s, want %s' % (path, got, expected_rows(spec)))
        tp = autos[so.get(TA + 'style-name')].find(ST + 'table-properties')
        if tp.get(ST + 'may-break-between-rows') != 'false':
            fail('%s: the sign-off table may break between rows' % path)
        for r in rows:
            rp = autos[r.get(TA + 'style-name')].find(ST + 'table-row-properties')
            if pt(rp.get(ST + 'min-row-height')) < MM15 - 0.05 or \
               rp.get(FO + 'keep-together') != 'always':
                fail('%s: a sign-off row is not kept whole at 15 mm' % path)
    ack = tables.get('Ack')
    if (ack is not None) != spec['acknowledgement']:
        fail('%s: acknowledgement table present: %s' % (path, ack is not None))
    if ack is not None:
        head = ack.find(TA + 'table-header-rows')
        if head is None or cells_of(head.find(TA + 'table-row')) != lab['ack_head']:
            fail('%s: acknowledgement header missing or wrong' % path)
        rows = ack.findall(TA + 'table-row')
        if len(rows) != 10 or any(''.join(cells_of(r)) for r in rows):
            fail('%s: acknowledgement rows: %d' % (path, len(rows)))
        for r in rows:
            rp = autos[r.get(TA + 'style-name')].find(ST + 'table-row-properties')
            if pt(rp.get(ST + 'min-row-height')) < MM10 - 0.05:
                fail('%s: an acknowledgement row is lower than 10 mm' % path)
        if lab['ack_text'] not in text(content):
            fail('%s: no acknowledgement sentence' % path)
    for key in ('retention', 'master_copy'):
        n = sum(1 for t in content.iter(TA + 'table') for r in t.iter(TA + 'table-row')
                if cells_of(r) == [lab[key], spec[key]])
        if n != 2:
            fail('%s: %s row in %d tables, want 2' % (path, key, n))
    meta = ET.fromstring(z.read('meta.xml'))
    props = {u.get(ME + 'name'): u.text for u in meta.iter(ME + 'user-defined')}
    if props.get('Retention') != spec['retention'] or \
       props.get('Master copy') != spec['master_copy']:
        fail('%s: user-defined properties %s' % (path, props))
    footer = styles.find('.//' + ST + 'footer')
    check_footer(path + ' footer', text(footer), spec)


# ---- PDF --------------------------------------------------------------


def words(bbox):
    out, page = [], 0
    for line in open(bbox, encoding='utf-8'):
        if '<page ' in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                      r'yMax="([\d.]+)">(.*)</word>', line)
        if m:
            out.append((page, float(m.group(1)), float(m.group(2)),
                        html.unescape(m.group(5))))
    return out, page


def page_texts(pdf, n):
    out = []
    for i in range(1, n + 1):
        r = subprocess.run(['pdftotext', '-layout', '-f', str(i), '-l', str(i),
                            pdf, '-'], capture_output=True, text=True)
        out.append(' '.join(r.stdout.split()))
    return out


def check_pdf(pdf, bbox, spec):
    lab = spec['labels']
    ws, npages = words(bbox)
    texts = page_texts(pdf, npages)
    for i, t in enumerate(texts):
        check_footer('%s page %d' % (pdf, i + 1), t, spec)
    # the sign-off header: the role label and the signature label side by side
    h0, h3 = lab['signoff_head'][0], lab['signoff_head'][3]
    head = [(p, x, y) for p, x, y, s in ws if s == h3.split()[0] and
            any(q == p and abs(yy - y) < 2 and ss == h0.split()[0]
                for q, _, yy, ss in ws)]
    if not head:
        fail('%s: no sign-off table' % pdf)
        return
    page, _, top = head[0]
    cols = {}
    for s in lab['signoff_head']:
        c = [x for p, x, y, t in ws if p == page and abs(y - top) < 2 and t == s.split()[0]]
        cols[s] = c[0] if c else 0
    name_x, date_x = cols[lab['signoff_head'][1]], cols[lab['signoff_head'][2]]
    # the role column's text of each line below the header
    lines = {}
    for p, x, y, s in ws:
        if p == page and y > top + 2 and x < name_x - 1:
            key = next((k for k in lines if abs(k - y) < 2), y)
            lines.setdefault(key, []).append(s)
    role_at = sorted((y, ' '.join(v)) for y, v in lines.items())
    ys = []
    for r in spec['signoff']:
        at = [y for y, t in role_at if t == r['role']] or \
             [y for y, t in role_at if r['role'].startswith(t + ' ')]
        if not at:
            fail('%s: role "%s" is not on page %d with the sign-off header'
                 % (pdf, r['role'], page))
            continue
        y = at[0]
        ys.append(y)
        for key, x0 in (('name', name_x), ('date', date_x)):
            if key in r:
                cell = ' '.join(s for p, x, yy, s in ws if p == page and
                                abs(yy - y) < 2 and x >= x0 - 1)
                if r[key] not in cell:
                    fail('%s: %s "%s" not in the row of "%s"' % (pdf, key, r[key], r['role']))
    for a, b in zip(ys, ys[1:]):
        if b - a < MM15 - 1.5:
            fail('%s: sign-off rows %.1fpt apart, want at least 15 mm (%.1fpt)'
                 % (pdf, b - a, MM15))
    alltext = ' '.join(texts)
    for key in ('retention', 'master_copy'):
        if alltext.count(spec[key]) < 2:
            fail('%s: %s shown %d times, want 2' % (pdf, key, alltext.count(spec[key])))
    if spec['acknowledgement']:
        for s in (lab['ack_heading'], lab['ack_text'], ' '.join(lab['ack_head'])):
            if ' '.join(s.split()) not in alltext:
                fail('%s: no "%s"' % (pdf, s))


def main():
    args = sys.argv[1:]
    lo = None
    if '--lo' in args:
        i = args.index('--lo')
        lo = args[i + 1]
        del args[i:i + 2]
    off = '--footer-off' in args
    if off:
        args.remove('--footer-off')
    d, name, spec = args[0], args[1], json.load(open(args[2], encoding='utf-8'))
    if off:
        spec['footer'] = None
    check_docx('%s/%s.docx' % (d, name), spec)
    check_odt('%s/%s.odt' % (d, name), spec)
    check_pdf('%s/%s.pdf' % (d, name), '%s/%s.bbox.html' % (d, name), spec)
    if lo:
        for fmt in ('docx', 'odt'):
            check_pdf('%s/%s-%s.pdf' % (lo, name, fmt),
                      '%s/%s-%s.bbox.html' % (lo, name, fmt), spec)
    print('%s: %s' % (name, 'FAILED' if bad else 'ok'))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
