/* Fonts through fontconfig, loaded into libharu on first use. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pthread.h>

#include "charset.h"
#include "fcquick.h"
#include "internal.h"
#include "fontfile.h"
#include "memfont.h"
#include "subset.h"
#include "fonts.h"
#include "layout/doc.h"
#include "tounicode.h"
#include "type0.h"
#include "util.h"

static const char *const fallback_family[3] = {"Liberation Sans",
                                               "Liberation Sans",
                                               "Liberation Mono"};

void pdf_fonts_init(pdf_fonts *F, HPDF_Doc pdf, const iso_theme *t,
                    iso_diags *d) {
  memset(F, 0, sizeof *F);
  F->pdf = pdf;
  F->d = d;
  F->family[0] = t && t->font_body && *t->font_body ? t->font_body
                                                    : fallback_family[0];
  F->family[1] = t && t->font_heading && *t->font_heading ? t->font_heading
                                                          : fallback_family[1];
  F->family[2] = t && t->font_mono && *t->font_mono ? t->font_mono
                                                    : fallback_family[2];
}

void pdf_fonts_free(pdf_fonts *F) {
  for (int i = 0; i < LAY_FONTS; i++) {
    free(F->face[i].file);
    if (F->face[i].charset)
      FcCharSetDestroy(F->face[i].charset);
    for (int k = 0; k < 256; k++)
      free(F->face[i].width_page[k]);
  }
}

static int is_truetype(const char *file) {
  size_t n = strlen(file);
  return n > 4 && (strcasecmp(file + n - 4, ".ttf") == 0 ||
                   strcasecmp(file + n - 4, ".ttc") == 0);
}

/* Asks fontconfig (CONFIG, or the whole configuration when NULL) for FAMILY
 * in the face's style; 0 when it gave a TrueType file of that very family
 * (not a substitute). */
