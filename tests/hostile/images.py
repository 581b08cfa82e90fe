#!/usr/bin/env python3
"""Test images for tests/hostile/images.sh and tests/pdf/image-kinds.sh,
made at test time with fixed seeds (the same bytes on every run).

  images.py kinds DIR          one valid file of every kind the writers take
  images.py named DIR          the attack's named cases (damaged, absurd)
  images.py mutate DIR N SEED...   N mutants of the SEED files, N/len each
  images.py verify DOCS OUT ERR CHECK  judges a batch run (see verify())

The kinds share one picture: four coloured quadrants over a grey ramp, so a
wrong channel order, a half-width or a missing image shows in every pixel.
"""
import os
import random
import struct
import subprocess
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "samples", "images"))
import jpeg  # noqa: E402  (the samples' own baseline encoder)

W, H = 64, 48


def rgb(x, y):
    if y < H // 2:
        return (224, 32, 32) if x < W // 2 else (32, 160, 64)
    if x < W // 2:
        return (32, 64, 224)
    v = 255 - (x - W // 2) * 255 // (W // 2 - 1)
    return (v, v, (v + y * 3) % 256)


def alpha(x, y):
    return 255 if x < W // 2 else (80 if y < H // 2 else 160)


def grey(x, y):
    r, g, b = rgb(x, y)
    return (r * 299 + g * 587 + b * 114) // 1000


def chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4),
         (1, 0, 2, 2), (0, 1, 1, 2)]


def pack_row(samples, depth):
    """Samples (ints) of one row at DEPTH bits into bytes."""
    if depth == 8:
        return bytes(samples)
    if depth == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    out, acc, n = bytearray(), 0, 0
    for s in samples:
        acc = (acc << depth) | s
        n += depth
        if n == 8:
            out.append(acc)
            acc, n = 0, 0
    if n:
        out.append(acc << (8 - n))
    return bytes(out)


def png(width, height, color_type, depth, pixel, interlace=0, extra=b"",
        plte=None, trns=None):
    """PIXEL(x, y) gives the samples of one pixel as a tuple."""
    def raw(xs, ys):
        data = bytearray()
        for y in ys:
            data.append(0)
            samples = []
            for x in xs:
                samples.extend(pixel(x, y))
            data += pack_row(samples, depth)
        return data

    if interlace:
        data = bytearray()
        for x0, y0, dx, dy in ADAM7:
            xs, ys = range(x0, width, dx), range(y0, height, dy)
            if len(xs) and len(ys):
                data += raw(xs, ys)
    else:
        data = raw(range(width), range(height))
    out = b"\x89PNG\r\n\x1a\n"
    out += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth,
                                      color_type, 0, 0, interlace))
    out += extra
    if plte is not None:
        out += chunk(b"PLTE", plte)
    if trns is not None:
        out += chunk(b"tRNS", trns)
    out += chunk(b"IDAT", zlib.compress(bytes(data), 9))
    return out + chunk(b"IEND", b"")


def palette():
    colours = []
    for y in range(H):
        for x in range(W):
            c = rgb(x, y)
            if c not in colours:
                colours.append(c)
    return colours[:256]


