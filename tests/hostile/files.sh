#!/bin/sh
# Hostile files and folders: inputs (documents, images, logos, themes) that
# are not regular files (FIFOs, devices) or far too large, links planted in the output folder, a mixed set
# of outputs left by a killed run, and file names that would inject terminal
# escapes. Each case once hung, overwrote a file outside -o, skipped a stale
# output or printed the name raw.
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
. "$top_srcdir/tests/cli/minimal.sh"

cd "$T" || exit 1
ESC=$(printf '\033')

# ---- inputs that are not regular files: refused at once, never read --------
mkfifo fifo.yaml
hostile_run 5 -f dump fifo.yaml
expect_refused "FIFO as input" "fifo.yaml: error: is a FIFO (named pipe), not a regular file"
hostile_run 5 --check fifo.yaml
expect_refused "FIFO with --check" "fifo.yaml: error: is a FIFO (named pipe), not a regular file"
hostile_run 5 --all --no-register -f dump -o out-fifo fifo.yaml
expect_refused "FIFO named by --all" "is a FIFO (named pipe), not a regular file"
assert_empty_dir "FIFO named by --all" out-fifo

# a FIFO (and a link to one) inside a tree is a failed document, not a hang
# or a silent skip; the good document beside it still converts
mkdir tree
minimal_doc tree/good.yaml
mkfifo tree/x.yaml
ln -s x.yaml tree/link.yaml
hostile_run 5 --all -j2 -f dump -o out-tree tree
expect_refused "FIFO in an --all tree" "tree/x.yaml: error: is a FIFO (named pipe), not a regular file"
grep -qF "tree/link.yaml: error: is a FIFO" "$T/err" || fail "link to a FIFO in a tree: $(cat "$T/err")"
[ "$(tail -n 1 "$T/out")" = "1 converted, 2 failed, 0 skipped" ] || fail "FIFO tree summary: $(cat "$T/out")"
[ -s out-tree/good.txt ] || fail "the good document beside the FIFO was not converted"
hostile_run 5 --check tree
expect_refused "FIFO in a --check tree" "tree/x.yaml: error: is a FIFO (named pipe), not a regular file"

ln -s /dev/zero zero.yaml
hostile_run 5 -f dump zero.yaml
expect_refused "/dev/zero as input" "zero.yaml: error: is a device, not a regular file"
hostile_run 5 --check /dev/zero
expect_refused "/dev/zero with --check" "/dev/zero: error: is a device, not a regular file"

# ---- images and logos that are not regular files --------------------------
mkfifo pipe.png
ln -s /dev/zero zero.png
for what in logo image; do
  for src in pipe.png zero.png; do
    if [ $what = logo ]; then
      minimal_doc $what-$src.yaml "  logo: $src"
    else
      minimal_doc $what-$src.yaml "" "      - image: {path: $src}"
    fi
    hostile_run 5 -f dump -o out-img $what-$src.yaml
    expect_refused "$src as $what" "image '$src': is a"
    grep -qF "not a regular file" "$T/err" || fail "$src as $what: $(cat "$T/err")"
  done
done
assert_empty_dir "images that are not files" out-img

# ---- a theme that is not a regular file ------------------------------------
mkfifo pipe-theme.yaml
minimal_doc themed.yaml
echo "theme: pipe-theme.yaml" >>themed.yaml
hostile_run 5 -f dump -o out-img themed.yaml
expect_refused "FIFO as the document's theme" "pipe-theme.yaml: error: is a FIFO (named pipe), not a regular file"
minimal_doc doc-for-theme.yaml
hostile_run 5 -f dump -o out-img --theme ./pipe-theme.yaml doc-for-theme.yaml
expect_refused "FIFO as --theme" "pipe-theme.yaml: error: is a FIFO (named pipe), not a regular file"
assert_empty_dir "FIFO as theme" out-img

# ---- files over the size limit: refused from their size, never read whole -
# (sparse: they take no disk; reading 3 GB would exceed the memory limit)
truncate -s 40M big.yaml
hostile_run 5 -f dump big.yaml
expect_refused "40 MB document" "big.yaml: error: file is larger than 32 MB"
truncate -s 3G huge.yaml
hostile_run 5 --check huge.yaml
expect_refused "3 GB document" "huge.yaml: error: file is larger than 32 MB"
truncate -s 3G huge.png
minimal_doc huge-logo.yaml "  logo: huge.png"
hostile_run 5 -f dump -o out-img huge-logo.yaml
expect_refused "3 GB logo" "image 'huge.png': file is larger than"
assert_empty_dir "3 GB logo" out-img

# ---- links planted in the output folder -----------------------------------
echo "precious" >outside.txt
cp outside.txt outside.orig
minimal_doc doc.yaml

# at the final name: refused (not replaced), the target untouched
mkdir out-link
ln -s ../outside.txt out-link/doc.txt
hostile_run 10 -f dump,docx -o out-link doc.yaml
expect_refused "link at the final name" "out-link/doc.txt: error: is a symbolic link"
cmp -s outside.txt outside.orig || fail "link at the final name: outside.txt changed"
[ -L out-link/doc.txt ] || fail "the planted link was replaced"
[ ! -e out-link/doc.docx ] || fail "link at one output name: the other outputs were written"
[ -z "$(ls -A out-link | grep isoexport-tmp)" ] || fail "temporary file left: $(ls -A out-link)"