static int fc_match(FcConfig *config, const char *family, int style,
                    char **file_out, int *index_out, FcCharSet **cs_out) {
  FcPattern *pat = FcPatternCreate();
  if (!pat)
    return -1;
  FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
  FcPatternAddInteger(pat, FC_WEIGHT,
                      (style & LAY_BOLD) ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pat, FC_SLANT,
                      (style & LAY_ITALIC) ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  /* no FcConfigSubstitute: only the named family is accepted anyway */
  FcDefaultSubstitute(pat);
  FcResult res;
  FcPattern *m = FcFontMatch(config, pat, &res);
  FcPatternDestroy(pat);
  if (!m)
    return -1;
  FcChar8 *fam = NULL, *file = NULL;
  FcCharSet *cs = NULL;
  int index = 0, rc = -1;
  if (FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch &&
      FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
      strcasecmp((const char *)fam, family) == 0 &&
      is_truetype((const char *)file)) {
    FcPatternGetInteger(m, FC_INDEX, 0, &index);
    *cs_out = NULL;
    if (FcPatternGetCharSet(m, FC_CHARSET, 0, &cs) == FcResultMatch)
      *cs_out = FcCharSetCopy(cs);
    *file_out = iso_strdup((const char *)file);
    *index_out = index;
    rc = *file_out ? 0 : -1;
    if (rc && *cs_out) {
      FcCharSetDestroy(*cs_out);
      *cs_out = NULL;
    }
  }
  FcPatternDestroy(m);
  return rc;
}

/* Fontconfig answers are kept for the life of the process: asking again for
 * every document is slow, and fontconfig is not safe when memory runs out,
 * so after the first document it is not called at all. */
typedef struct cached_face {
  char *family;
  int style;
  int ok;
  char *file;
  int index;
  FcCharSet *charset;
} cached_face;

static cached_face cache[32];
static size_t ncache;
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

static int match(pdf_face *f, const char *family, int style) {
  int rc = -1;
  pthread_mutex_lock(&cache_lock);
  size_t i = 0;
  while (i < ncache &&
         !(cache[i].style == style && strcmp(cache[i].family, family) == 0))
    i++;
  if (i == ncache) {
    cached_face e = {NULL, style, 0, NULL, 0, NULL};
    FcConfig *quick = iso_fc_quick();
    e.ok = quick &&
           fc_match(quick, family, style, &e.file, &e.index, &e.charset) == 0;
    if (!e.ok)
      e.ok = fc_match(NULL, family, style, &e.file, &e.index, &e.charset) == 0;
    e.family = iso_strdup(family);
    /* only answers are kept: a failure may have been a lack of memory */
    if (e.ok && e.family && ncache < sizeof cache / sizeof cache[0]) {
      cache[ncache++] = e;
    } else { /* not kept: answer from E this once */
      if (e.ok) {
        f->file = e.file;
        f->index = e.index;
        f->charset = e.charset;
        rc = 0;
      }
      free(e.family);
      pthread_mutex_unlock(&cache_lock);
      return rc;
    }
  }
  const cached_face *e = &cache[i];
  if (e->ok) {
    f->file = iso_strdup(e->file);
    f->index = e->index;
    f->charset = e->charset ? FcCharSetCopy(e->charset) : NULL;
    rc = f->file ? 0 : -2; /* -2: out of memory, not a missing font */
  }
  pthread_mutex_unlock(&cache_lock);
  return rc;
}

static void resolve(pdf_fonts *F, int id) {
  pdf_face *f = &F->face[id];
  if (f->resolved)
    return;
  f->resolved = 1;
  int fam = id / 4, style = id % 4;
  int rc = match(f, F->family[fam], style);
  if (rc == 0)
    return;
  if (rc == -2) { /* the font is there; memory is not */
    f->failed = 1;
    iso_diag_add(F->d, ISO_SEV_ERROR, NULL, 0, 0, "pdf: out of memory");
    return;
  }
  if (strcasecmp(F->family[fam], fallback_family[fam]) != 0) {
    iso_diag_add(F->d, ISO_SEV_WARNING, NULL, 0, 0,
                 "font '%s' is not installed as TrueType; using '%s'",
                 F->family[fam], fallback_family[fam]);
    if (match(f, fallback_family[fam], style) == 0)
      return;
  }
  f->failed = 1;
  iso_diag_add(F->d, ISO_SEV_ERROR, NULL, 0, 0,
               "no TrueType font found for '%s'%s%s", F->family[fam],
               (style & LAY_BOLD) ? " bold" : "",
               (style & LAY_ITALIC) ? " italic" : "");
}

/* Subsets made once per process (in a batch, once per worker) and kept:
 * the Windows-1252 subset of a face is the same for every document, and a
 * UTF-8 document's is that of its characters (Windows-1252's and its
 * own), which the documents of one set, in one language, mostly share.
 * Entries are never freed or changed, so a document reads one without the
 * lock; once the table is full, subsets are the documents' own. */
typedef struct cached_subset {
  char *file;
  int index;
  pdf_charset *chars; /* NULL: Windows-1252 */
  pdf_memfont m;
} cached_subset;

static cached_subset subsets[32];
static size_t nsubsets;

static int same_chars(const pdf_charset *a, const pdf_charset *b) {
  return a == b || (a && b && memcmp(a->bit, b->bit, sizeof a->bit) == 0);
}

/* The subset of face F for CHARS (NULL: Windows-1252), from the table or
 * made. NULL when it cannot be made (*RC -1) or memory ran out (*RC -2);
 * made into *OWN when the table is full. */
static const pdf_memfont *subset(const pdf_face *f, const pdf_charset *chars,
                                 pdf_memfont *own, int *rc) {
  const pdf_memfont *out = NULL;
  pthread_mutex_lock(&cache_lock);
  size_t i = 0;
  while (i < nsubsets &&
         !(subsets[i].index == f->index && same_chars(subsets[i].chars, chars) &&
           strcmp(subsets[i].file, f->file) == 0))
    i++;
  *rc = 0;
  if (i < nsubsets) {
    out = &subsets[i].m;
  } else {
    pdf_charset *cs = calloc(1, sizeof *cs);
    pdf_memfont m;
    *rc = cs ? 0 : -2;
    if (cs) {
      if (chars)
        memcpy(cs, chars, sizeof *cs);
      else
        pdf_charset_add_cp1252(cs);
      *rc = pdf_memfont_make(&m, f->file, (unsigned)f->index, cs);
    }
    char *name = *rc == 0 ? iso_strdup(f->file) : NULL;
    if (name && nsubsets < sizeof subsets / sizeof subsets[0]) {
      cached_subset e = {name, f->index, chars ? cs : NULL, m};
      if (chars)
        cs = NULL; /* the entry's */
      subsets[nsubsets] = e;
      out = &subsets[nsubsets++].m;
    } else if (*rc == 0) { /* not kept: this document's own */
      free(name);
      *own = m;
      out = own;
    }
    free(cs);
  }
  pthread_mutex_unlock(&cache_lock);
  return out;
}

/* Whether face F's file may go to libharu whole: libharu trusts fields
 * (unitsPerEm, counts) that a damaged font gets wrong. */
static int checked(const pdf_face *f) {
  iso_map map;
  if (iso_map_file(f->file, SIZE_MAX, &map, NULL) < 0 || !map.data)
    return 0;
  int ok = pdf_ttf_check(map.data, map.len, (unsigned)f->index) == 0;
  iso_unmap_file(&map);
  return ok;
}

/* Loads face F into libharu: a subset from memory when one can be made,
 * else the font file itself (which libharu embeds whole). Returns the
 * font's name; NULL when libharu failed, or with *OOM set when memory ran
 * out. */
static const char *load_face(pdf_fonts *F, pdf_face *f, int *oom) {
  f->digest = 0;
  int rc = -1;
  if (F->whole) {
    /* a way round a font the subsetter gets wrong: the file itself */
  } else if (F->simple || F->chars) {
    pdf_memfont own = {NULL, 0, 0, NULL, 0};
    const pdf_memfont *m = subset(f, F->simple ? NULL : F->chars, &own, &rc);
    if (m) {
      f->digest = m->digest;
      /* a kept subset is read in place; one not kept goes with the PDF */
      return pdf_memfont_load(F->pdf, (pdf_memfont *)m, m == &own);
    }
  }
  if (rc == -2) {
    *oom = 1;
    return NULL;
  }
  if (!checked(f))
    return NULL;
  size_t n = strlen(f->file);
  if (strcasecmp(f->file + n - 4, ".ttc") == 0)
    return HPDF_LoadTTFontFromFile2(F->pdf, f->file, (HPDF_UINT)f->index,
                                    HPDF_TRUE);
  return HPDF_LoadTTFontFromFile(F->pdf, f->file, HPDF_TRUE);
}

HPDF_Font pdf_font(pdf_fonts *F, int id) {
  if (id < 0 || id >= LAY_FONTS)
    id = LAY_BODY;
  pdf_face *f = &F->face[id];
  if (f->font || f->failed)
    return f->font;
  resolve(F, id);
  if (f->failed)
    return NULL;
  /* the same file may serve two ids (a theme using one family twice) */
  const char *name = NULL;
  for (int i = 0; i < LAY_FONTS; i++)
    if (i != id && F->face[i].failed && F->face[i].file &&
        strcmp(F->face[i].file, f->file) == 0 &&
        F->face[i].index == f->index) {
      f->failed = 1; /* and was reported once */
      return NULL;
    }
  for (int i = 0; i < LAY_FONTS; i++)
    if (i != id && F->face[i].font && F->face[i].file &&
        strcmp(F->face[i].file, f->file) == 0 &&
        F->face[i].index == f->index) {
      f->font = F->face[i].font;
      /* and its subset: fontfile.c names and reuses font files by it */
      f->digest = F->face[i].digest;
      return f->font;
    }
  int oom = 0;
  name = load_face(F, f, &oom);
  if (oom) {
    f->failed = 1;
    iso_diag_add(F->d, ISO_SEV_ERROR, NULL, 0, 0, "pdf: out of memory");
    return NULL;
  }
  if (name && F->simple)
    f->font = HPDF_GetFont(F->pdf, name, "CP1252");
  else if (name)
    f->font = pdf_type0_new(F->pdf, name);
  if (!f->font) {
    f->failed = 1;
    iso_diag_add(F->d, ISO_SEV_ERROR, f->file, 0, 0,
                 "cannot load this font into the PDF: it is damaged "
                 "or not a TrueType font isoexport can embed");
  }
  return f->font;
}

int pdf_fonts_prepare(pdf_fonts *F) {
  HPDF_Dict tounicode = NULL;
  pdf_charset *all = NULL;
  int rc = 0;
  for (int i = 0; i < LAY_FONTS && rc == 0; i++) {
    const pdf_face *f = &F->face[i];
    int first = f->font != NULL;
    for (int k = 0; k < i && first; k++)
      first = F->face[k].font != f->font;
    if (!first)
      continue;
    rc = pdf_fontfile_prepare(f->font, f->digest);
    if (rc < 0 || !pdf_type0_is(f->font))
      continue;
    if (!tounicode) {
      /* the characters the document may show; all of them when not known */
      const pdf_charset *cs = F->chars;
      if (!cs && (all = malloc(sizeof *all)) != NULL)
        memset(all->bit, 0xFF, sizeof all->bit);
      cs = cs ? cs : all;
      tounicode = cs ? pdf_tounicode_new(F->pdf, cs) : NULL;
    }
    rc = tounicode ? pdf_type0_finish(f->font, tounicode) : -1;
  }
  free(all);
  return rc;
}

int pdf_font_file_is(pdf_fonts *F, int id, const char *file, int index) {
  if (id < 0 || id >= LAY_FONTS)
    return 0;
  resolve(F, id);
  const pdf_face *f = &F->face[id];
  return !f->failed && f->file && file && f->index == index &&
         strcmp(f->file, file) == 0;
}

int pdf_font_has(pdf_fonts *F, int id, uint32_t cp) {
  if (id < 0 || id >= LAY_FONTS)
    id = LAY_BODY;
  if (!F->simple && F->chars && !pdf_charset_has(F->chars, cp))
    return 0; /* not in the subset embedded */
  resolve(F, id);
  const pdf_face *f = &F->face[id];
  if (!f->charset)
    return 1;
  return FcCharSetHasChar(f->charset, cp) ? 1 : 0;
}

/* Width of one character (its UTF-8 bytes C, N long) from the cache, asking
 * libharu once per character. libharu has no kerning, so a string's width
 * is the sum of its characters'. */
static double char_width(pdf_fonts *F, pdf_face *face, HPDF_Font f,
                         uint32_t cp, const char *c, size_t n) {
  float **page = cp < 0x10000 ? &face->width_page[cp >> 8] : NULL;
  if (page && !*page) {
    *page = malloc(256 * sizeof **page);
    if (*page)
      for (int i = 0; i < 256; i++)
        (*page)[i] = -1;
  }
  if (page && *page && (*page)[cp & 0xFF] >= 0)
    return (*page)[cp & 0xFF];
  HPDF_BYTE byte[1];
  if (F->simple) { /* the font's encoding is Windows-1252 */
    int b = pdf_cp1252_byte(cp);
    byte[0] = (HPDF_BYTE)(b > 0 ? b : '?');
    c = (const char *)byte;
    n = 1;
  }
  HPDF_TextWidth tw = HPDF_Font_TextWidth(f, (const HPDF_BYTE *)c, (HPDF_UINT)n);
  if (page && *page)
    (*page)[cp & 0xFF] = (float)tw.width;
  return tw.width;
}

double pdf_measure(void *ctx, int font, double size, const char *s,
                   size_t len) {
  pdf_fonts *F = ctx;
  HPDF_Font f = pdf_font(F, font);
  if (!f || !len)
    return 0;
  pdf_face *face = &F->face[font < 0 || font >= LAY_FONTS ? LAY_BODY : font];
  double total = 0;
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < len;) {
    uint32_t cp = p[i];
    size_t n = 1;
    /* the layout measures every piece of text, mostly ASCII, often again:
     * the cached width without a call where there is one */
    const float *page = face->width_page[0];
    if (cp < 0x80 && page && page[cp] >= 0) {
      total += page[cp];
      i++;
      continue;
    }
    if (cp >= 0x80 && !(n = iso_utf8_decode(p + i, len - i, &cp))) {
      /* not UTF-8: let libharu judge the rest, as before */
      HPDF_TextWidth tw = HPDF_Font_TextWidth(f, p + i, (HPDF_UINT)(len - i));
      total += tw.width;
      break;
    }
    total += char_width(F, face, f, cp, s + i, n);
    i += n;
  }
  return total * size / 1000.0;
}

