/* Advance widths of the theme's body font, read from its TrueType file
 * (cmap format 4 and hmtx), so that writers without a font engine of their
 * own (DOCX, ODT) size table columns with the same numbers as the PDF
 * writer, which measures the same glyphs through libharu. Tables are read
 * once per process and kept: a batch converts many documents with one
 * theme. Any damage in the file leaves the face unread and the average
 * advance in use. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <fontconfig/fontconfig.h>

#include "fcquick.h"
#include "present.h"
#include "util.h"

#define FALLBACK_ADVANCE 556 /* 1/1000 em: Liberation Sans's digits */

/* 1/1000 em for every BMP character, in blocks of 256 characters: a
 * block the font's cmap does not reach is MISSING throughout and is not
 * made. A dense table was 128 KB of fresh memory a face, 32 page faults
 * each, for the 10 to 40 blocks a Latin font covers. */
typedef struct advances {
  uint16_t missing; /* the advance of glyph 0 */
  uint16_t *block[256];
} advances;

typedef struct face {
  char *family;
  int style; /* ISO_METRICS_BOLD | ISO_METRICS_ITALIC */
  advances *adv; /* NULL: the fallback */
  char *file;    /* what ADV was read from (with INDEX), for the PDF's check */
  int index;
} face;

/* The faces of one theme, resolved on first use. */
struct iso_metrics {
  const char *family[3]; /* body, heading, mono: borrowed from the theme */
  const face *f[12];     /* family * 4 + style */
  int failed;            /* out of memory */
  unsigned measured;     /* bit id: face id was measured with */
  int order[12], norder; /* the faces in the order first measured */
};

static face faces[24];
static size_t nfaces;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static const char *const fallback_family[3] = {"Liberation Sans", "Liberation Sans",
                                               "Liberation Mono"};

static unsigned u16(const unsigned char *d, size_t len, size_t at) {
  return at + 2 <= len ? (unsigned)d[at] << 8 | d[at + 1] : 0;
}

static unsigned long u32(const unsigned char *d, size_t len, size_t at) {
  return at + 4 <= len ? (unsigned long)u16(d, len, at) << 16 | u16(d, len, at + 2)
                       : 0;
}

/* Offset of table TAG in the font at BASE, 0 when absent or out of range. */
static size_t table(const unsigned char *d, size_t len, size_t base,
                    const char *tag, size_t *size) {
  unsigned n = u16(d, len, base + 4);
  for (unsigned i = 0; i < n; i++) {
    size_t rec = base + 12 + 16 * (size_t)i;
    if (rec + 16 > len)
      return 0;
    if (memcmp(d + rec, tag, 4) == 0) {
      size_t off = u32(d, len, rec + 8), sz = u32(d, len, rec + 12);
      if (off >= len || sz > len - off)
        return 0;
      *size = sz;
      return off;
    }
  }
  return 0;
}

/* The format 4 subtable of the Unicode BMP cmap, 0 when none. */
static size_t cmap4(const unsigned char *d, size_t len, size_t cmap) {
  unsigned n = u16(d, len, cmap + 2);
  for (unsigned i = 0; i < n; i++) {
    size_t rec = cmap + 4 + 8 * (size_t)i;
    unsigned plat = u16(d, len, rec), enc = u16(d, len, rec + 2);
    size_t sub = cmap + u32(d, len, rec + 4);
    if (((plat == 3 && enc == 1) || plat == 0) && u16(d, len, sub) == 4)
      return sub;
  }
  return 0;
}

static void advances_free(advances *a) {
  if (a)
    for (size_t i = 0; i < 256; i++)
      free(a->block[i]);
  free(a);
}

/* Sets character C's advance to V, making its block; -1 when out of
 * memory. */
static int advance_set(advances *a, unsigned c, uint16_t v) {
  uint16_t *b = a->block[c >> 8];
  if (!b) {
    if (!(b = a->block[c >> 8] = malloc(256 * sizeof *b)))
      return -1;
    for (size_t i = 0; i < 256; i++)
      b[i] = a->missing;
  }
  b[c & 255] = v;
  return 0;
}

static uint16_t advance_of(const advances *a, uint32_t c) {
  if (c >= 0x10000) /* beyond the BMP, which cmap format 4 maps */
    return FALLBACK_ADVANCE;
  const uint16_t *b = a->block[c >> 8];
  return b ? b[c & 255] : a->missing;
}

