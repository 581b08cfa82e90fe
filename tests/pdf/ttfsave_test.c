/* formats/pdf/ttfsave.c against libharu's HPDF_TTFontDef_SaveFontData:
 * for whole fonts and subsets (memfont.h) of the faces the themes use,
 * with every glyph used, .notdef alone and random sets of glyphs, under a
 * subset tag, both must write the same bytes and the same Length1. Font
 * data that libharu's parse does not cover (a glyph or table past the
 * end) is left to libharu (1), never read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "../../formats/pdf/bytestream.h"
#include "../../formats/pdf/charset.h"
#include "../../formats/pdf/memfont.h"
#include "../../formats/pdf/ttfsave.h"
#include "util.h"
#include "../unit/check.h"
#include "find_font.h"

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *user) {
  (void)code, (void)detail, (void)user;
}

/* libharu's font file for DEF as it stands. */
static int libharu_file(HPDF_Doc pdf, HPDF_FontDef def, iso_buf *out,
                        unsigned *length1) {
  HPDF_Stream s = pdf_buf_stream(pdf->mmgr, &pdf->error, out);
  int ok = s && HPDF_TTFontDef_SaveFontData(def, s) == HPDF_OK && !out->failed;
  if (s)
    HPDF_Stream_Free(s);
  *length1 = ((HPDF_TTFontDefAttr)def->attr)->length1;
  return ok ? 0 : -1;
}

static unsigned long long rng = 88172645463325252ull;
static unsigned next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng >> 32);
}

static int compared;

/* Both writers on DEF with the glyph flags as set. */
static void same_file(HPDF_Doc pdf, HPDF_FontDef def, const char *what) {
  HPDF_TTFontDefAttr a = def->attr;
  const unsigned char *src;
  size_t n;
  CHECK(pdf_bytes_view(a->stream, &src, &n) == 0);
  unsigned char *ours = NULL;
  size_t ours_len = 0;
  int rc = pdf_ttf_save(def, src, n, &ours, &ours_len);
  iso_buf theirs;
  iso_buf_init(&theirs);
  unsigned length1 = 0;
  int hrc = libharu_file(pdf, def, &theirs, &length1);
  CHECK(rc == 0);
  CHECK(hrc == 0);
  if (rc == 0 && hrc == 0) {
    compared++;
    if (ours_len != theirs.len || length1 != ours_len ||
        memcmp(ours, theirs.data, ours_len) != 0) {
      size_t k = 0;
      while (k < ours_len && k < theirs.len && ours[k] == theirs.data[k])
        k++;
      if (check_failures < 5) /* the first few tell */
        fprintf(stderr, "%s: %zu bytes, libharu %zu (Length1 %u), first "
                "difference at %zu\n", what, ours_len, theirs.len, length1, k);
      CHECK(!"the same font file as libharu");
    }
  }
  free(ours);
  iso_buf_free(&theirs);
}

/* The font file of every glyph set tried, for DEF loaded into PDF from the
 * LEN bytes at DATA. */