def kinds(d):
    w16 = lambda v: v * 257  # noqa: E731
    cols = palette()
    index = {c: i for i, c in enumerate(cols)}

    def pal_pixel(x, y):
        c = rgb(x, y)
        return (index.get(c, 0),)

    plte = b"".join(bytes(c) for c in cols)
    # palette entry 0 (the red quadrant) is see-through: tRNS per entry
    trns = bytes([90] + [255] * (len(cols) - 1))
    files = {
        "rgb8.png": png(W, H, 2, 8, rgb),
        "rgb16.png": png(W, H, 2, 16, lambda x, y: tuple(map(w16, rgb(x, y)))),
        "interlaced.png": png(W, H, 2, 8, rgb, interlace=1),
        "interlaced16a.png": png(W, H, 6, 16, lambda x, y: tuple(
            map(w16, rgb(x, y) + (alpha(x, y),))), interlace=1),
        "palette.png": png(W, H, 3, 8, pal_pixel, plte=plte),
        "palette-trns.png": png(W, H, 3, 8, pal_pixel, plte=plte, trns=trns),
        "rgba.png": png(W, H, 6, 8, lambda x, y: rgb(x, y) + (alpha(x, y),)),
        "grey.png": png(W, H, 0, 8, lambda x, y: (grey(x, y),)),
        "grey2.png": png(W, H, 0, 2, lambda x, y: (grey(x, y) >> 6,)),
        "grey-alpha.png": png(W, H, 4, 8, lambda x, y: (grey(x, y), alpha(x, y))),
        "grey-alpha16.png": png(W, H, 4, 16, lambda x, y: (w16(grey(x, y)),
                                                            w16(alpha(x, y)))),
        "rgb-trns.png": png(W, H, 2, 8, rgb, trns=struct.pack(">HHH", 224, 32, 32)),
    }
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    jpeg.write(os.path.join(d, "baseline.jpg"), W, H, rgb, quality=92)


