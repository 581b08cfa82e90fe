#!/usr/bin/env python3
"""Where the long words of tests/cross/hyphen-*.yaml break in a PDF.

hyphen.py BBOX LANG WHAT: BBOX is `pdftotext -bbox` output of a rendering
of the document in LANG (en, fi); WHAT is "ours" (our PDF: every target
word that breaks does so at a dictionary point with a hyphen, at least
three of them break, the URL, number and code are never hyphenated) or
"lo" (LibreOffice's rendering: at least one target word is hyphenated, and
only at dictionary points). Each table cell holds one word, left-aligned,
so a cell's lines are the pieces of its word. Prints what it saw."""
import html
import re
import sys

# the dictionaries' break points (hyph_en_GB, voikko-fi), as LibreOffice
# and our PDF use them
POINTS = {
    "en": ["ap-plic-able", "re-spons-ib-il-it-ies", "or-gan-isa-tional",
           "con-fid-en-ti-al-ity", "im-ple-ment-a-tion", "clas-si-fic-a-tion",
           "ad-min-is-trator", "doc-u-ment-a-tion"],
    "fi": ["tie-to-tur-va-pääl-lik-kö", "tie-to-jen-kä-sit-te-ly",
           "hen-ki-lös-tö-hal-lin-to", "ris-kien-hal-lin-ta",
           "käyt-tö-oi-keu-det", "tie-to-tur-va-po-li-tiik-ka",
           "jär-jes-tel-män-val-vo-ja", "do-ku-men-taa-tio"],
}
WHOLE = ["https://example.org/abcdef", "ISO27001:2022abc",
         "codeidentifierlong", "koodintunnistepitkä"]


def words(path):
    out = []
    pat = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                     r'yMax="([\d.]+)">(.*?)</word>')
    with open(path, encoding="utf-8") as f:
        for m in pat.finditer(f.read()):
            out.append((float(m.group(1)), float(m.group(2)),
                        float(m.group(3)), html.unescape(m.group(4))))
    return out


def cells(ws):
    """Runs of words one below the other at the same left edge."""
    ws = sorted(ws, key=lambda w: (round(w[0]), w[1]))
    runs, cur = [], []
    for w in ws:
        if cur:
            p = cur[-1]
            h = p[2] - p[1]
            if abs(w[0] - p[0]) < 1.5 and 0 < w[1] - p[1] < 1.3 * h:
                cur.append(w)
                continue
            runs.append(cur)
        cur = [w]
    if cur:
        runs.append(cur)
    return [[w[3] for w in r] for r in runs]


def split(pieces):
    """The word of PIECES and its breaks: (characters before, hyphen?)."""
    text, breaks = "", []
    for i, p in enumerate(pieces):
        last = i == len(pieces) - 1
        if not last and p.endswith("-") and len(p) > 1:
            text += p[:-1]
            breaks.append((len(text), True))
        else:
            text += p
            if not last:
                breaks.append((len(text), False))
    return text, breaks


def main():
    bbox, lang, what = sys.argv[1:4]
    allowed = {}
    for m in POINTS[lang]:
        parts = m.split("-")
        allowed["".join(parts)] = {sum(len(q) for q in parts[:i + 1])
                                   for i in range(len(parts) - 1)}
    errors, hyphenated, seen = [], 0, 0
    for pieces in cells(words(bbox)):
        text, breaks = split(pieces)
        key = text.lower()
        if key in allowed:
            seen += 1
            shown = "|".join(pieces)
            print(f"{what} {lang}: {shown}")
            if any(h for _, h in breaks):
                hyphenated += 1
            for at, hy in breaks:
                if not hy and what == "ours":
                    errors.append(f"{text} broken without a hyphen: {shown}")
                elif hy and at not in allowed[key]:
                    errors.append(f"{text} hyphenated at a point the "
                                  f"dictionary does not give: {shown}")
        elif what == "ours" and text in WHOLE:
            print(f"{what} {lang}: {'|'.join(pieces)}")
            if any(h for _, h in breaks):
                errors.append(f"{text} hyphenated: {'|'.join(pieces)}")
    need = 3 if what == "ours" else 1
    if seen == 0:
        errors.append("none of the words found")
    elif hyphenated < need:
        errors.append(f"{hyphenated} word(s) hyphenated, expected {need}+")
    for e in errors:
        print("ERROR: " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
