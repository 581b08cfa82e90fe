#!/bin/sh
# The principles block in every format: the label ("Principles" /
# "Periaatteet", src/present.c) in its own style (bold, heading colour,
# kept with the list), then the principles as a numbered list, in the
# DOCX, the ODT and the PDF alike.
. "$top_srcdir/tests/common.sh"
need python3
need pdftotext
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"
cd "$T" || exit 1
cp "$top_srcdir/tests/lint/policy.good.yaml" en.yaml
sed 's/^  status: approved$/  status: approved\n  language: fi/' en.yaml >fi.yaml
for l in en fi; do
  "$ISOEXPORT" -q -o out "$l.yaml" || fail "$l.yaml: conversion exit $?"
  pdftotext -raw "out/$l.pdf" "out/$l.txt" || fail "pdftotext $l.pdf"
done
python3 - out <<'PY' || fail "principles"
import re, sys, zipfile
import xml.etree.ElementTree as ET
out = sys.argv[1]
principles = ["Risk-based decisions", "Least privilege", "Controlled termination",
              "Report and learn", "Continuity"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
bad = []
for lang, label in (("en", "Principles"), ("fi", "Periaatteet")):
    # DOCX: the label paragraph, then one numbered paragraph per principle
    z = zipfile.ZipFile("%s/%s.docx" % (out, lang))
    body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    paras = list(body.iter(W + "p"))
    def style(p):
        s = p.find(W + "pPr/" + W + "pStyle")
        return s.get(W + "val") if s is not None else None
    def text(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))
    i = next((k for k, p in enumerate(paras) if style(p) == "PrinciplesTitle"), None)
    if i is None or text(paras[i]) != label:
        bad.append("%s.docx: no PrinciplesTitle paragraph '%s'" % (lang, label))
    else:
        items = paras[i + 1:i + 1 + len(principles)]
        if [text(p) for p in items] != principles:
            bad.append("%s.docx: principles %r" % (lang, [text(p) for p in items]))
        if any(p.find(W + "pPr/" + W + "numPr") is None for p in items):
            bad.append("%s.docx: a principle is not numbered" % lang)
    st = ET.fromstring(z.read("word/styles.xml"))
    ps = [s for s in st.iter(W + "style") if s.get(W + "styleId") == "PrinciplesTitle"]
    if not ps or ps[0].find(W + "rPr/" + W + "b") is None or \
            ps[0].find(W + "pPr/" + W + "keepNext") is None:
        bad.append("%s.docx: PrinciplesTitle is not bold and kept with the list" % lang)
    # ODT: the label paragraph, then a list of the principles
    z = zipfile.ZipFile("%s/%s.odt" % (out, lang))
    root = ET.fromstring(z.read("content.xml"))
    found = False
    for parent in root.iter():
        kids = list(parent)
        for k, el in enumerate(kids):
            if el.tag == T + "p" and el.get(T + "style-name") == "Principles_20_Title":
                found = True
                if "".join(el.itertext()) != label:
                    bad.append("%s.odt: label %r" % (lang, "".join(el.itertext())))
                nxt = kids[k + 1] if k + 1 < len(kids) else None
                got = [] if nxt is None or nxt.tag != T + "list" else \
                    ["".join(i.itertext()) for i in nxt.findall(T + "list-item")]
                if got != principles:
                    bad.append("%s.odt: principles %r" % (lang, got))
    if not found:
        bad.append("%s.odt: no Principles_20_Title paragraph" % lang)
    st = ET.fromstring(z.read("styles.xml"))
    ps = [s for s in st.iter(S + "style") if s.get(S + "name") == "Principles_20_Title"]
    tp = ps[0].find(S + "text-properties") if ps else None
    pp = ps[0].find(S + "paragraph-properties") if ps else None
    if tp is None or tp.get(FO + "font-weight") != "bold" or pp is None or \
            pp.get(FO + "keep-with-next") != "always":
        bad.append("%s.odt: Principles_20_Title is not bold and kept with the list" % lang)
    # PDF: the label line, then "1. Risk-based decisions" ...
    lines = [l.strip() for l in open("%s/%s.txt" % (out, lang), encoding="utf-8")]
    want = [label] + ["%d. %s" % (n + 1, p) for n, p in enumerate(principles)]
    if not any(lines[k:k + len(want)] == want for k in range(len(lines))):
        bad.append("%s.pdf: no label and numbered principles in %r" % (lang, lines[:80]))
if bad:
    print("\n".join(bad))
    sys.exit(1)
PY
finish
