#!/usr/bin/env python3
"""rename_font.py IN OUT FAMILY: a copy of the TrueType font IN whose names
(family, full name, PostScript name) say FAMILY, so that a test can install a
family that exists nowhere else. Standard library only."""
import struct
import sys


def main(src, dst, family):
    data = bytearray(open(src, "rb").read())
    ntables = struct.unpack(">H", data[4:6])[0]
    for i in range(ntables):
        e = 12 + 16 * i
        if data[e:e + 4] == b"name":
            off, length = struct.unpack(">II", data[e + 8:e + 16])
            break
    else:
        sys.exit("no name table")
    name = data[off:off + length]
    count, strings = struct.unpack(">HH", name[2:6])
    ps = family.replace(" ", "")
    records, blob = [], b""
    for i in range(count):
        r = 6 + 12 * i
        pid, eid, lid, nid, ln, so = struct.unpack(">6H", name[r:r + 12])
        text = bytes(name[strings + so:strings + so + ln])
        new = {1: family, 4: family, 6: ps, 16: family}.get(nid)
        if new is not None:
            text = new.encode("utf-16-be" if pid in (0, 3) else "latin-1")
        records.append(struct.pack(">6H", pid, eid, lid, nid, len(text),
                                   len(blob)))
        blob += text
    table = struct.pack(">3H", 0, count, 6 + 12 * count) + b"".join(records) + blob
    while len(data) % 4:
        data += b"\0"
    new_off = len(data)
    data += table
    struct.pack_into(">II", data, e + 8, new_off, len(table))
    open(dst, "wb").write(bytes(data))


if __name__ == "__main__":
    main(*sys.argv[1:4])
