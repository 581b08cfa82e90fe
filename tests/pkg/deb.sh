#!/bin/sh
# The Debian package (debian/): built from a copy of the source with
# dpkg-buildpackage -us -uc -b (nocheck: the suite has run already),
# lintian-clean of errors, installed with apt-get, and the installed
# /usr/bin/isoexport converts a sample with the installed themes, writes a
# scaffold that names the installed schema, and its man pages and bash
# completion are where man and bash-completion look. Runs as root only
# (it installs the package; it removes it again unless it was installed
# before), and not in the sanitizer build.
. "$top_srcdir/tests/common.sh"
[ "$(id -u)" = 0 ] || skip "not root: installing the .deb needs root"
[ -z "${ISOEXPORT_SANITIZED:-}" ] || skip "the sanitizer build: the package is built once, in the plain build"
[ -z "${ISOEXPORT_IN_DEB_BUILD:-}" ] || skip "inside the package's own build"
for t in dpkg-buildpackage dh dpkg-checkbuilddeps apt-get lintian; do
  need "$t"
done
[ -f "$top_srcdir/debian/control" ] || skip "no debian/ in the source"

# a copy of the source: the files git knows (committed or not), or a clean
# unpacked tarball as it is
mkdir "$T/src"
if git -C "$top_srcdir" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$top_srcdir" && git ls-files -z --cached --others --exclude-standard |
    xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' x |
    tar --null -T - -cf -) | tar -xf - -C "$T/src" || { fail "copying the source"; finish; }
elif [ ! -f "$top_srcdir/config.status" ]; then
  cp -a "$top_srcdir/." "$T/src/" && chmod -R u+w "$T/src" # distcheck's is read-only
else
  skip "the source is neither a git checkout nor a clean tree"
fi
cd "$T/src" || exit 1
dpkg-checkbuilddeps >"$T/deps" 2>&1 ||
  { fail "build dependencies missing (scripts/install-deps): $(cat "$T/deps")"; finish; }

start=$(date +%s)
DEB_BUILD_OPTIONS="nocheck parallel=2" dpkg-buildpackage -us -uc -b >"$T/build.log" 2>&1 ||
  { tail -n 40 "$T/build.log" >&2; fail "dpkg-buildpackage failed"; finish; }
echo "package built in $(($(date +%s) - start)) s" >&2
cd "$T" || exit 1
deb=$(ls "$T"/isoexport_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { fail "no isoexport_*.deb: $(ls "$T")"; finish; }
libdeb=$(ls "$T"/libisoexport0_*.deb 2>/dev/null | head -n 1)
devdeb=$(ls "$T"/libisoexport-dev_*.deb 2>/dev/null | head -n 1)
[ -n "$libdeb" ] && [ -n "$devdeb" ] ||
  { fail "no libisoexport0 or libisoexport-dev package: $(ls "$T")"; finish; }

# lintian: errors fail, warnings are listed
lintian --fail-on error "$T"/isoexport_*.changes >"$T/lintian" 2>&1 ||
  fail "lintian finds errors: $(grep '^E:' "$T/lintian")"
grep -E '^[WE]:' "$T/lintian" | sed 's/^/lintian: /' >&2

# what the package holds
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$T/contents"
for f in /usr/bin/isoexport /usr/share/man/man1/isoexport.1.gz /usr/share/man/man5/isoexport.5.gz \
  /usr/share/isoexport/isoexport.schema.json /usr/share/isoexport/themes/default.yaml \
  /usr/share/isoexport/themes/classic.yaml /usr/share/isoexport/scaffolds/en/policy.yaml \
  /usr/share/isoexport/scaffolds/fi/policy.yaml /usr/share/bash-completion/completions/isoexport \
  /usr/share/doc/isoexport/copyright; do
  grep -qx "$f" "$T/contents" || fail "the package lacks $f"
done

# install it; remove it at the end unless it was installed before
dpkg-deb -c "$libdeb" >"$T/lib-contents"
grep -q 'libisoexport\.so\.0' "$T/lib-contents" || fail "libisoexport0 lacks the shared library"
dpkg-deb -c "$devdeb" >"$T/dev-contents"
for f in /usr/include/isoexport.h pkgconfig/isoexport.pc libisoexport.a libisoexport.so; do
  grep -q "$f" "$T/dev-contents" || fail "libisoexport-dev lacks $f"
done
grep -q '\.la$' "$T/dev-contents" && fail "libisoexport-dev ships a libtool .la file"

was=$(dpkg-query -W -f='${Status}' isoexport 2>/dev/null)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends "$deb" "$libdeb" "$devdeb" >"$T/apt.log" 2>&1 ||
  dpkg -i "$deb" "$libdeb" "$devdeb" >>"$T/apt.log" 2>&1 ||
  { fail "installing the .debs: $(tail -n 5 "$T/apt.log")"; finish; }
case $was in
*"install ok installed"*) ;;
*) trap 'dpkg -r libisoexport-dev libisoexport0 isoexport >/dev/null 2>&1; rm -rf "$T"' EXIT ;;
esac

