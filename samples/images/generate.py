#!/usr/bin/env python3
"""Draws the sample images deterministically (no external libraries).

logo.png: the Example Oy logo, a padlock in a shield-blue badge (RGBA).
pdca.png: the Plan-Do-Check-Act cycle as four coloured boxes around a ring;
          written as the baseline JPEG pdca.jpg by jpeg.py.
"""
import struct
import sys
import zlib

import jpeg


def png(path, width, height, pixel, alpha=False):
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows.extend(pixel(x, y)[: 4 if alpha else 3])

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    phys = struct.pack(">IIB", 5906, 5906, 1)  # 150 dpi
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", ihdr))
        f.write(chunk(b"pHYs", phys))
        f.write(chunk(b"IDAT", zlib.compress(bytes(rows), 9)))
        f.write(chunk(b"IEND", b""))


BLUE = (31, 78, 121, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (255, 255, 255, 0)


def logo(x, y):
    # badge 0..79 square with rounded corners, then the word-mark bars
    if x < 80:
        r = 14
        cx = min(max(x, r), 79 - r)
        cy = min(max(y, r), 79 - r)
        if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
            return CLEAR
        # padlock: shackle ring and body
        if 28 <= x <= 51 and 38 <= y <= 62:
            if 37 <= x <= 42 and 45 <= y <= 54:
                return BLUE  # keyhole
            return WHITE
        d = ((x - 39.5) ** 2 + (y - 36) ** 2) ** 0.5
        if y < 38 and 8 <= d <= 13:
            return WHITE
        return BLUE
    # three bars standing for the company name
    for top, length in ((18, 140), (36, 110), (54, 70)):
        if top <= y < top + 9 and 92 <= x < 92 + length:
            return BLUE
    return CLEAR


COLOURS = [(46, 125, 50), (21, 101, 192), (249, 168, 37), (198, 40, 40)]


def pdca(x, y):
    w, h = 480, 270
    cx, cy = w / 2, h / 2
    d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
    boxes = [(40, 25), (280, 25), (280, 165), (40, 165)]
    for i, (bx, by) in enumerate(boxes):
        if bx <= x < bx + 160 and by <= y < by + 80:
            if bx + 4 <= x < bx + 156 and by + 4 <= y < by + 76:
                return COLOURS[i]
            return (40, 40, 40)
    if 70 <= d <= 78:
        return (120, 120, 120)
    return (250, 250, 250)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    png(out + "/logo.png", 240, 80, logo, alpha=True)
    jpeg.write(out + "/pdca.jpg", 480, 270, pdca)
