"""Heading numbers in the text of a rendering (pdftotext of our PDF, or of
LibreOffice's rendering of the DOCX or the ODT): every expected heading of
numbering.expect stands with its number in the body and, for levels 1 to 3,
in the contents (so twice; a contents entry may end in a dot leader and the
page); the contents' own heading and, with --off, every heading stands
without a number.

usage: numbering.py EXPECT TEXT [--off]"""
import re
import sys


def main():
    expect, text = sys.argv[1], sys.argv[2]
    off = "--off" in sys.argv[3:]
    lines = [l.strip() for l in open(text, encoding="utf-8")]
    rows = []
    for l in open(expect, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        num, head, level = l.rstrip("\n").split("\t")
        rows.append((num, head, int(level)))
    bad = []

    def count(s):
        pat = re.compile(r"^" + re.escape(s) + r"(\s*\.{2,}\s*\d+)?$")
        return sum(1 for l in lines if pat.match(l))

    numbered = re.compile(r"^\d+(\.\d+)*\s+(.*?)(\s*\.{2,}\s*\d+)?$")
    for num, head, level in rows:
        want = 2 if level <= 3 else 1
        if off:
            if count(num + " " + head):
                bad.append("%s: numbered '%s %s' though numbering is off" % (text, num, head))
            if count(head) < want:
                bad.append("%s: '%s' found %d times, want %d" % (text, head, count(head), want))
        elif count(num + " " + head) < want:
            bad.append("%s: '%s %s' found %d times, want %d (body%s)" %
                       (text, num, head, count(num + " " + head), want,
                        " and contents" if want == 2 else ""))
    for l in lines:
        m = numbered.match(l)
        if m and m.group(2) == "Contents":
            bad.append("%s: the contents' heading is numbered: '%s'" % (text, l))
    for b in bad:
        print(b)
    return 1 if bad else 0


sys.exit(main())
