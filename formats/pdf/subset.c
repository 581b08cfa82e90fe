/* Cutting a TrueType font down to the glyphs a document can use (see
 * subset.h). Every offset read from the file is checked against the file:
 * a theme may name any installed font, and a broken one must fall back to
 * the whole file, not crash. */
#include <stdlib.h>
#include <string.h>

#include "subset.h"

typedef struct span {
  const unsigned char *p;
  size_t n;
} span;

static uint32_t u16(const unsigned char *p) {
  return (uint32_t)p[0] << 8 | p[1];
}

static uint32_t u32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 |
         p[3];
}

static void put16(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)(v >> 8);
  p[1] = (unsigned char)v;
}

static void put32(unsigned char *p, uint32_t v) {
  put16(p, v >> 16);
  put16(p + 2, v & 0xFFFF);
}

/* The tables copied unchanged, and the ones rebuilt. */
enum { T_OS2, T_CMAP, T_CVT, T_FPGM, T_GLYF, T_HEAD, T_HHEA, T_HMTX, T_LOCA,
       T_MAXP, T_NAME, T_POST, T_PREP, T_COUNT };
/* In tag order, as the table directory wants them. */
static const char tags[T_COUNT][5] = {"OS/2", "cmap", "cvt ", "fpgm", "glyf",
                                      "head", "hhea", "hmtx", "loca", "maxp",
                                      "name", "post", "prep"};

typedef struct font {
  span t[T_COUNT]; /* n == 0: the table is absent */
  unsigned nglyphs, nhmetrics;
  int long_loca;
  span cmap; /* the Unicode subtable */
  int cmap_format;
} font;

/* The table directory of the face at OFF. */
static int read_directory(font *f, const unsigned char *data, size_t len,
                          size_t off) {
  if (off > len || len - off < 12)
    return -1;
  uint32_t version = u32(data + off);
  if (version != 0x00010000 && version != 0x74727565) /* 'true' */
    return -1;
  unsigned ntables = u16(data + off + 4);
  if ((len - off - 12) / 16 < ntables)
    return -1;
  for (unsigned i = 0; i < ntables; i++) {
    const unsigned char *e = data + off + 12 + 16 * i;
    uint32_t o = u32(e + 8), n = u32(e + 12);
    for (int k = 0; k < T_COUNT; k++)
      if (memcmp(e, tags[k], 4) == 0) {
        if (o > len || n > len - o)
          return -1;
        f->t[k].p = data + o;
        f->t[k].n = n;
      }
  }
  return 0;
}

/* The best Unicode subtable of the cmap: format 4 covers the BMP, which is
 * all a PDF of ours can show (pdf_clean_text replaces the rest). */
static int find_cmap(font *f) {
  span c = f->t[T_CMAP];
  if (c.n < 4)
    return -1;
  unsigned n = u16(c.p + 2);
  if ((c.n - 4) / 8 < n)
    return -1;
  int best = 0;
  for (unsigned i = 0; i < n; i++) {
    const unsigned char *r = c.p + 4 + 8 * i;
    unsigned platform = u16(r), encoding = u16(r + 2);
    uint32_t off = u32(r + 4);
    if (off > c.n || c.n - off < 8)
      continue;
    unsigned format = u16(c.p + off);
    int score = 0;
    if (format == 4 && platform == 3 && encoding == 1)
      score = 4;
    else if (format == 12 && (platform == 3 || platform == 0))
      score = 3;
    else if (format == 4 && platform == 0)
      score = 2;
    if (score > best) {
      best = score;
      f->cmap.p = c.p + off;
      f->cmap.n = c.n - off;
      f->cmap_format = (int)format;
    }
  }
  return best ? 0 : -1;
}

static unsigned lookup4(const span *s, uint32_t cp) {
  if (s->n < 14)
    return 0;
  size_t segs = u16(s->p + 6) / 2;
  if (16 + 8 * segs > s->n)
    return 0;
  const unsigned char *end = s->p + 14, *start = end + 2 * segs + 2,
                      *delta = start + 2 * segs, *range = delta + 2 * segs;
  size_t lo = 0, hi = segs;
  while (lo < hi) { /* the first segment ending at or after CP */
    size_t mid = (lo + hi) / 2;
    if (u16(end + 2 * mid) < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == segs || u16(start + 2 * lo) > cp)
    return 0;
  uint32_t ro = u16(range + 2 * lo), g;
  if (ro == 0) {
    g = cp;
  } else {
    size_t at = (size_t)(range + 2 * lo - s->p) + ro +
                2 * (cp - u16(start + 2 * lo));
    if (at + 2 > s->n)
      return 0;
    g = u16(s->p + at);
    if (g == 0)
      return 0;
  }
  return (g + u16(delta + 2 * lo)) & 0xFFFF;
}

static unsigned lookup12(const span *s, uint32_t cp) {
  if (s->n < 16)
    return 0;
  uint32_t n = u32(s->p + 12);
  if ((s->n - 16) / 12 < n)
    return 0;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const unsigned char *g = s->p + 16 + 12 * mid;
    if (u32(g + 4) < cp)
      lo = mid + 1;
    else if (u32(g) > cp)
      hi = mid;
    else
      return (unsigned)((u32(g + 8) + (cp - u32(g))) & 0xFFFF);
  }
  return 0;
}