/* The advances of the face, or NULL: *OOM says whether memory ran out
 * (else the font is damaged or of another kind). */
static advances *read_advances(const unsigned char *d, size_t len,
                               unsigned index, int *oom) {
  size_t base = 0, sz;
  if (len >= 12 && memcmp(d, "ttcf", 4) == 0) {
    if (index >= u32(d, len, 8))
      return NULL;
    base = u32(d, len, 12 + 4 * (size_t)index);
  }
  size_t head = table(d, len, base, "head", &sz);
  size_t hhea = table(d, len, base, "hhea", &sz);
  size_t hmtx = table(d, len, base, "hmtx", &sz), hmtx_len = sz;
  size_t cmap = table(d, len, base, "cmap", &sz);
  unsigned upem = head ? u16(d, len, head + 18) : 0;
  unsigned nh = hhea ? u16(d, len, hhea + 34) : 0;
  size_t sub = cmap ? cmap4(d, len, cmap) : 0;
  if (!upem || !nh || !hmtx || (size_t)nh * 4 > hmtx_len || !sub)
    return NULL;
  advances *adv = calloc(1, sizeof *adv);
  if (!adv) {
    *oom = 1;
    return NULL;
  }
#define ADV(g) ((uint16_t)((unsigned long)u16(d, len, hmtx + 4 * (size_t)((g) < nh ? (g) : nh - 1)) * 1000 / upem))
  adv->missing = ADV(0u);
  unsigned segx2 = u16(d, len, sub + 6);
  size_t ends = sub + 14, starts = ends + segx2 + 2, deltas = starts + segx2,
         ranges = deltas + segx2;
  for (unsigned s = 0; s + 1 < segx2; s += 2) {
    unsigned end = u16(d, len, ends + s), start = u16(d, len, starts + s);
    unsigned delta = u16(d, len, deltas + s), ro = u16(d, len, ranges + s);
    for (unsigned c = start; c <= end && c < 0xFFFF; c++) {
      unsigned g;
      if (!ro) {
        g = (c + delta) & 0xFFFF;
      } else {
        g = u16(d, len, ranges + s + ro + 2 * (size_t)(c - start));
        if (g)
          g = (g + delta) & 0xFFFF;
      }
      if (g && advance_set(adv, c, ADV(g)) < 0) {
        advances_free(adv);
        *oom = 1;
        return NULL;
      }
    }
  }
#undef ADV
  return adv;
}