def named(d):
    good = png(W, H, 2, 8, rgb)
    ihdr_end = 8 + 25
    idat_at = good.index(b"IDAT") - 4
    idat_len = struct.unpack(">I", good[idat_at:idat_at + 4])[0]
    crc_at = idat_at + 8 + idat_len
    cases = {}
    # a bad CRC on the image data
    b = bytearray(good)
    b[crc_at] ^= 0x55
    cases["bad-crc.png"] = bytes(b)
    # the image data cut short (the file ends inside IDAT)
    cases["short-data.png"] = good[:idat_at + 8 + idat_len // 2]
    # complete chunks, but fewer rows than IHDR claims
    half = zlib.compress(bytes(1 + W * 3) * (H // 2))
    cases["short-rows.png"] = (good[:ihdr_end] + chunk(b"IDAT", half) +
                               chunk(b"IEND", b""))
    # IHDR with an impossible bit depth (valid CRC: libpng must judge it)
    cases["bad-ihdr.png"] = (b"\x89PNG\r\n\x1a\n" +
                             chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 3, 2, 0, 0, 0)) +
                             good[ihdr_end:])
    # a palette image with no PLTE chunk
    cases["palette-no-plte.png"] = png(W, H, 3, 8, lambda x, y: (0,))
    # 80 bytes that claim a huge image (a zlib "bomb" by claim)
    tiny = zlib.compress(b"\x00" * 64)
    bomb = (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", 19000, 19000, 8, 6, 0, 0, 0)) +
            chunk(b"IDAT", tiny) + chunk(b"IEND", b""))
    cases["bomb.png"] = bomb
    # the same within the pixel limits: refused when the data runs out
    cases["bomb-in-limits.png"] = (
        b"\x89PNG\r\n\x1a\n" +
        chunk(b"IHDR", struct.pack(">IIBBBBB", 6000, 6000, 8, 6, 0, 0, 0)) +
        chunk(b"IDAT", tiny) + chunk(b"IEND", b""))
    # a text chunk that claims 2 GB in a file of 100 bytes (libpng would
    # allocate and clear the claimed length before reading it)
    cases["chunk-claims-2gb.png"] = (good[:ihdr_end] + struct.pack(">I", 0x7FFFFFF0) +
                                     b"zTXtComment\x00\x00" + zlib.compress(b"x" * 40))
    # a compressed text chunk that inflates to 64 MB (libpng's chunk limit)
    ztxt = b"Comment\x00\x00" + zlib.compress(b"A" * (64 << 20), 9)
    cases["ztxt-bomb.png"] = good[:ihdr_end] + chunk(b"zTXt", ztxt) + good[ihdr_end:]
    # 20000 x 20000 16-bit RGB: 2.4 GB decoded
    row = zlib.compress(bytes(1 + 20000 * 6) * 4)
    cases["huge16.png"] = (b"\x89PNG\r\n\x1a\n" +
                           chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 16, 2, 0, 0, 0)) +
                           chunk(b"IDAT", row) + chunk(b"IEND", b""))
    for name, data in cases.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    base = os.path.join(d, "named-base.jpg")
    jpeg.write(base, W, H, rgb, quality=92)
    with open(base, "rb") as f:
        j = f.read()
    os.remove(base)
    with open(os.path.join(d, "truncated.jpg"), "wb") as f:
        f.write(j[:len(j) * 2 // 3])
    sof = j.index(b"\xff\xc0")
    twelve = bytearray(j)
    twelve[sof + 4] = 12  # the header claims 12-bit samples
    with open(os.path.join(d, "twelve-bit.jpg"), "wb") as f:
        f.write(bytes(twelve))


def png_chunks(data):
    off, out = 8, []
    while off + 12 <= len(data):
        n = struct.unpack(">I", data[off:off + 4])[0]
        if off + 12 + n > len(data):
            break
        out.append((off, n))
        off += 12 + n
    return out


def mutate_png(r, data):
    b = bytearray(data)
    kind = r.randrange(7)
    chunks = png_chunks(data)
    if kind == 0 or not chunks:  # random bytes anywhere
        for _ in range(r.randint(1, 8)):
            b[r.randrange(len(b))] = r.randrange(256)
    elif kind == 1:  # cut short
        del b[r.randrange(8, len(b)):]
    elif kind in (2, 3):  # damage a chunk's body, CRC fixed so libpng reads on
        off, n = r.choice(chunks)
        if n:
            for _ in range(r.randint(1, 4)):
                b[off + 8 + r.randrange(n)] = r.randrange(256)
        crc = zlib.crc32(bytes(b[off + 4:off + 8 + n])) & 0xFFFFFFFF
        b[off + 8 + n:off + 12 + n] = struct.pack(">I", crc)
    elif kind == 4:  # a lying length
        off, n = r.choice(chunks)
        b[off:off + 4] = struct.pack(">I", r.choice([0, 1, n + 1, n * 7, 0x7FFFFFFF,
                                                     r.randrange(1 << 32)]))
    elif kind == 5:  # drop or repeat a chunk
        off, n = r.choice(chunks)
        piece = b[off:off + 12 + n]
        if r.randrange(2):
            del b[off:off + 12 + n]
        else:
            b[off:off] = piece
    else:  # IHDR fields, CRC fixed: sizes, depths and colour types
        off = 8
        field = r.randrange(5)
        if field < 2:
            b[off + 8 + 4 * field:off + 12 + 4 * field] = struct.pack(
                ">I", r.choice([0, 1, 3, 65, 9999, 1 << 16, 1 << 31, r.randrange(1 << 32)]))
        else:
            b[off + 8 + 6 + field] = r.randrange(256) if r.randrange(2) else r.choice(
                [0, 1, 2, 3, 4, 6, 8, 16])
        crc = zlib.crc32(bytes(b[off + 4:off + 8 + 13])) & 0xFFFFFFFF
        b[off + 21:off + 25] = struct.pack(">I", crc)
    return bytes(b)


def mutate_jpeg(r, data):
    b = bytearray(data)
    kind = r.randrange(5)
    if kind == 0:
        for _ in range(r.randint(1, 8)):
            b[r.randrange(2, len(b))] = r.randrange(256)
    elif kind == 1:
        del b[r.randrange(3, len(b)):]
    elif kind == 2:  # a segment length or a frame header field
        marks = [i for i in range(2, len(b) - 4) if b[i] == 0xFF and 0xC0 <= b[i + 1] <= 0xFE]
        if marks:
            i = r.choice(marks)
            j = i + 2 + r.randrange(min(8, len(b) - i - 2))
            b[j] = r.randrange(256)
    elif kind == 3:  # a run of the entropy-coded data
        start = r.randrange(len(b) // 2, len(b) - 2)
        for k in range(start, min(len(b) - 2, start + r.randint(1, 64))):
            b[k] = r.randrange(256)
    else:  # a block repeated or dropped
        i = r.randrange(2, len(b) - 1)
        n = r.randint(1, 200)
        if r.randrange(2):
            del b[i:i + n]
        else:
            b[i:i] = b[i:i + n]
    return bytes(b)


def mutate(d, count, seeds):
    per = max(1, count // len(seeds))
    n = 0
    for si, seed in enumerate(seeds):
        with open(seed, "rb") as f:
            data = f.read()
        is_png = data.startswith(b"\x89PNG")
        stem = os.path.splitext(os.path.basename(seed))[0]
        for i in range(per):
            r = random.Random("%s-%d" % (stem, i))
            m = data
            for _ in range(r.randint(1, 3)):
                m = mutate_png(r, m) if is_png else mutate_jpeg(r, m)
            name = "m-%s-%03d.%s" % (stem, i, "png" if is_png else "jpg")
            with open(os.path.join(d, name), "wb") as f:
                f.write(m)
            n += 1
    print(n)


def verify(docs, out, errfile, checkfile):
    """Every document of DOCS either converted (three outputs that open) or
    was refused with a positioned image error and left nothing; --check
    (CHECKFILE) refused the same ones."""
    def refused(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        got = {}
        for line in text.splitlines():
            head = line.split(": error: ", 1)
            if len(head) == 2:
                name = os.path.basename(head[0].split(":")[0])
                got.setdefault(name, []).append(line)
        return got, text

    problems = []
    by_all, text = refused(errfile)
    by_check, _ = refused(checkfile)
    if "internal error" in text or "signal" in text:
        problems.append("a worker died: " + [l for l in text.splitlines()
                                             if "internal error" in l][0])
    n_ok = n_refused = 0
    for name in sorted(os.listdir(docs)):
        if not name.endswith(".yaml"):
            continue
        stem = name[:-5]
        outs = [os.path.join(out, stem + "." + x) for x in ("docx", "odt", "pdf")]
        have = [p for p in outs if os.path.exists(p)]
        if name in by_all:
            n_refused += 1
            lines = by_all[name]
            if not all(": error: image '" in l and l.split(":")[1:3] == ["12", "23"]
                       for l in lines):
                problems.append("%s: not a positioned image error: %s" % (name, lines))
            if have:
                problems.append("%s: refused, but wrote %s" % (name, have))
            if name not in by_check:
                problems.append("%s: refused by a conversion, not by --check" % name)
            continue
        n_ok += 1
        if name in by_check:
            problems.append("%s: refused by --check only: %s" % (name, by_check[name]))
        if len(have) != 3:
            problems.append("%s: converted, but only %s written" % (name, have))
            continue
        for p in outs[:2]:
            try:
                with zipfile.ZipFile(p) as z:
                    if z.testzip() is not None:
                        problems.append("%s: damaged package" % p)
            except zipfile.BadZipFile:
                problems.append("%s: not a ZIP package" % p)
        qpdf = subprocess.run(["qpdf", "--check", outs[2]], capture_output=True)
        if qpdf.returncode != 0:
            problems.append("%s: qpdf --check: %s" % (outs[2], qpdf.stdout[-300:]))
    for p in problems:
        print(p)
    print("%d converted, %d refused" % (n_ok, n_refused), file=sys.stderr)
    sys.exit(1 if problems else 0)


def main():
    mode, d = sys.argv[1], sys.argv[2]
    if mode != "verify":
        os.makedirs(d, exist_ok=True)
    if mode == "kinds":
        kinds(d)
    elif mode == "named":
        named(d)
    elif mode == "mutate":
        mutate(d, int(sys.argv[3]), sys.argv[4:])
    elif mode == "verify":
        verify(d, sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