static unsigned glyph_of(const font *f, uint32_t cp) {
  unsigned g = f->cmap_format == 4 ? lookup4(&f->cmap, cp)
                                   : lookup12(&f->cmap, cp);
  return g < f->nglyphs ? g : 0;
}

/* Glyph G's bytes in glyf (n == 0 for an empty glyph; p NULL when the
 * loca table is broken). */
static span glyph_data(const font *f, unsigned g) {
  span s = {NULL, 0};
  uint32_t a, b;
  if (f->long_loca) {
    a = u32(f->t[T_LOCA].p + 4 * g);
    b = u32(f->t[T_LOCA].p + 4 * g + 4);
  } else {
    a = 2 * u16(f->t[T_LOCA].p + 2 * g);
    b = 2 * u16(f->t[T_LOCA].p + 2 * g + 2);
  }
  if (a > b || b > f->t[T_GLYF].n)
    return s;
  s.p = f->t[T_GLYF].p + a;
  s.n = b - a;
  return s;
}

/* Calls FN with each component glyph id of a composite glyph G, and where
 * that id is in COPY (G's bytes copied, or NULL); -1 when the glyph is cut
 * short or FN refuses. */
static int components(span g, int (*fn)(void *, unsigned, unsigned char *),
                      void *ctx, unsigned char *copy) {
  if (g.n < 10 || (int16_t)u16(g.p) >= 0)
    return 0; /* simple or empty */
  size_t at = 10;
  for (;;) {
    if (at + 4 > g.n)
      return -1;
    unsigned flags = u16(g.p + at);
    if (fn(ctx, u16(g.p + at + 2), copy ? copy + at + 2 : NULL))
      return -1;
    at += 4 + ((flags & 0x0001) ? 4 : 2);
    if (flags & 0x0008)
      at += 2;
    else if (flags & 0x0040)
      at += 4;
    else if (flags & 0x0080)
      at += 8;
    if (!(flags & 0x0020))
      return at <= g.n ? 0 : -1;
  }
}

typedef struct picker {
  const font *f;
  uint16_t *newid; /* by old id; 0xFFFF: not kept */
  uint16_t *old;   /* by new id */
  unsigned n;
} picker;

static void keep(picker *k, unsigned g) {
  if (k->newid[g] == 0xFFFF) {
    k->newid[g] = (uint16_t)k->n;
    k->old[k->n++] = (uint16_t)g;
  }
}

static int keep_component(void *ctx, unsigned g, unsigned char *at) {
  picker *k = ctx;
  (void)at;
  if (g >= k->f->nglyphs)
    return -1;
  keep(k, g);
  return 0;
}

static int renumber_component(void *ctx, unsigned g, unsigned char *at) {
  const picker *k = ctx;
  put16(at, k->newid[g]);
  return 0;
}

typedef struct out_table {
  unsigned char *p;
  size_t n;
} out_table;

static unsigned char *copy_of(span s) {
  unsigned char *p = malloc(s.n ? s.n : 1);
  if (p && s.n)
    memcpy(p, s.p, s.n);
  return p;
}

static int build_glyf_loca(const font *f, const picker *k, out_table *glyf,
                           out_table *loca) {
  size_t total = 0;
  for (unsigned i = 0; i < k->n; i++)
    total += (glyph_data(f, k->old[i]).n + 3) & ~(size_t)3;
  glyf->p = calloc(total ? total : 1, 1);
  loca->n = 4 * ((size_t)k->n + 1);
  loca->p = malloc(loca->n);
  if (!glyf->p || !loca->p)
    return -2;
  size_t at = 0;
  for (unsigned i = 0; i < k->n; i++) {
    span g = glyph_data(f, k->old[i]);
    put32(loca->p + 4 * i, (uint32_t)at);
    if (g.n)
      memcpy(glyf->p + at, g.p, g.n);
    if (components(g, renumber_component, (void *)k, glyf->p + at) < 0)
      return -1;
    at += (g.n + 3) & ~(size_t)3;
  }
  put32(loca->p + 4 * k->n, (uint32_t)at);
  glyf->n = at;
  return 0;
}

