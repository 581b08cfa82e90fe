"""The custom fields of custom.expect in the properties of every format and
in the control tables of their renderings.

usage: custom.py EXPECT docx FILE | odt FILE | pdfinfo FILE | xmp FILE |
       table TEXT"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

NS_CP = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
NS_VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
NS_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def main():
    expect, kind, path = sys.argv[1:4]
    fields = [l.rstrip("\n").split("\t") for l in open(expect, encoding="utf-8")
              if l.strip() and not l.startswith("#")]
    bad = []
    if kind == "docx":
        root = ET.fromstring(zipfile.ZipFile(path).read("docProps/custom.xml"))
        props = [(p.get("name"), p.find(NS_VT + "lpwstr").text) for p in root.iter(NS_CP + "property")]
        names = [n for n, _ in props]
        if len(set(n.lower() for n in names)) != len(names):
            bad.append("docx: property names are not unique: %s" % names)
        pids = [int(p.get("pid")) for p in root.iter(NS_CP + "property")]
        if pids != list(range(2, 2 + len(pids))):
            bad.append("docx: pids are not 2, 3, ...: %s" % pids)
        got = [p for p in props if p[0] in dict(fields)]
        if got != [tuple(f) for f in fields]:
            bad.append("docx: custom properties %s, want %s" % (got, fields))
    elif kind == "odt":
        root = ET.fromstring(zipfile.ZipFile(path).read("meta.xml"))
        props = [(e.get("{%s}name" % NS_META), e.text) for e in root.iter("{%s}user-defined" % NS_META)]
        got = [p for p in props if p[0] in dict(fields)]
        if got != [tuple(f) for f in fields]:
            bad.append("odt: user-defined %s, want %s" % (got, fields))
    elif kind == "pdfinfo":
        text = open(path, encoding="utf-8").read()
        for name, value in fields:
            if not re.search(r"^%s:\s+%s$" % (re.escape(name), re.escape(value)), text, re.M):
                bad.append("pdf: no Info entry '%s: %s' in:\n%s" % (name, value, text))
    elif kind == "xmp":
        text = open(path, encoding="utf-8").read()
        for name, value in fields:
            prop = re.sub(r"[^\w.-]", "_", name)
            if "<isocustom:%s>%s</isocustom:%s>" % (prop, value, prop) not in text:
                bad.append("xmp: no isocustom:%s = %s" % (prop, value))
            if "<pdfaProperty:name>%s</pdfaProperty:name>" % prop not in text:
                bad.append("xmp: isocustom:%s is not in the extension schema" % prop)
    elif kind == "table":
        lines = [l.strip() for l in open(path, encoding="utf-8")]
        at = -1
        for key in ("Keywords",):
            if key not in lines:
                bad.append("%s: no '%s' row" % (path, key))
            else:
                at = lines.index(key)
        for name, value in fields:
            if name not in lines[at + 1:]:
                bad.append("%s: no row '%s' after the built-in rows" % (path, name))
                continue
            i = lines.index(name, at + 1)
            if value not in lines[i + 1:i + 8]:
                bad.append("%s: row '%s' does not show '%s'" % (path, name, value))
            at = i
    for b in bad:
        print(b)
    return 1 if bad else 0


sys.exit(main())