/* Whether CP at NODE was reported before (remembering it if not). */
static int seen(pdf_fonts *F, uint32_t cp, const iso_node *node) {
  for (size_t i = 0; i < F->nreported; i++)
    if (F->reported[i].cp == cp && F->reported[i].node == node)
      return 1;
  if (F->nreported < sizeof F->reported / sizeof F->reported[0]) {
    F->reported[F->nreported].cp = cp;
    F->reported[F->nreported].node = node;
    F->nreported++;
  }
  return 0;
}

static void warn_char(iso_diags *d, const iso_node *node, uint32_t cp,
                      const char *why) {
  iso_diag_add(d, ISO_SEV_WARNING, node ? iso_node_file(node) : NULL,
               node ? iso_node_line(node) : 0, node ? iso_node_column(node) : 0,
               "character U+%04X %s; shown as '?' in the PDF", (unsigned)cp,
               why);
}

/* What the PDF shows for CP in a face: itself, '-' for a non-breaking
 * hyphen the font lacks (the layout never breaks at hyphens), or '?' with a
 * warning (once per character and node). */
typedef struct subst_ctx {
  pdf_fonts *F;
  int font;
  const iso_node *node;
  iso_diags *d;
} subst_ctx;

static int subst(void *ctx, uint32_t cp) {
  subst_ctx *k = ctx;
  if (cp == 0x2011 && !pdf_font_has(k->F, k->font, cp))
    return '-';
  const char *why = cp > 0xFFFF ? "is outside the Basic Multilingual Plane"
                    : !pdf_font_has(k->F, k->font, cp) ? "is not in the font"
                                                       : NULL;
  if (!why)
    return 0;
  if (k->d && !seen(k->F, cp, k->node))
    warn_char(k->d, k->node, cp, why);
  return '?';
}

char *pdf_clean_text(pdf_fonts *F, int font, const char *s, size_t len,
                     int keep_nl, const iso_node *node, iso_diags *d,
                     size_t *out_len) {
  subst_ctx k = {F, font, node, d};
  return lay_clean_text(s, len, keep_nl, subst, &k, out_len);
}
