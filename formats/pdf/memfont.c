/* Subset fonts loaded from memory (see memfont.h). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include "bytestream.h"
#include "internal.h"
#include "memfont.h"
#include "ttfclone.h"

/* The subset of FILE's face, from the file mapped (the subsetter reads only
 * the tables and glyphs it needs, so most of the file is never paged in). */
static int subset_of(const char *file, unsigned index,
                     const pdf_charset *chars, unsigned char **out,
                     size_t *len) {
  iso_map map;
  if (iso_map_file(file, SIZE_MAX, &map, NULL) < 0 || !map.data)
    return -1;
  int rc = pdf_ttf_subset(map.data, map.len, index, chars, out, len);
  iso_unmap_file(&map);
  return rc;
}

/* A 64-bit hash of the subset's bytes, eight at a time (FNV-1a's byte
 * loop over every subset was 3% of a Finnish batch). Not cryptographic: it
 * tells subsets apart for fontfile.c's names and reuse, which also compare
 * the font's name and glyphs. */
static uint64_t digest(const unsigned char *p, size_t n) {
  uint64_t h = 14695981039346656037u ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, sizeof w);
    h = (h ^ w) * 0x9E3779B97F4A7C15u;
    h ^= h >> 29;
  }
  for (; i < n; i++)
    h = (h ^ p[i]) * 1099511628211u;
  return h ^ (h >> 32);
}

int pdf_memfont_make(pdf_memfont *m, const char *file, unsigned index,
                     const pdf_charset *chars) {
  memset(m, 0, sizeof *m);
  int rc = subset_of(file, index, chars, &m->data, &m->len);
  if (rc < 0) {
    m->data = NULL;
    m->len = 0;
    return rc;
  }
  m->digest = digest(m->data, m->len);
  return 0;
}

/* DEF into PDF's fonts, as HPDF_LoadTTFontFromFile adds it: a font of
 * the same name already there is used instead. Returns the name. */
static const char *add_def(HPDF_Doc pdf, HPDF_FontDef def) {
  HPDF_FontDef had = HPDF_Doc_FindFontDef(pdf, def->base_font);
  if (had) {
    HPDF_FontDef_Free(def);
    return had->base_font;
  }
  if (HPDF_List_Add(pdf->fontdef_list, def) != HPDF_OK) {
    HPDF_FontDef_Free(def);
    return NULL;
  }
  return def->base_font;
}

/* The parses of kept subsets live in memory of their own, for the
 * process, and are never handed to a document. */
static pthread_mutex_t parse_lock = PTHREAD_MUTEX_INITIALIZER;
static HPDF_Error_Rec parse_error;
static HPDF_MMgr parse_mmgr;

/* M's font as a copy of its parse (made the first time); NULL when it
 * cannot be copied (the caller parses it) or memory ran out. */
static HPDF_FontDef copy_of_parse(HPDF_Doc pdf, pdf_memfont *m) {
  pthread_mutex_lock(&parse_lock);
  if (!parse_mmgr) {
    HPDF_Error_Init(&parse_error, NULL);
    parse_mmgr = HPDF_MMgr_New(&parse_error, 0, NULL, NULL);
  }
  if (!m->parse_tried && parse_mmgr) {
    m->parse_tried = 1;
    HPDF_Stream s =
        pdf_bytes_stream(parse_mmgr, &parse_error, m->data, m->len, 0);
    HPDF_FontDef t = s ? HPDF_TTFontDef_Load(parse_mmgr, s, HPDF_TRUE) : NULL;
    if (t && !pdf_ttf_clonable(t)) {
      HPDF_FontDef_Free(t);
      t = NULL;
    }
    m->parsed = t;
    HPDF_Error_Reset(&parse_error);
  }
  HPDF_FontDef def = NULL;
  if (m->parsed) {
    HPDF_Stream s = pdf_bytes_stream(pdf->mmgr, &pdf->error, m->data, m->len, 0);
    def = s ? pdf_ttf_clone(pdf->mmgr, m->parsed, s) : NULL;
  }
  pthread_mutex_unlock(&parse_lock);
  return def;
}

const char *pdf_memfont_load(HPDF_Doc pdf, pdf_memfont *m, int take) {
  HPDF_FontDef def = !take && m->data ? copy_of_parse(pdf, m) : NULL;
  if (def)
    return add_def(pdf, def);
  unsigned char *data = m->data;
  size_t len = m->len;
  if (take) {
    m->data = NULL;
    m->len = 0;
  }
  HPDF_Stream s =
      data ? pdf_bytes_stream(pdf->mmgr, &pdf->error, data, len, take) : NULL;
  if (!s) {
    if (take)
      free(data);
    return NULL;
  }
  /* what HPDF_LoadTTFontFromFile does after opening its file; the subset's
   * tag is fontfile.c's, set before saving. The loader frees S when it
   * fails. */
  def = HPDF_TTFontDef_Load(pdf->mmgr, s, HPDF_TRUE);
  return def ? add_def(pdf, def) : NULL;
}

void pdf_memfont_forget(pdf_memfont *m) {
  pthread_mutex_lock(&parse_lock);
  if (m->parsed)
    HPDF_FontDef_Free(m->parsed);
  m->parsed = NULL;
  m->parse_tried = 0;
  pthread_mutex_unlock(&parse_lock);
}
