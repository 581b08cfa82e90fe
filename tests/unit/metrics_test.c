/* src/metrics.c keeps each face's advances in blocks of 256 characters,
 * made only where the font's cmap reaches: every BMP character must still
 * measure what libharu, which draws the PDF's text, gives the same glyph
 * (HPDF_TTFontDef_GetGlyphid and GetGidWidth over its own parse of the
 * file), mapped or not, in the regular and the bold face. */
#include <stdio.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "check.h"
#include "present.h"

static void on_error(HPDF_STATUS e, HPDF_STATUS d, void *u) {
  (void)e, (void)d, (void)u;
}

static size_t utf8(unsigned c, char *out) {
  if (c < 0x80)
    return out[0] = (char)c, 1;
  if (c < 0x800)
    return out[0] = (char)(0xC0 | c >> 6), out[1] = (char)(0x80 | (c & 63)), 2;
  out[0] = (char)(0xE0 | c >> 12);
  out[1] = (char)(0x80 | ((c >> 6) & 63));
  out[2] = (char)(0x80 | (c & 63));
  return 3;
}

static void face(iso_metrics *m, int id) {
  int index = 0;
  CHECK(iso_metrics_face(m, id) != NULL);
  const char *file = iso_metrics_face_file(m, id, &index);
  CHECK(file != NULL);
  if (!file)
    return;
  HPDF_Doc pdf = HPDF_New(on_error, NULL);
  const char *name = pdf ? HPDF_LoadTTFontFromFile(pdf, file, HPDF_TRUE) : NULL;
  HPDF_FontDef def = name ? HPDF_GetFontDef(pdf, name) : NULL;
  CHECK(def != NULL);
  unsigned bad = 0, mapped = 0;
  for (unsigned c = 1; def && c < 0xFFFF; c++) {
    if (c >= 0xD800 && c <= 0xDFFF) /* not characters in UTF-8 */
      continue;
    char s[4];
    size_t n = utf8(c, s);
    HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c);
    mapped += gid != 0;
    double want = HPDF_TTFontDef_GetGidWidth(def, gid);
    double got = iso_metrics_measure_face(m, id, 1000.0, s, n);
    if (got != want && bad++ < 5)
      fprintf(stderr, "face %d U+%04X: %g, libharu %g\n", id, c, got, want);
  }
  CHECK(bad == 0);
  CHECK(mapped > 1000); /* Liberation Sans: Latin, Greek, Cyrillic and more */
  if (pdf)
    HPDF_Free(pdf);
}

int main(void) {
  iso_metrics *m = iso_metrics_open(NULL); /* Liberation Sans */
  CHECK(m != NULL);
  if (m) {
    face(m, 0);
    face(m, ISO_METRICS_BOLD);
    CHECK(!iso_metrics_failed(m));
    iso_metrics_free(m);
  }
  return check_failures ? 1 : 0;
}
