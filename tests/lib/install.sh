#!/bin/sh
# The installed library (issue 17): `make install` into a DESTDIR, then
# another program built with `pkg-config --cflags --libs isoexport` alone
# (tests/lib/client.c, shared and static) loads a document and writes its
# formats; the shared library exports exactly the functions isoexport.h
# declares, and the installed header compiles on its own as C and C++.
. "$top_srcdir/tests/common.sh"
need pkg-config
need nm
D=$T/root
make -s -C "$top_builddir" install DESTDIR="$D" >"$T/install.log" 2>&1 ||
  { cat "$T/install.log" >&2; fail "make install DESTDIR failed"; finish; }
pc=$(find "$D" -name isoexport.pc | head -n 1)
[ -n "$pc" ] || { fail "no isoexport.pc installed"; finish; }
hdr=$(find "$D" -name isoexport.h | head -n 1)
[ -n "$hdr" ] || fail "no isoexport.h installed"
so=$(find "$D" -name 'libisoexport.so.*.*' | head -n 1)
[ -n "$so" ] || fail "no libisoexport.so installed"
find "$D" -name libisoexport.a | grep -q . || fail "no libisoexport.a installed"
# the program, the man pages and the schema are installed with it
find "$D" -path '*/bin/isoexport' | grep -q . || fail "no program installed"
find "$D" -name isoexport.1 | grep -q . || fail "no isoexport(1) installed"

export PKG_CONFIG_PATH="$(dirname "$pc")"
export PKG_CONFIG_SYSROOT_DIR="$D"
[ "$(pkg-config --modversion isoexport)" = "$(sed -n 's/^#define ISO_VERSION_STRING "\(.*\)"$/\1/p' "$hdr")" ] ||
  fail "pkg-config's version is not the header's"
cflags=$(pkg-config --cflags isoexport) && libs=$(pkg-config --libs isoexport) ||
  fail "pkg-config --cflags --libs isoexport failed"
# the client's own use of libxml2 (it checks its error handlers survive),
# from the system, not the DESTDIR
xml=$(PKG_CONFIG_SYSROOT_DIR= pkg-config --cflags --libs libxml-2.0)
san=
[ "${ISOEXPORT_SANITIZED:-}" = 1 ] && san="-fsanitize=address,undefined"
cc=${CC:-cc}
$cc $san -std=c11 -Wall -Wextra -Werror -o "$T/client" "$top_srcdir/tests/lib/client.c" \
  $cflags $libs $xml 2>"$T/cc.log" || { cat "$T/cc.log" >&2; fail "the client does not build"; }

# Runs the client against the installed library; the environment the
# library must NOT read is set to values the client would notice.
run_client() {
  rm -rf "$T/out" && mkdir -p "$T/out"
  SOURCE_DATE_EPOCH=1000000000 ISOEXPORT_WHOLE_FONTS=1 \
    LD_LIBRARY_PATH="$(dirname "$so")" "$1" "$top_srcdir/samples/information-security-policy.yaml" \
    "$top_srcdir/tests/bad/date-feb30.yaml" "$T/out" >"$T/run.log" 2>&1 ||
    { cat "$T/run.log" >&2; fail "$1 failed"; }
  for f in pdf docx odt; do
    [ -s "$T/out/policy.$f" ] || fail "$1 wrote no policy.$f"
  done
  if command -v qpdf >/dev/null 2>&1 && [ -s "$T/out/policy.pdf" ]; then
    qpdf --check "$T/out/policy.pdf" >/dev/null 2>&1 || fail "$1's PDF fails qpdf --check"
  fi
}
[ -x "$T/client" ] && run_client "$T/client"
# it ran on the installed library, not a copy in the build tree
LD_LIBRARY_PATH="$(dirname "$so")" ldd "$T/client" 2>/dev/null | grep -q "$D" ||
  fail "the client is not linked to the installed libisoexport.so"

# static: pkg-config --static names every library libisoexport.a needs
if [ -z "$san" ]; then
  # the dependencies' own flags come from the system, isoexport's from D
  slibs=$(PKG_CONFIG_SYSROOT_DIR= pkg-config --static --libs isoexport)
  libdir=$(dirname "$so")
  $cc -std=c11 -o "$T/client-static" "$top_srcdir/tests/lib/client.c" $cflags \
    $(echo "$slibs" | sed "s|-lisoexport|$libdir/libisoexport.a|") $xml -lpthread 2>"$T/cc.log" ||
    { cat "$T/cc.log" >&2; fail "the client does not link statically"; }
  [ -x "$T/client-static" ] && run_client "$T/client-static"
fi

# exported symbols: exactly the functions the header declares
nm -D --defined-only "$so" | awk '{print $3}' | sed 's/@.*//' | sort -u >"$T/exported"
grep -o '^ISO_API[^(]*(' "$hdr" | sed -E 's/.*[ *]([a-z_0-9]+)\($/\1/' | sort -u >"$T/declared"
[ -s "$T/declared" ] || fail "no ISO_API declarations found in $hdr"
diff "$T/declared" "$T/exported" >"$T/sym.diff" ||
  { cat "$T/sym.diff" >&2; fail "exports differ from isoexport.h (< declared only, > exported only)"; }

# the static library too: no internal name (lay_*, docx_*, pdf_*...) can
# clash with a program's own
nm -g --defined-only "$(dirname "$so")/libisoexport.a" 2>/dev/null | awk 'NF == 3 {print $3}' | sort -u >"$T/static"
diff "$T/declared" "$T/static" >"$T/static.diff" ||
  { head -n 20 "$T/static.diff" >&2; fail "libisoexport.a's global symbols differ from isoexport.h"; }

# debian/libisoexport0.symbols (dpkg-gensymbols) lists the same functions
if [ -f "$top_srcdir/debian/libisoexport0.symbols" ]; then
  sed -n 's/^ \([a-z_0-9]*\)@Base .*/\1/p' "$top_srcdir/debian/libisoexport0.symbols" | sort -u >"$T/symbols"
  diff "$T/declared" "$T/symbols" >"$T/symbols.diff" ||
    { cat "$T/symbols.diff" >&2; fail "debian/libisoexport0.symbols differs from isoexport.h (> symbols file only)"; }
fi

# the header stands alone, in C and C++
printf '#include <isoexport.h>\nint main(void) { return iso_version() == 0; }\n' >"$T/h.c"
$cc -std=c99 -Wall -Werror -pedantic -c $cflags "$T/h.c" -o "$T/h.o" || fail "isoexport.h is not C99 on its own"
if command -v c++ >/dev/null 2>&1; then
  cp "$T/h.c" "$T/h.cc"
  c++ -Wall -Werror -c $cflags "$T/h.cc" -o "$T/hh.o" || fail "isoexport.h does not compile as C++"
fi
# no internal header is installed
find "$D" -name internal.h -o -name node_private.h | grep -q . && fail "an internal header is installed"
finish