static int build_hmtx(const font *f, const picker *k, out_table *t) {
  const span h = f->t[T_HMTX];
  t->n = 4 * (size_t)k->n;
  t->p = malloc(t->n ? t->n : 1);
  if (!t->p)
    return -2;
  for (unsigned i = 0; i < k->n; i++) {
    unsigned g = k->old[i];
    uint32_t adv, lsb;
    if (g < f->nhmetrics) {
      adv = u16(h.p + 4 * g);
      lsb = u16(h.p + 4 * g + 2);
    } else {
      adv = u16(h.p + 4 * (f->nhmetrics - 1));
      lsb = u16(h.p + 4 * f->nhmetrics + 2 * (g - f->nhmetrics));
    }
    put16(t->p + 4 * i, adv);
    put16(t->p + 4 * i + 2, lsb);
  }
  return 0;
}

/* A format 4 cmap of the (code point, new glyph) pairs, CP ascending: one
 * segment per run where both go up by one. */
static int build_cmap(const uint16_t *cp, const uint16_t *gid, size_t n,
                      out_table *t) {
  size_t segs = 1; /* the closing 0xFFFF segment */
  for (size_t i = 0; i < n; i++)
    if (i == 0 || cp[i] != cp[i - 1] + 1 || gid[i] != gid[i - 1] + 1)
      segs++;
  size_t sub = 16 + 8 * segs;
  if (sub > 0xFFFF)
    return -1;
  t->n = 12 + sub;
  t->p = calloc(t->n, 1);
  if (!t->p)
    return -2;
  unsigned char *p = t->p;
  put16(p + 2, 1);  /* one subtable: */
  put16(p + 4, 3);  /* Windows */
  put16(p + 6, 1);  /* Unicode BMP */
  put32(p + 8, 12); /* right after this */
  unsigned char *s = p + 12;
  put16(s, 4);
  put16(s + 2, (uint32_t)sub);
  put16(s + 6, (uint32_t)(2 * segs));
  unsigned log2 = 0;
  while ((2u << log2) <= segs)
    log2++;
  put16(s + 8, 2u << log2);
  put16(s + 10, log2);
  put16(s + 12, (uint32_t)(2 * segs - (2u << log2)));
  unsigned char *end = s + 14, *start = end + 2 * segs + 2,
                *delta = start + 2 * segs;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (i == 0 || cp[i] != cp[i - 1] + 1 || gid[i] != gid[i - 1] + 1) {
      put16(start + 2 * k, cp[i]);
      put16(delta + 2 * k, (uint32_t)(gid[i] - cp[i]) & 0xFFFF);
      k++;
    }
    put16(end + 2 * (k - 1), cp[i]);
  }
  put16(start + 2 * k, 0xFFFF);
  put16(end + 2 * k, 0xFFFF);
  put16(delta + 2 * k, 1);
  /* idRangeOffset all zero (calloc) */
  return 0;
}

/* The naming records 0-6 (copyright to PostScript name), which is what a
 * PDF reader and libharu read; the rest (licence text, URLs) is most of the
 * table. */
static int build_name(span s, out_table *t) {
  if (s.n < 6)
    return -1;
  unsigned count = u16(s.p + 2), strings = u16(s.p + 4);
  if ((s.n - 6) / 12 < count || strings > s.n)
    return -1;
  size_t keep_n = 0, bytes = 0;
  for (unsigned i = 0; i < count; i++) {
    const unsigned char *r = s.p + 6 + 12 * i;
    size_t len = u16(r + 8), off = strings + u16(r + 10);
    if (u16(r + 6) <= 6 && off + len <= s.n) {
      keep_n++;
      bytes += len;
    }
  }
  if (bytes > 0xFFFF) /* string offsets are 16 bits */
    return -1;
  t->n = 6 + 12 * keep_n + bytes;
  t->p = calloc(t->n, 1);
  if (!t->p)
    return -2;
  put16(t->p + 2, (uint32_t)keep_n);
  put16(t->p + 4, (uint32_t)(6 + 12 * keep_n));
  size_t k = 0, at = 0;
  for (unsigned i = 0; i < count; i++) {
    const unsigned char *r = s.p + 6 + 12 * i;
    size_t len = u16(r + 8), off = strings + u16(r + 10);
    if (u16(r + 6) > 6 || off + len > s.n)
      continue;
    unsigned char *w = t->p + 6 + 12 * k++;
    memcpy(w, r, 10);
    put16(w + 10, (uint32_t)at);
    memcpy(t->p + 6 + 12 * keep_n + at, s.p + off, len);
    at += len;
  }
  return 0;
}