static advances *load(const char *family, int style, char **file_out,
                      int *index_out, int *oom) {
  FcPattern *pat = FcPatternCreate();
  if (!pat) {
    *oom = 1;
    return NULL;
  }
  FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
  FcPatternAddInteger(pat, FC_WEIGHT,
                      (style & ISO_METRICS_BOLD) ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pat, FC_SLANT,
                      (style & ISO_METRICS_ITALIC) ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcDefaultSubstitute(pat);
  FcResult res;
  FcChar8 *file = NULL, *fam = NULL;
  /* the standard folders first (fcquick.h), as the PDF writer looks */
  FcConfig *quick = iso_fc_quick();
  FcPattern *m = quick ? FcFontMatch(quick, pat, &res) : NULL;
  if (m && !(FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch &&
             strcasecmp((const char *)fam, family) == 0)) {
    FcPatternDestroy(m);
    m = NULL;
  }
  if (!m)
    m = FcFontMatch(NULL, pat, &res);
  FcPatternDestroy(pat);
  if (!m)
    return NULL;
  int index = 0;
  advances *adv = NULL;
  /* only the family itself: the PDF writer does not take a substitute
   * either, but falls back to Liberation Sans */
  if (FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch &&
      strcasecmp((const char *)fam, family) == 0 &&
      FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch) {
    FcPatternGetInteger(m, FC_INDEX, 0, &index);
    /* mapped: only the directory, head, hhea, cmap and hmtx are read, and
     * copying the whole file (half a megabyte a face) into fresh memory was
     * a tenth of the page faults of a conversion */
    iso_map map = {NULL, 0};
    iso_diags *d = iso_diags_new();
    if (!d)
      *oom = 1;
    else if (iso_map_file((const char *)file, ISO_READ_MAX_BYTES, &map, d) == 0)
      adv = read_advances(map.data, map.len, (unsigned)index, oom);
    if (adv && !(*file_out = iso_strdup((const char *)file))) {
      advances_free(adv);
      adv = NULL;
      *oom = 1;
    }
    *index_out = index;
    iso_diags_free(d);
    iso_unmap_file(&map);
  }
  FcPatternDestroy(m);
  return adv;
}

/* The face, kept for the process; the fallback when the font cannot be
 * read; NULL when memory ran out (the writer fails rather than give other
 * widths). */
static const face *get(const char *family, int style) {
  static const face fallback = {NULL, 0, NULL, NULL, 0};
  const face *out = &fallback;
  int oom = 0;
  pthread_mutex_lock(&lock);
  size_t i = 0;
  while (i < nfaces && !(faces[i].style == style && strcmp(faces[i].family, family) == 0))
    i++;
  if (i < nfaces) {
    out = &faces[i];
  } else if (nfaces < sizeof faces / sizeof faces[0]) {
    char *file = NULL;
    int index = 0;
    advances *adv = load(family, style, &file, &index, &oom);
    char *name = iso_strdup(family);
    if (name && !oom) { /* a missing font is kept as such too */
      faces[nfaces].family = name;
      faces[nfaces].style = style;
      faces[nfaces].adv = adv;
      faces[nfaces].file = file;
      faces[nfaces].index = index;
      out = &faces[nfaces++];
    } else {
      advances_free(adv);
      free(file);
      free(name);
      out = NULL;
    }
  }
  pthread_mutex_unlock(&lock);
  return out;
}

iso_metrics *iso_metrics_open(const iso_theme *t) {
  iso_metrics *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  const char *fam[3] = {t ? t->font_body : NULL, t ? t->font_heading : NULL,
                        t ? t->font_mono : NULL};
  for (int i = 0; i < 3; i++)
    m->family[i] = fam[i] && *fam[i] ? fam[i] : fallback_family[i];
  /* the body faces now: a writer measuring table columns needs them */
  if (!iso_metrics_face(m, 0) || !iso_metrics_face(m, ISO_METRICS_BOLD)) {
    free(m);
    return NULL;
  }
  return m;
}

const void *iso_metrics_face(iso_metrics *m, int id) {
  if (id < 0 || id >= 12)
    id = 0;
  if (m->f[id])
    return m->f[id];
  int fam = id / 4, style = id % 4;
  const face *f = get(m->family[fam], style);
  if (f && !f->adv && strcasecmp(m->family[fam], fallback_family[fam]) != 0)
    f = get(fallback_family[fam], style); /* as the PDF writer falls back */
  if (!f)
    m->failed = 1;
  m->f[id] = f;
  return f;
}

void iso_metrics_free(iso_metrics *m) { free(m); }

static double width(const face *f, double size, const char *s, size_t len) {
  const advances *adv = f ? f->adv : NULL;
  double total = 0;
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < len;) {
    uint32_t cp = p[i];
    size_t n = 1; /* ASCII, most of it, without a call */
    if (cp >= 0x80 && !(n = iso_utf8_decode(p + i, len - i, &cp)))
      n = 1, cp = '?';
    total += adv ? advance_of(adv, cp) : FALLBACK_ADVANCE;
    i += n;
  }
  return total * size / 1000.0;
}

double iso_metrics_measure(void *ctx, int bold, double size, const char *s,
                           size_t len) {
  iso_metrics *m = ctx;
  return width(iso_metrics_face(m, bold ? ISO_METRICS_BOLD : 0), size, s, len);
}

double iso_metrics_measure_face(void *ctx, int id, double size, const char *s,
                                size_t len) {
  iso_metrics *m = ctx;
  if (id < 0 || id >= 12)
    id = 0;
  if (!(m->measured >> id & 1)) {
    m->measured |= 1u << id;
    m->order[m->norder++] = id;
  }
  return width(iso_metrics_face(m, id), size, s, len);
}

size_t iso_metrics_measured(const iso_metrics *m, int order[12]) {
  memcpy(order, m->order, sizeof m->order);
  return (size_t)m->norder;
}

int iso_metrics_failed(const iso_metrics *m) { return m->failed; }

const char *iso_metrics_face_file(const iso_metrics *m, int id, int *index) {
  const face *f = id >= 0 && id < 12 ? m->f[id] : NULL;
  *index = f ? f->index : 0;
  return f && f->adv ? f->file : NULL;
}
