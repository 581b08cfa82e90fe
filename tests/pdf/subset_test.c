/* The TrueType subsetter against independent readers: FreeType (through
 * fontconfig) must see exactly the characters asked for, libharu must
 * measure every character as in the whole font, a collection must give the
 * same font as its face alone, and broken fonts must be refused, never
 * crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <fontconfig/fcfreetype.h>
#include <hpdf.h>

#include "../../formats/pdf/charset.h"
#include "../../formats/pdf/subset.h"
#include "../unit/check.h"
#include "find_font.h"

static void spill(const char *file, const unsigned char *p, size_t n) {
  FILE *f = fopen(file, "wb");
  CHECK(f != NULL);
  if (f) {
    CHECK(fwrite(p, 1, n, f) == n);
    fclose(f);
  }
}

/* FreeType's view of the characters FILE maps. */
static FcCharSet *charset_of(const char *file) {
  int count = 0;
  FcPattern *p = FcFreeTypeQuery((const FcChar8 *)file, 0, NULL, &count);
  FcCharSet *cs = NULL, *out = NULL;
  if (p && FcPatternGetCharSet(p, FC_CHARSET, 0, &cs) == FcResultMatch)
    out = FcCharSetCopy(cs);
  if (p)
    FcPatternDestroy(p);
  return out;
}

static void on_error(HPDF_STATUS e, HPDF_STATUS detail, void *data) {
  (void)detail;
  *(HPDF_STATUS *)data = e;
}

/* Widths libharu measures for bytes 0x20-0xFF in Windows-1252. */
static int widths(const char *file, HPDF_INT w[224]) {
  HPDF_STATUS err = 0;
  HPDF_Doc pdf = HPDF_New(on_error, &err);
  const char *name = HPDF_LoadTTFontFromFile(pdf, file, HPDF_TRUE);
  HPDF_Font f = name ? HPDF_GetFont(pdf, name, "CP1252") : NULL;
  for (int i = 0; f && i < 224; i++) {
    HPDF_BYTE b = (HPDF_BYTE)(0x20 + i);
    w[i] = (HPDF_INT)HPDF_Font_TextWidth(f, &b, 1).width;
  }
  HPDF_Free(pdf);
  return f && !err ? 0 : -1;
}

/* The font as the only face of a collection (its offsets moved by the
 * 16-byte collection header). */
static unsigned char *as_collection(const unsigned char *p, size_t n,
                                    size_t *out_n) {
  unsigned char *c = malloc(n + 16);
  memcpy(c, "ttcf\0\1\0\0\0\0\0\1\0\0\0\x10", 16);
  memcpy(c + 16, p, n);
  unsigned ntables = (unsigned)(p[4] << 8 | p[5]);
  for (unsigned i = 0; i < ntables; i++) {
    unsigned char *o = c + 16 + 12 + 16 * i + 8;
    unsigned long v = (unsigned long)o[0] << 24 | (unsigned long)o[1] << 16 |
                      (unsigned long)o[2] << 8 | o[3];
    v += 16;
    o[0] = (unsigned char)(v >> 24);
    o[1] = (unsigned char)(v >> 16);
    o[2] = (unsigned char)(v >> 8);
    o[3] = (unsigned char)v;
  }
  *out_n = n + 16;
  return c;
}

static void test_font(const char *spec, const char *dir) {
  char *file = find_font(spec);
  CHECK(file != NULL);
  if (!file)
    return;
  size_t n = 0;
  unsigned char *whole = slurp(file, &n);
  CHECK(whole != NULL);
  static pdf_charset cs;
  memset(&cs, 0, sizeof cs);
  pdf_charset_add_cp1252(&cs);
  unsigned char *sub = NULL;
  size_t sn = 0;
  CHECK_INT(pdf_ttf_subset(whole, n, 0, &cs, &sub, &sn), 0);
  if (!sub) {
    free(whole);
    free(file);
    return;
  }
  CHECK(sn * 4 < n); /* a tenth, in practice */

  char path[512];
  snprintf(path, sizeof path, "%s/subset.ttf", dir);
  spill(path, sub, sn);
  /* FreeType: exactly the Windows-1252 characters the font has */
  FcCharSet *got = charset_of(path), *orig = charset_of(file);
  CHECK(got != NULL && orig != NULL);
  if (got && orig) {
    int wrong = 0;
    for (FcChar32 c = 0; c < 0x10000; c++) {
      int want = pdf_charset_has(&cs, c) && FcCharSetHasChar(orig, c);
      if (want != (FcCharSetHasChar(got, c) ? 1 : 0) && wrong++ < 5)
        fprintf(stderr, "%s: U+%04X %s\n", spec, (unsigned)c,
                want ? "missing" : "extra");
    }
    CHECK_INT(wrong, 0);
  }
  if (got)
    FcCharSetDestroy(got);
  if (orig)
    FcCharSetDestroy(orig);
  /* libharu: the same widths as from the whole font */
  HPDF_INT w1[224], w2[224];
  CHECK_INT(widths(file, w1), 0);
  CHECK_INT(widths(path, w2), 0);
  CHECK(memcmp(w1, w2, sizeof w1) == 0);
  /* cutting the cut font again changes nothing */
  unsigned char *again = NULL;
  size_t an = 0;
  CHECK_INT(pdf_ttf_subset(sub, sn, 0, &cs, &again, &an), 0);
  CHECK(again && an == sn && memcmp(again, sub, sn) == 0);
  free(again);
  /* the font as face 0 of a collection gives the same; face 1 is refused */
  size_t cn = 0;
  unsigned char *ttc = as_collection(whole, n, &cn), *from_ttc = NULL;
  size_t tn = 0;
  CHECK_INT(pdf_ttf_subset(ttc, cn, 0, &cs, &from_ttc, &tn), 0);
  CHECK(from_ttc && tn == sn && memcmp(from_ttc, sub, sn) == 0);
  free(from_ttc);
  from_ttc = NULL;
  CHECK_INT(pdf_ttf_subset(ttc, cn, 1, &cs, &from_ttc, &tn), -1);
  free(ttc);
  free(sub);
  free(whole);
  free(file);
  unlink(path);
}