/* post version 3: the metrics without glyph names (the cmap names the
 * glyphs for a PDF reader). */
static int build_post(span s, out_table *t) {
  if (s.n < 16)
    return -1;
  t->n = 32;
  t->p = calloc(32, 1);
  if (!t->p)
    return -2;
  put32(t->p, 0x00030000);
  memcpy(t->p + 4, s.p + 4, 12);
  return 0;
}

static uint32_t checksum(const unsigned char *p, size_t n) {
  uint32_t sum = 0;
  size_t i = 0;
  for (; i + 4 <= n; i += 4)
    sum += u32(p + i);
  if (i < n) {
    unsigned char w[4] = {0, 0, 0, 0};
    memcpy(w, p + i, n - i);
    sum += u32(w);
  }
  return sum;
}

static unsigned char *assemble(out_table *t, size_t *out_len) {
  unsigned ntables = 0;
  size_t total = 0;
  for (int i = 0; i < T_COUNT; i++)
    if (t[i].p) {
      ntables++;
      total += (t[i].n + 3) & ~(size_t)3;
    }
  size_t dir = 12 + 16 * (size_t)ntables;
  total += dir;
  unsigned char *p = calloc(total, 1);
  if (!p)
    return NULL;
  unsigned log2 = 0;
  while ((2u << log2) <= ntables)
    log2++;
  put32(p, 0x00010000);
  put16(p + 4, ntables);
  put16(p + 6, 16u << log2);
  put16(p + 8, log2);
  put16(p + 10, 16 * ntables - (16u << log2));
  size_t at = dir, head_at = 0;
  unsigned k = 0;
  for (int i = 0; i < T_COUNT; i++) {
    if (!t[i].p)
      continue;
    unsigned char *e = p + 12 + 16 * k++;
    memcpy(e, tags[i], 4);
    memcpy(p + at, t[i].p, t[i].n);
    put32(e + 4, checksum(p + at, t[i].n));
    put32(e + 8, (uint32_t)at);
    put32(e + 12, (uint32_t)t[i].n);
    if (i == T_HEAD)
      head_at = at;
    at += (t[i].n + 3) & ~(size_t)3;
  }
  put32(p + head_at + 8, 0xB1B0AFBA - checksum(p, total));
  *out_len = total;
  return p;
}

/* The table directory's offset for FACE. */
static int face_offset(const unsigned char *data, size_t len, unsigned face,
                       size_t *off) {
  if (len >= 12 && memcmp(data, "ttcf", 4) == 0) {
    if (face >= u32(data + 8) || (len - 12) / 4 <= face)
      return -1;
    *off = u32(data + 12 + 4 * face);
    return 0;
  }
  *off = 0;
  return face == 0 ? 0 : -1;
}

/* The font's counts and the sizes of the tables they index. */
static int check_tables(font *f) {
  static const int needed[] = {T_HEAD, T_HHEA, T_MAXP, T_HMTX, T_LOCA,
                               T_GLYF, T_CMAP, T_NAME, T_POST};
  for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++)
    if (!f->t[needed[i]].p)
      return -1;
  if (f->t[T_HEAD].n < 54 || f->t[T_HHEA].n < 36 || f->t[T_MAXP].n < 6)
    return -1;
  f->nglyphs = u16(f->t[T_MAXP].p + 4);
  f->nhmetrics = u16(f->t[T_HHEA].p + 34);
  f->long_loca = u16(f->t[T_HEAD].p + 50) != 0;
  /* libharu 2.3 divides by unitsPerEm unchecked (a zero is SIGFPE); the
   * OpenType range is 16 to 16384 */
  unsigned upem = u16(f->t[T_HEAD].p + 18);
  if (upem < 16 || upem > 16384)
    return -1;
  if (f->nglyphs == 0 || f->nhmetrics == 0 || f->nhmetrics > f->nglyphs)
    return -1;
  if (f->t[T_HMTX].n <
      4 * (size_t)f->nhmetrics + 2 * (size_t)(f->nglyphs - f->nhmetrics))
    return -1;
  if (f->t[T_LOCA].n < ((size_t)f->nglyphs + 1) * (f->long_loca ? 4 : 2))
    return -1;
  return find_cmap(f);
}

