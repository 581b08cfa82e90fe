"""Checks that the text of a rendered document holds every text of its tree.

usage: expect_text.py DUMP PDFTEXT

DUMP is `isoexport -f dump` output; PDFTEXT is `pdftotext -raw` of the
rendering. Each block's text (a paragraph, heading, table cell or code line)
must appear whole, with white space squashed; so must the metadata fields
the title block, header, footer and approval block show. Prints what is
missing; exits 1 when anything is.
"""
import re
import sys

LINE = re.compile(r'^( *)(\w+)@\d+:\d+(.*)$')
INLINE_TEXT = ("text", "code")
BLOCKS = ("heading", "paragraph", "cell")


def unquote(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "n":
                out.append("\n")
            elif n == "t":
                out.append("\t")
            elif n == "x":
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 2
            else:
                out.append(n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def first_quoted(rest):
    m = re.search(r'"((?:[^"\\]|\\.)*)"', rest)
    return unquote(m.group(1)) if m else None


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


# What the spec (document-format.md) says every page and the end carry.
CONTROL = {
    "en": ["Page 1 of", "Owner:", "Approver:", "Approval date:", "Next review:",
           "Approval and version control"],
    "fi": ["Sivu 1 /", "Omistaja:", "Hyväksyjä:", "Hyväksytty:",
           "Seuraava katselmointi:", "Hyväksyntä ja versionhallinta"],
}
MARK = {"en": {"draft": "DRAFT", "review": "DRAFT", "retired": "RETIRED"},
        "fi": {"draft": "LUONNOS", "review": "LUONNOS", "retired": "POISTETTU KÄYTÖSTÄ"}}


def expectations(dump):
    want = []
    stack = []  # (depth, type, [texts])
    meta = dict(re.findall(r"^  (language|status): (\w+)$", dump, re.M))
    lang = meta.get("language", "en")
    want += CONTROL.get(lang, CONTROL["en"])
    if meta.get("status") in MARK["en"]:
        want.append(MARK.get(lang, MARK["en"])[meta["status"]])
    for raw in dump.splitlines():
        if raw.startswith("  ") and not LINE.match(raw):
            key, _, value = raw.strip().partition(": ")
            if key in ("id", "title", "subtitle", "organization", "version",
                       "classification", "owner", "approver", "distribution",
                       "keyword"):
                want.append(unquote(value.strip('"')))
            elif key == "history":
                want += [unquote(q) for q in re.findall(r'"((?:[^"\\]|\\.)*)"', value)]
            continue
        m = LINE.match(raw)
        if not m:
            continue
        depth, kind, rest = len(m.group(1)) // 2, m.group(2), m.group(3)
        while stack and stack[-1][0] >= depth:
            d, k, texts = stack.pop()
            if k in BLOCKS:
                want.append("".join(texts))
        if kind in INLINE_TEXT:
            for _, k, texts in reversed(stack):
                if k in BLOCKS:
                    texts.append(first_quoted(rest) or "")
                    break
        elif kind == "linebreak":
            for _, k, texts in reversed(stack):
                if k in BLOCKS:
                    texts.append(" ")
                    break
        elif kind == "code_block":
            want += [l for l in (first_quoted(rest) or "").split("\n")]
        elif kind in ("table", "image") and "caption=" in rest:
            want.append(first_quoted(rest[rest.index("caption="):]))
        stack.append((depth, kind, []))
    while stack:
        _, k, texts = stack.pop()
        if k in BLOCKS:
            want.append("".join(texts))
    return [squash(w) for w in want if w and squash(w)]


def body_text(raw, doc_id, title):
    """The pages without their header (the first line, holding the title) and
    footer (from the control line, which starts with the ID, to the page's
    end), so that a paragraph broken across pages reads as one."""
    out = []
    for page in raw.split("\f"):
        lines = page.split("\n")
        if lines and title and title in lines[0]:
            lines = lines[1:]
        for i, l in enumerate(lines):
            if doc_id and l.startswith(doc_id + " \u00b7"):
                lines = lines[:i]
                break
        out.append("\n".join(lines))
    return "\n".join(out)


def main():
    dump = open(sys.argv[1], encoding="utf-8").read()
    meta = {k: unquote(v) for k, v in
            re.findall(r'^  (id|title): "?((?:[^"\\]|\\.)*?)"?$', dump, re.M)}
    raw = open(sys.argv[2], encoding="utf-8").read()
    # a line broken after a hyphen or dash ("ISMS-" / "POL-01") is one word
    join = lambda t: squash(re.sub(r"(\S[-\u2013])\n", r"\1", t))
    text = join(raw)
    body = join(body_text(raw, meta.get("id"), meta.get("title")))
    # a word hyphenated at a line end ("Applic-" / "able") is one word too:
    # failing the exact match, hyphens are ignored on both sides
    nohy = lambda t: t.replace("-", "")
    loose = (nohy(text), nohy(body))
    missing = [w for w in expectations(dump)
               if w not in text and w not in body and
               nohy(w) not in loose[0] and nohy(w) not in loose[1]]
    for w in missing:
        print("missing from the rendering: %r" % w)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