/* Cut short anywhere, or with bytes changed, a font is refused or cut
 * without reading outside it (AddressSanitizer watches the CI run). */
static void test_broken(void) {
  char *file = find_font("Liberation Sans");
  size_t n = 0;
  unsigned char *whole = file ? slurp(file, &n) : NULL;
  CHECK(whole != NULL);
  if (!whole) {
    free(file);
    return;
  }
  static pdf_charset cs;
  pdf_charset_add_cp1252(&cs);
  int refused = 0, cut = 0;
  for (size_t len = 0; len < n; len += len < 4096 ? 7 : 1999) {
    unsigned char *copy = malloc(len ? len : 1), *out = NULL;
    memcpy(copy, whole, len);
    size_t on;
    int rc = pdf_ttf_subset(copy, len, 0, &cs, &out, &on);
    CHECK(rc == 0 || rc == -1);
    rc == 0 ? cut++ : refused++;
    free(out);
    free(copy);
  }
  CHECK(refused > 0);
  unsigned seed = 12345;
  unsigned char *copy = malloc(n);
  for (int round = 0; round < 300; round++) {
    memcpy(copy, whole, n);
    for (int k = 0; k < 8; k++) {
      seed = seed * 1103515245u + 12345u;
      /* mostly the table directory and the small tables at the front */
      size_t at = (seed >> 8) % (round % 2 ? n : 4096);
      copy[at] = (unsigned char)(seed >> 3);
    }
    unsigned char *out = NULL;
    size_t on;
    int rc = pdf_ttf_subset(copy, n, 0, &cs, &out, &on);
    CHECK(rc == 0 || rc == -1);
    if (rc == 0) { /* what comes out can be read again */
      unsigned char *again = NULL;
      size_t an;
      CHECK(pdf_ttf_subset(out, on, 0, &cs, &again, &an) == 0);
      free(again);
    }
    free(out);
  }
  free(copy);
  free(whole);
  free(file);
  fprintf(stderr, "truncated fonts: %d refused, %d cut\n", refused, cut);
}

/* The offset of table TAG in the single font P, or 0. */
static size_t table_at(const unsigned char *p, size_t n, const char *tag) {
  unsigned count = n >= 12 ? (unsigned)(p[4] << 8 | p[5]) : 0;
  for (unsigned i = 0; i < count && 12 + 16 * (size_t)i + 16 <= n; i++) {
    const unsigned char *e = p + 12 + 16 * i;
    if (memcmp(e, tag, 4) == 0)
      return (size_t)e[8] << 24 | (size_t)e[9] << 16 | (size_t)e[10] << 8 |
             e[11];
  }
  return 0;
}

/* unitsPerEm outside OpenType's 16..16384 is refused by the subsetter and
 * by the check a whole font passes before libharu reads it: libharu 2.3
 * divides by it unchecked (a zero was SIGFPE, found by fuzz_font). */
static void test_units_per_em(void) {
  char *file = find_font("Liberation Sans");
  size_t n = 0;
  unsigned char *p = file ? slurp(file, &n) : NULL;
  size_t head = p ? table_at(p, n, "head") : 0;
  CHECK(head > 0 && head + 54 <= n);
  if (head == 0 || head + 54 > n) {
    free(p);
    free(file);
    return;
  }
  static pdf_charset cs;
  pdf_charset_add_cp1252(&cs);
  static const unsigned values[] = {0, 1, 15, 16, 2048, 16384, 16385, 65535};
  for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
    unsigned v = values[i];
    p[head + 18] = (unsigned char)(v >> 8);
    p[head + 19] = (unsigned char)v;
    int want = v >= 16 && v <= 16384 ? 0 : -1;
    unsigned char *out = NULL;
    size_t on = 0;
    CHECK(pdf_ttf_check(p, n, 0) == want);
    CHECK(pdf_ttf_subset(p, n, 0, &cs, &out, &on) == want);
    free(out);
  }
  free(p);
  free(file);
}

int main(void) {
  char dir[] = "/tmp/subset_test.XXXXXX";
  if (!mkdtemp(dir))
    return 1;
  test_font("Liberation Sans", dir);
  test_font("Liberation Sans:bold:italic", dir);
  test_font("Liberation Mono", dir);
  test_font("Liberation Serif:italic", dir);
  test_broken();
  test_units_per_em();
  rmdir(dir);
  FcFini();
  return check_done("subset_test");
}