# another program, through pkg-config alone, against the installed packages
cc -std=c11 -Wall -Werror -o "$T/client" "$top_srcdir/tests/lib/client.c" \
  $(pkg-config --cflags --libs isoexport) $(pkg-config --cflags --libs libxml-2.0) 2>"$T/cc.log" ||
  fail "a client does not build against libisoexport-dev: $(cat "$T/cc.log")"
if [ -x "$T/client" ]; then
  ldd "$T/client" | grep -Eq 'libisoexport\.so\.0 => /(usr/)?lib/' ||
    fail "the client does not use the packaged library: $(ldd "$T/client" | grep isoexport)"
  mkdir -p "$T/client-out"
  "$T/client" "$top_srcdir/samples/information-security-policy.yaml" "$top_srcdir/tests/bad/date-feb30.yaml" \
    "$T/client-out" >"$T/client.log" 2>&1 || fail "the client against the packages: $(cat "$T/client.log")"
fi

# the installed program, with its installed data only
unset ISOEXPORT_THEMES ISOEXPORT_TEMPLATES
cd "$T" || exit 1
/usr/bin/isoexport --version | grep -q '^isoexport ' || fail "isoexport --version"
cp -r "$top_srcdir/samples" "$T/samples"
/usr/bin/isoexport -q -o out samples/information-security-policy.yaml 2>"$T/err" ||
  fail "installed isoexport: $(cat "$T/err")"
/usr/bin/isoexport -q -t classic -f pdf -o classic samples/access-control-procedure.yaml 2>"$T/err" ||
  fail "installed isoexport --theme classic: $(cat "$T/err")"
for f in out/information-security-policy.docx out/information-security-policy.odt \
  out/information-security-policy.pdf classic/access-control-procedure.pdf; do
  [ -s "$f" ] || fail "the installed program did not write $f"
done
if command -v pdfinfo >/dev/null 2>&1; then
  pdfinfo out/information-security-policy.pdf | grep -q '^Title: *Information Security Policy' ||
    fail "the installed program's PDF has no title"
  pdfinfo classic/access-control-procedure.pdf | grep -q 'letter' ||
    fail "--theme classic (US Letter) was not the installed theme"
fi
/usr/bin/isoexport new policy new.yaml >/dev/null 2>"$T/err" || fail "installed isoexport new: $(cat "$T/err")"
head -n 1 new.yaml | grep -qx '# yaml-language-server: \$schema=/usr/share/isoexport/isoexport.schema.json' ||
  fail "new.yaml does not name the installed schema: $(head -n 1 new.yaml)"
/usr/bin/isoexport --check -q new.yaml 2>/dev/null || fail "the installed scaffold does not pass --check"

# man isoexport, man 5 isoexport
if command -v man >/dev/null 2>&1; then
  man -w isoexport | grep -q '/usr/share/man/man1/isoexport.1' || fail "man -w isoexport: $(man -w isoexport 2>&1)"
  man -w 5 isoexport | grep -q '/usr/share/man/man5/isoexport.5' || fail "man -w 5 isoexport"
  LC_ALL=C.UTF-8 man --warnings 5 isoexport >/dev/null 2>"$T/err"
  [ -s "$T/err" ] && fail "man 5 isoexport: $(cat "$T/err")"
  zcat /usr/share/man/man1/isoexport.1.gz | grep -q '^\.I /usr/share/isoexport/themes/' ||
    fail "isoexport(1) does not name the installed theme folder"
fi
# bash-completion finds the completion where it looks
if pkg-config --exists bash-completion 2>/dev/null; then
  d=$(pkg-config --variable=completionsdir bash-completion)
  [ -f "$d/isoexport" ] || fail "no completion in bash-completion's folder $d"
fi
finish
