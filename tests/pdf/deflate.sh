#!/bin/sh
# Page content streams and font files are deflated by libdeflate
# (formats/pdf/zstream.c): in every sample, every cross-format document and
# a generated Finnish and English policy, each must inflate (qpdf) to its
# content; each page's stream must be no larger than zlib's default level
# (what libharu wrote) makes the same bytes, each font file at most 0.5%
# larger than that, and all of them together smaller than zlib makes them.
. "$top_srcdir/tests/common.sh"
need qpdf
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
command -v "$PY" >/dev/null 2>&1 || skip "python3 is not installed"

docs=
for f in "$top_srcdir"/tests/cross/*.yaml; do
  case "$f" in *-theme.yaml) ;; *) docs="$docs $f" ;; esac
done
"$PY" "$top_srcdir/bench/gen_policy.py" "$T/fi" 1 fi >/dev/null &&
  cp "$T/fi/yaml/policy-0000.yaml" "$T/policy-fi.yaml"
"$PY" "$top_srcdir/bench/gen_policy.py" "$T/en" 1 en >/dev/null &&
  cp "$T/en/yaml/policy-0000.yaml" "$T/policy-en.yaml"
# shellcheck disable=SC2086 # the list is words
"$ISOEXPORT" -f pdf -o "$T/out" "$top_srcdir"/samples/*.yaml $docs \
  "$T/policy-fi.yaml" "$T/policy-en.yaml" >"$T/err" 2>&1 ||
  fail "isoexport failed: $(head -5 "$T/err")"
ls "$T/out"/*.pdf >/dev/null 2>&1 || { fail "no PDF made"; finish; }
"$PY" - "$T"/out/*.pdf <<'PYEOF' || fail "content streams"
import json, subprocess, sys, zlib
bad = streams = 0
ours = zlibs = 0
for pdf in sys.argv[1:]:
    doc = json.loads(subprocess.run(["qpdf", "--json=2", pdf],
                                    capture_output=True, check=True).stdout)
    pages = doc["pages"]
    objs = [(k.split(":")[1].split()[0], "page %d" % n)
            for n, page in enumerate(pages, 1)
            for k in ["obj:" + r for r in page["contents"]]]
    objs += [(k.split(":")[1].split()[0], "font file " + k.split(":")[1])
             for k, v in doc["qpdf"][1].items()
             if isinstance(v, dict) and "/Length1" in v.get("stream", {}).get("dict", {})]
    fonts = sum(1 for _, what in objs if what.startswith("font"))
    if not fonts:
        print("%s: no font file" % pdf)
        bad += 1
    for obj, what in objs:
        def data(kind):
            return subprocess.run(
                ["qpdf", "--show-object=" + obj, "--%s-stream-data" % kind, pdf],
                capture_output=True, check=True).stdout
        raw, plain = data("raw"), data("filtered")
        streams += 1
        if zlib.decompress(raw) != plain:
            print("%s %s: the stream does not inflate to its content" % (pdf, what))
            bad += 1
        ref_len = len(zlib.compress(plain, 6))
        ours += len(raw)
        zlibs += ref_len
        limit = ref_len * 1.005 if what.startswith("font") else ref_len
        if len(raw) > limit:
            print("%s %s: %d bytes, zlib's default level %d" % (pdf, what, len(raw), ref_len))
            bad += 1
if streams == 0:
    print("no content streams")
    bad += 1
if ours >= zlibs:
    print("all streams: %d bytes, zlib's default level %d" % (ours, zlibs))
    bad += 1
sys.exit(1 if bad else 0)
PYEOF
finish