# at the temporary name the writer would use (its PID is known to anyone):
# planted again and again while a slow document renders, so the link is
# there when the outputs are written; the write never follows it
mkdir out-plant
minimal_doc slow.yaml "" "      - table:
          columns: [A, B, C]
          rows:"
# (about a second; sanitizer builds are much slower on large tables)
rows=30000 limit=60
[ -z "${ISOEXPORT_SANITIZED:-}" ] || rows=3000 limit=300
awk -v n=$rows 'BEGIN { for (i = 0; i < n; i++) printf "            - [r%d, b, c]\n", i }' >>slow.yaml
"$ISOEXPORT" -f pdf,docx -o out-plant slow.yaml >"$T/out" 2>"$T/err" &
pid=$!
deadline=$(($(date +%s) + limit))
while kill -0 $pid 2>/dev/null; do
  if [ "$(date +%s)" -gt $deadline ]; then
    kill $pid
    fail "links at the temporary names: no result after ${limit}s"
    break
  fi
  for e in pdf docx; do
    ln -s ../outside.txt "out-plant/.slow.$e.isoexport-tmp-$pid" 2>/dev/null
  done
  sleep 0.01
done
wait $pid
rc=$?
expect_ok "links at the temporary names"
cmp -s outside.txt outside.orig || fail "links at the temporary names: outside.txt was overwritten"
[ -s out-plant/slow.pdf ] && [ ! -L out-plant/slow.pdf ] || fail "slow.pdf not written as a file"

# a linked folder below -o is refused, naming the link; -o itself may be one
mkdir -p sub-src/sub elsewhere out-sub
minimal_doc sub-src/sub/d.yaml
ln -s ../elsewhere out-sub/sub
: >elsewhere/.d.txt.isoexport-tmp-999999999 # not ours to clean up
hostile_run 10 --all -f dump -o out-sub sub-src
expect_refused "linked folder below -o" "out-sub/sub: error: is a symbolic link"
[ "$(ls -A elsewhere)" = ".d.txt.isoexport-tmp-999999999" ] ||
  fail "linked folder below -o: elsewhere/ now holds: $(ls -A elsewhere)"
mkdir real-out
ln -s real-out linked-out
hostile_run 10 --all -f dump -o linked-out sub-src
expect_ok "-o is a link"
[ -s real-out/sub/d.txt ] || fail "-o as a link: nothing written through it"

# ---- a mixed set (a run killed between renames) is rebuilt ----------------
mkdir mix
minimal_doc mix/m.yaml
touch -d '2020-01-01' mix/m.yaml
hostile_run 20 --all -f dump,docx -o out-mix mix
expect_ok "mixed set: first run"
hostile_run 20 --all -f dump,docx -o out-mix mix
[ "$(tail -n 1 "$T/out")" = "0 converted, 0 failed, 1 skipped" ] || fail "unchanged set rebuilt: $(cat "$T/out")"
# what a kill after the first rename leaves: a newer DOCX beside the old dump
touch -d '+1 hour' out-mix/m.docx
hostile_run 20 --all -f dump,docx -o out-mix mix
[ "$(tail -n 1 "$T/out")" = "1 converted, 0 failed, 0 skipped" ] || fail "mixed set not rebuilt: $(cat "$T/out")"
hostile_run 20 --all -f dump,docx -o out-mix mix
[ "$(tail -n 1 "$T/out")" = "0 converted, 0 failed, 1 skipped" ] || fail "rebuilt set not one conversion: $(cat "$T/out")"

# ---- names with control characters are printed escaped --------------------
mkdir names
bad=$(printf 'names/bad\033[31mred\nx\377.yaml')
write_bad "$bad"
shown='names/bad\x1b[31mred\x0ax\xff.yaml:8:13: error: invalid date'
hostile_run 5 -f dump "$bad"
expect_refused "escape in a name" "$shown"
grep -q "$ESC" "$T/err" && fail "raw escape printed: $(od -c "$T/err" | head -5)"
hostile_run 5 --check names
expect_refused "escape in a name, --check" "$shown"
grep -q "$ESC" "$T/err" && fail "raw escape printed by --check"
minimal_doc names/ok.yaml
hostile_run 10 --all -j2 -v -f dump -o out-names names
expect_refused "escape in a name, --all" "$shown"
grep -q "$ESC" "$T/err" && fail "raw escape printed by --all"
# a good document with such a name: its "written" note is escaped too
minimal_doc "$(printf 'names/w\033]0;x\007.yaml')"
hostile_run 10 --all -j1 -v -f dump -o out-names names
grep -qF 'out-names/w\x1b]0;x\x07.txt: note: written' "$T/err" || fail "written note: $(cat "$T/err")"
grep -q "$ESC" "$T/err" && fail "raw escape in a written note"
if command -v script >/dev/null 2>&1; then
  script -qec "'$ISOEXPORT' --all -f dump -o out-tty names" typescript >/dev/null 2>&1
  sed 's/\x1b\[K//g' typescript | grep -q "$ESC" &&
    fail "raw escape on the terminal (progress bar): $(od -c typescript | head -8)"
fi
finish