static void try_sets(HPDF_Doc pdf, HPDF_FontDef def, const unsigned char *data,
                     size_t len, const char *what) {
  HPDF_TTFontDefAttr a = def->attr;
  char tag[7] = "QWERTY";
  HPDF_TTFontDef_SetTagName(def, tag);
  unsigned ng = a->num_glyphs;
  char label[256];
  /* libharu's own start: .notdef */
  snprintf(label, sizeof label, "%s, .notdef", what);
  same_file(pdf, def, label);
  memset(a->glyph_tbl.flgs, 1, ng);
  snprintf(label, sizeof label, "%s, every glyph", what);
  same_file(pdf, def, label);
  for (int round = 0; round < 6; round++) {
    unsigned every = 2 + next() % 40;
    for (unsigned i = 0; i < ng; i++)
      a->glyph_tbl.flgs[i] = i == 0 || next() % every == 0;
    tag[round % 6] = (char)('A' + next() % 26);
    HPDF_TTFontDef_SetTagName(def, tag);
    snprintf(label, sizeof label, "%s, one glyph in %u", what, every);
    same_file(pdf, def, label);
  }

  /* a glyph past the end of the data, and one ending before it starts:
   * libharu's parse does not look, so ttfsave must */
  unsigned k = ng > 2 ? ng / 2 : 0;
  uint32_t keep = a->glyph_tbl.offsets[k + 1];
  a->glyph_tbl.flgs[k] = 1;
  a->glyph_tbl.offsets[k + 1] = (uint32_t)len;
  unsigned char *out = NULL;
  size_t out_len = 0;
  CHECK(pdf_ttf_save(def, data, len, &out, &out_len) == 1);
  CHECK(out == NULL);
  a->glyph_tbl.offsets[k + 1] = a->glyph_tbl.offsets[k] - 1;
  CHECK(pdf_ttf_save(def, data, len, &out, &out_len) == 1);
  a->glyph_tbl.offsets[k + 1] = keep;
  /* a table it copies, past the end */
  HPDF_TTFTable *t = NULL;
  for (unsigned i = 0; i < a->offset_tbl.num_tables && !t; i++)
    if (memcmp(a->offset_tbl.table[i].tag, "hhea", 4) == 0)
      t = &a->offset_tbl.table[i];
  CHECK(t != NULL);
  if (!t)
    return;
  uint32_t keep_len = t->length;
  t->length = (uint32_t)len;
  CHECK(pdf_ttf_save(def, data, len, &out, &out_len) == 1);
  t->length = keep_len;
  CHECK(pdf_ttf_save(def, data, len, &out, &out_len) == 0);
  free(out);
}

/* The same for the font in the LEN bytes at DATA (read in place). */
static void glyph_sets(const unsigned char *data, size_t len, const char *what) {
  HPDF_Doc pdf = HPDF_New(on_error, NULL);
  pdf_memfont m = {(unsigned char *)data, len, 0, NULL, 0};
  const char *name = pdf ? pdf_memfont_load(pdf, &m, 0) : NULL;
  HPDF_FontDef def = name ? HPDF_GetFontDef(pdf, name) : NULL;
  CHECK(def != NULL);
  if (def)
    try_sets(pdf, def, data, len, what);
  HPDF_Free(pdf);
  pdf_memfont_forget(&m);
}

int main(void) {
  const char *faces[] = {"Liberation Sans",        "Liberation Sans:bold",
                         "Liberation Serif:italic", "Liberation Mono",
                         "DejaVu Sans",             "DejaVu Serif:bold"};
  pdf_charset western, finnish;
  memset(&western, 0, sizeof western);
  pdf_charset_add_cp1252(&western);
  finnish = western;
  const char *extra = "äöåÄÖÅ€–≤≥…“”‘’•";
  for (const unsigned char *p = (const unsigned char *)extra; *p;) {
    uint32_t cp;
    size_t n = iso_utf8_decode(p, strlen((const char *)p), &cp);
    pdf_charset_add(&finnish, cp);
    p += n ? n : 1;
  }
  int faces_found = 0;
  for (size_t f = 0; f < sizeof faces / sizeof faces[0]; f++) {
    char *file = find_font(faces[f]);
    size_t len = 0;
    unsigned char *whole = file ? slurp(file, &len) : NULL;
    if (!whole || !strstr(file, ".ttf")) {
      free(whole);
      free(file);
      continue;
    }
    faces_found++;
    char what[256];
    snprintf(what, sizeof what, "%s (whole)", file);
    glyph_sets(whole, len, what);
    const pdf_charset *sets[] = {&western, &finnish};
    for (int s = 0; s < 2; s++) {
      pdf_memfont m;
      CHECK(pdf_memfont_make(&m, file, 0, sets[s]) == 0);
      if (m.data) {
        snprintf(what, sizeof what, "%s (%s subset)", file,
                 s ? "Finnish" : "Windows-1252");
        glyph_sets(m.data, m.len, what);
      }
      free(m.data);
    }
    free(whole);
    free(file);
  }
  CHECK(faces_found >= 2); /* fonts-liberation2 is a dependency */
  fprintf(stderr, "%d font files compared over %d faces\n", compared,
          faces_found);
  return check_failures ? 1 : 0;
}
