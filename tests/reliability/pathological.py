#!/usr/bin/env python3
"""Writes the pathological inputs of pathological.sh into the folder given."""
import os
import sys

out = sys.argv[1]
HEAD = """document:
  id: PATH-01
  title: Pathological input
  version: "1.0"
  status: approved
  owner: Tester
  approver: Approver
  approved: 2026-03-15
  review_interval: 12 months
sections:
"""


def write(name, body):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(HEAD + body)


def paragraph(words):
    return "  - title: Long\n    content: " + " ".join(
        f"word{i % 97}" for i in range(words)) + "\n"


def table(rows):
    s = "  - title: Table\n    content:\n      - table:\n          columns: [A, B, C]\n          rows:\n"
    return s + "".join(f"            - [r{i}, \"cell {i} b\", \"cell {i} c\"]\n" for i in range(rows))


def heading(words):
    return "  - title: " + " ".join(f"word{i % 97}" for i in range(words)) + \
        "\n    content: Text.\n"


def cell(words):
    return ("  - title: Cell\n    content:\n      - table:\n          columns: [A, B]\n"
            "          rows:\n            - [a, \"" +
            " ".join(f"word{i % 97}" for i in range(words)) + "\"]\n")


def captions(n):
    # captions are limited to 500 characters: many of them, each at the limit
    cap = ("caption " * 63)[:500].strip()
    return "  - title: Captions\n    content:\n" + "".join(
        f"      - table: {{caption: \"{cap}\", columns: [A], rows: [[r{i}]]}}\n"
        for i in range(n))


def sections(n):
    return "".join(f"  - title: Section {i}\n    content: Text of section {i}.\n" for i in range(n))


# deep nesting and an alias bomb: refused quickly
with open(os.path.join(out, "deep.yaml"), "w") as f:
    f.write("document: " + "[" * 100000 + "]" * 100000 + "\n")
bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
for i in range(1, 10):
    bomb.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]")
with open(os.path.join(out, "aliases.yaml"), "w") as f:
    f.write("\n".join(bomb) + "\ndocument: *a9\n")

write("paragraph.yaml", paragraph(14000))          # about 100,000 characters
write("longword.yaml", "  - title: Long word\n    content: " + "x" * 5000 + "\n")
write("table.yaml", table(5000))
write("sections.yaml", sections(1000))
write("empty.yaml", """  - title: Empty things
    content:
      - ""
      - list: [""]
      - table: {columns: [""], rows: [[""]]}
      - note: ""
""")
chars = []
for plane_start in (0x20, 0xA0, 0x100, 0x400, 0x3040, 0x4E00, 0xAC00, 0xE000,
                    0x10000, 0x1F600, 0x20000, 0x30000, 0xE0100, 0xF0000, 0x100000):
    chars += [chr(c) for c in range(plane_start, plane_start + 40)
              if not (0xFDD0 <= c <= 0xFDEF) and (c & 0xFFFE) != 0xFFFE]
text = "".join(chars).replace("\\", "").replace('"', "")
write("unicode.yaml", '  - title: "Every plane ' + text[:200] + '"\n    content: "' + text + '"\n')

# a heading of 20,000 words is longer than a PDF string (65,535 bytes)
for k, f, n in (("table", table, 500), ("paragraph", paragraph, 2000), ("sections", sections, 100),
                ("heading", heading, 2000), ("cell", cell, 2000), ("captions", captions, 40)):
    write(f"{k}-1x.yaml", f(n))
    write(f"{k}-10x.yaml", f(n * 10))