/* Which glyphs to keep: .notdef, the characters' in code point order (so
 * that runs of characters are runs of glyphs and the cmap stays short), then
 * components. Fills the (code point, new glyph) pairs. */
static int pick(const font *f, const pdf_charset *chars, picker *k,
                uint16_t *cp, uint16_t *gid, size_t *npairs) {
  keep(k, 0);
  size_t n = 0;
  for (uint32_t c = 1; c < 0xFFFF; c++) {
    if (!chars->bit[c >> 3]) {
      c |= 7; /* skip the empty byte */
      continue;
    }
    if (!pdf_charset_has(chars, c))
      continue;
    unsigned g = glyph_of(f, c);
    if (!g)
      continue;
    keep(k, g);
    cp[n] = (uint16_t)c;
    gid[n++] = k->newid[g];
  }
  *npairs = n;
  for (unsigned i = 0; i < k->n; i++) { /* K->n grows as components join */
    span g = glyph_data(f, k->old[i]);
    if (!g.p || components(g, keep_component, k, NULL) < 0)
      return -1;
  }
  return 0;
}

/* F read from face FACE of DATA and checked; -1 when it cannot be. */
static int open_font(font *f, const unsigned char *data, size_t len,
                     unsigned face) {
  memset(f, 0, sizeof *f);
  size_t off;
  if (!data || face_offset(data, len, face, &off) < 0 ||
      read_directory(f, data, len, off) < 0 || check_tables(f) < 0)
    return -1;
  return 0;
}

int pdf_ttf_check(const unsigned char *data, size_t len, unsigned face) {
  font f;
  return open_font(&f, data, len, face);
}

int pdf_ttf_subset(const unsigned char *data, size_t len, unsigned face,
                   const pdf_charset *chars, unsigned char **out,
                   size_t *out_len) {
  font f;
  *out = NULL;
  if (open_font(&f, data, len, face) < 0)
    return -1;
  picker k = {&f, malloc(f.nglyphs * sizeof(uint16_t)),
              malloc(f.nglyphs * sizeof(uint16_t)), 0};
  size_t nchars = 0;
  for (size_t i = 0; i < sizeof chars->bit; i += 8) { /* a word at a time */
    uint64_t w;
    memcpy(&w, chars->bit + i, sizeof w);
    nchars += w ? (size_t)__builtin_popcountll(w) : 0;
  }
  uint16_t *cp = malloc((nchars + 1) * sizeof *cp),
           *gid = malloc((nchars + 1) * sizeof *gid);
  out_table t[T_COUNT];
  memset(t, 0, sizeof t);
  int rc = -2;
  size_t npairs = 0;
  if (!k.newid || !k.old || !cp || !gid)
    goto done;
  memset(k.newid, 0xFF, f.nglyphs * sizeof(uint16_t));
  if ((rc = pick(&f, chars, &k, cp, gid, &npairs)) < 0 ||
      (rc = build_glyf_loca(&f, &k, &t[T_GLYF], &t[T_LOCA])) < 0 ||
      (rc = build_hmtx(&f, &k, &t[T_HMTX])) < 0 ||
      (rc = build_cmap(cp, gid, npairs, &t[T_CMAP])) < 0 ||
      (rc = build_name(f.t[T_NAME], &t[T_NAME])) < 0 ||
      (rc = build_post(f.t[T_POST], &t[T_POST])) < 0)
    goto done;
  rc = -2;
  static const int copied[] = {T_OS2, T_CVT, T_FPGM, T_PREP, T_HEAD, T_HHEA,
                               T_MAXP};
  for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++) {
    int id = copied[i];
    if (f.t[id].p) {
      t[id].n = f.t[id].n;
      if (!(t[id].p = copy_of(f.t[id])))
        goto done; /* rc is -2 */
    }
  }
  put32(t[T_HEAD].p + 8, 0);      /* checkSumAdjustment, set at the end */
  put16(t[T_HEAD].p + 50, 1);     /* long loca offsets */
  put16(t[T_HHEA].p + 34, k.n);   /* numberOfHMetrics */
  put16(t[T_MAXP].p + 4, k.n);    /* numGlyphs */
  *out = assemble(t, out_len);
  rc = *out ? 0 : -2;
done:
  for (int i = 0; i < T_COUNT; i++)
    free(t[i].p);
  free(k.newid);
  free(k.old);
  free(cp);
  free(gid);
  return rc;
}
