#!/usr/bin/env python3
"""Compares the images a PDF draws with their source files decoded by
ImageMagick (an independent decoder).

  image_compare.py PDF MAXDIFF MEANDIFF SOURCE...

The PDF must draw one image per SOURCE, in order (a soft mask right after
its image). Each image must have the source's size, and its colour and
alpha samples may differ from the source's by at most MAXDIFF anywhere and
MEANDIFF on average (8-bit). A see-through source must come with a soft
mask; an opaque one may not need one. Prints one line per problem and
exits 1 when there is any.
"""
import os
import subprocess
import sys
import tempfile


def read_pnm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1
    magic, w, h = fields[0], int(fields[1]), int(fields[2])
    k = 3 if magic == b"P6" else 1
    return w, h, k, data[pos:pos + w * h * k]


def reference(src):
    """(w, h, rgb bytes, alpha bytes) of SRC decoded by ImageMagick."""
    size = subprocess.run(["identify", "-format", "%w %h", src + "[0]"],
                          check=True, capture_output=True).stdout.split()
    w, h = int(size[0]), int(size[1])
    rgba = subprocess.run(["convert", src + "[0]", "-colorspace", "sRGB",
                           "-depth", "8", "rgba:-"],
                          check=True, capture_output=True).stdout
    return w, h, rgba[0::4], rgba[1::4], rgba[2::4], rgba[3::4]


def main():
    pdf, maxdiff, meandiff = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    sources = sys.argv[4:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        listing = subprocess.run(["pdfimages", "-list", pdf], check=True,
                                 capture_output=True, text=True).stdout
        kinds = [line.split()[2] for line in listing.splitlines()[2:]]
        subprocess.run(["pdfimages", pdf, os.path.join(tmp, "i")], check=True)
        files = sorted(os.listdir(tmp))
        images = []  # (colour file, mask file or None)
        for i, kind in enumerate(kinds):
            if kind == "image":
                images.append([os.path.join(tmp, files[i]), None])
            elif kind == "smask" and images:
                images[-1][1] = os.path.join(tmp, files[i])
        if len(images) != len(sources):
            print("%s: %d images, want %d" % (pdf, len(images), len(sources)))
            sys.exit(1)
        for (colour, mask), src in zip(images, sources):
            name = os.path.basename(src)
            rw, rh, r, g, b, a = reference(src)
            w, h, k, px = read_pnm(colour)
            if (w, h) != (rw, rh):
                problems.append("%s: drawn %dx%d, the file is %dx%d" % (name, w, h, rw, rh))
                continue
            planes = [px[0::3], px[1::3], px[2::3]] if k == 3 else [px, px, px]
            ref = [r, g, b]
            if mask:
                mw, mh, mk, m = read_pnm(mask)
                m = m[0::mk]
                if (mw, mh) != (w, h):
                    problems.append("%s: soft mask %dx%d" % (name, mw, mh))
                    continue
                planes.append(m)
                ref.append(a)
            elif min(a) < 255:
                problems.append("%s: see-through, but drawn without a soft mask" % name)
            worst, total, n = 0, 0, 0
            for p, q in zip(planes, ref):
                for x, y in zip(p, q):
                    d = abs(x - y)
                    worst = max(worst, d)
                    total += d
                    n += 1
            mean = total / n
            if worst > maxdiff or mean > meandiff:
                problems.append("%s: differs from the file by up to %d (mean %.2f)"
                                % (name, worst, mean))
    for p in problems:
        print("%s: %s" % (pdf, p))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
