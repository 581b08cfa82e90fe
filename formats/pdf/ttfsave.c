/* libharu's font file, written from the loaded bytes (see ttfsave.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ttfsave.h"

/* The tables libharu embeds, in the order it writes them, and how: four
 * it makes anew, the others copied as they are. */
enum { COPIED, HEAD, GLYF, LOCA, NAME };
static const struct {
  char tag[5];
  int kind;
} tables[] = {{"OS/2", COPIED}, {"cmap", COPIED}, {"cvt ", COPIED},
              {"fpgm", COPIED}, {"glyf", GLYF},   {"head", HEAD},
              {"hhea", COPIED}, {"hmtx", COPIED}, {"loca", LOCA},
              {"maxp", COPIED}, {"name", NAME},   {"post", COPIED},
              {"prep", COPIED}};
#define NTAGS 13
#define DIR_LEN (12 + 16 * NTAGS) /* offset table and directory */

static unsigned char *put16(unsigned char *p, unsigned v) {
  p[0] = (unsigned char)(v >> 8);
  p[1] = (unsigned char)v;
  return p + 2;
}

static unsigned char *put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)(v >> 24);
  p[1] = (unsigned char)(v >> 16);
  p[2] = (unsigned char)(v >> 8);
  p[3] = (unsigned char)v;
  return p + 4;
}

/* The big-endian words of N bytes at P summed, a last part-word padded
 * with zeros (the table checksum); with WHOLE the part-word is left out,
 * as libharu's checkSumAdjustment loop stops at its short read. */
static uint32_t word_sum(const unsigned char *p, size_t n, int whole) {
  uint32_t s = 0;
  size_t i = 0;
  for (; i + 4 <= n; i += 4)
    s += (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 |
         (uint32_t)p[i + 2] << 8 | p[i + 3];
  if (i < n && !whole) {
    unsigned char w[4] = {0, 0, 0, 0};
    memcpy(w, p + i, n - i);
    s += (uint32_t)w[0] << 24 | (uint32_t)w[1] << 16 | (uint32_t)w[2] << 8 |
         w[3];
  }
  return s;
}

static const HPDF_TTFTable *find(HPDF_TTFontDefAttr a, const char *tag) {
  for (unsigned i = 0; i < a->offset_tbl.num_tables; i++)
    if (memcmp(a->offset_tbl.table[i].tag, tag, 4) == 0)
      return &a->offset_tbl.table[i];
  return NULL;
}

/* Whether N bytes at OFF lie within LEN. */
static int within(uint64_t off, uint64_t n, size_t len) {
  return off <= len && n <= len - off;
}

/* Glyph I's place in the source: *OFF and *N in bytes; 0 when in range. */
static int glyph_at(HPDF_TTFontDefAttr a, unsigned i, size_t len,
                    uint64_t *off, uint64_t *n) {
  uint32_t from = a->glyph_tbl.offsets[i], to = a->glyph_tbl.offsets[i + 1];
  if (to < from)
    return -1;
  int shorts = a->header.index_to_loc_format == 0;
  *off = (uint64_t)a->glyph_tbl.base_offset + (uint64_t)from * (shorts ? 2 : 1);
  *n = (uint64_t)(to - from) * (shorts ? 2 : 1);
  return within(*off, *n, len) ? 0 : -1;
}

/* The size of the name table libharu writes: the records, the strings,
 * and the tag before each family and full name; 0 when a string is out of
 * range. */
static uint64_t name_size(HPDF_TTFontDefAttr a, const HPDF_TTFTable *t,
                          size_t len) {
  const HPDF_TTF_NamingTable *nt = &a->name_tbl;
  uint64_t size = 6 + 12 * (uint64_t)nt->count;
  for (unsigned i = 0; i < nt->count; i++) {
    const HPDF_TTF_NameRecord *r = &nt->name_records[i];
    uint64_t at = (uint64_t)t->offset + nt->string_offset + r->offset;
    if (!within(at, r->length, len))
      return 0;
    size += r->length;
    if (r->name_id == 1 || r->name_id == 4)
      size += r->platform_id == 0 || r->platform_id == 3 ? sizeof a->tag_name2
                                                         : sizeof a->tag_name;
  }
  return size;
}

/* The name table at P, as RecreateName writes it: the tag goes before the
 * family and full names, in UTF-16 for the Unicode and Windows platforms;
 * a record's length grows by it, its offset is where its string starts. */
static unsigned char *put_name(unsigned char *p, HPDF_TTFontDefAttr a,
                               const HPDF_TTFTable *t,
                               const unsigned char *src) {
  const HPDF_TTF_NamingTable *nt = &a->name_tbl;
  p = put16(p, nt->format);
  p = put16(p, nt->count);
  p = put16(p, nt->string_offset);
  unsigned char *strings = p + 12 * (size_t)nt->count, *s = strings;
  for (unsigned i = 0; i < nt->count; i++) {
    const HPDF_TTF_NameRecord *r = &nt->name_records[i];
    unsigned at = (unsigned)(s - strings), n = r->length;
    if (r->name_id == 1 || r->name_id == 4) {
      int wide = r->platform_id == 0 || r->platform_id == 3;
      size_t k = wide ? sizeof a->tag_name2 : sizeof a->tag_name;
      memcpy(s, wide ? a->tag_name2 : a->tag_name, k);
      s += k;
      n += (unsigned)k;
    }
    memcpy(s, src + t->offset + nt->string_offset + r->offset, r->length);
    s += r->length;
    p = put16(p, r->platform_id);
    p = put16(p, r->encoding_id);
    p = put16(p, r->language_id);
    p = put16(p, r->name_id);
    p = put16(p, n);
    p = put16(p, at);
  }
  return s;
}

/* The head table from libharu's parse, checkSumAdjustment 0 (set last). */
static unsigned char *put_head(unsigned char *p, const HPDF_TTF_FontHeader *h) {
  memcpy(p, h->version_number, 4);
  p = put32(p + 4, h->font_revision);
  p = put32(p, 0);
  p = put32(p, h->magic_number);
  p = put16(p, h->flags);
  p = put16(p, h->units_per_em);
  memcpy(p, h->created, 8);
  memcpy(p + 8, h->modified, 8);
  p += 16;
  p = put16(p, (uint16_t)h->x_min);
  p = put16(p, (uint16_t)h->y_min);
  p = put16(p, (uint16_t)h->x_max);
  p = put16(p, (uint16_t)h->y_max);
  p = put16(p, h->mac_style);
  p = put16(p, h->lowest_rec_ppem);
  p = put16(p, (uint16_t)h->font_direction_hint);
  p = put16(p, (uint16_t)h->index_to_loc_format);
  return put16(p, (uint16_t)h->glyph_data_format);
}

/* The used glyphs, one after another, and their new offsets into LOCA (in
 * loca's units): an unused glyph is empty, at the end of the one before. */
static unsigned char *put_glyf(unsigned char *p, HPDF_TTFontDefAttr a,
                               const unsigned char *src, uint32_t *loca) {
  unsigned char *start = p;
  int shorts = a->header.index_to_loc_format == 0;
  uint32_t end = 0;
  for (unsigned i = 0; i < a->num_glyphs; i++) {
    if (a->glyph_tbl.flgs[i] != 1) {
      loca[i] = end;
      continue;
    }
    uint64_t off, n;
    glyph_at(a, i, SIZE_MAX, &off, &n); /* checked by the caller */
    loca[i] = (uint32_t)(p - start) / (shorts ? 2 : 1);
    memcpy(p, src + off, (size_t)n);
    p += n;
    end = (uint32_t)(p - start) / (shorts ? 2 : 1);
  }
  loca[a->num_glyphs] = end;
  return p;
}

int pdf_ttf_save(HPDF_FontDef def, const unsigned char *src, size_t len,
                 unsigned char **out, size_t *out_len) {
  HPDF_TTFontDefAttr a = def->attr;
  *out = NULL;
  *out_len = 0;
  if (!a->glyph_tbl.offsets || !a->glyph_tbl.flgs)
    return 1;
  const HPDF_TTFTable *t[NTAGS];
  uint64_t size[NTAGS], total = DIR_LEN;
  unsigned nglyphs = a->num_glyphs;
  for (int i = 0; i < NTAGS; i++) {
    t[i] = find(a, tables[i].tag);
    int kind = tables[i].kind;
    if (!t[i] && kind != COPIED)
      return 1;
    if (kind == HEAD) {
      size[i] = 54;
    } else if (kind == GLYF) {
      size[i] = 0;
      for (unsigned k = 0; k < nglyphs; k++) {
        uint64_t off, n;
        if (a->glyph_tbl.flgs[k] != 1)
          continue;
        if (glyph_at(a, k, len, &off, &n) < 0)
          return 1;
        size[i] += n;
      }
    } else if (kind == LOCA) {
      size[i] = ((uint64_t)nglyphs + 1) * (a->header.index_to_loc_format ? 4 : 2);
    } else if (kind == NAME) {
      if (!(size[i] = name_size(a, t[i], len)))
        return 1;
    } else if (!t[i]) {
      size[i] = 0; /* libharu writes a missing table empty */
    } else {
      if (!within(t[i]->offset, t[i]->length, len))
        return 1;
      size[i] = t[i]->length;
    }
    total += size[i];
  }
  if (total > UINT32_MAX)
    return 1;
  unsigned char *buf = malloc((size_t)total);
  uint32_t *loca = malloc(((size_t)nglyphs + 1) * sizeof *loca);
  if (!buf || !loca) {
    free(buf);
    free(loca);
    return -1;
  }
  unsigned char *body = buf + DIR_LEN, *p = body, *head = NULL;
  size_t at[NTAGS];
  for (int i = 0; i < NTAGS; i++) {
    int kind = tables[i].kind;
    at[i] = (size_t)(p - body);
    if (kind == HEAD) {
      head = p;
      p = put_head(p, &a->header);
    } else if (kind == GLYF) {
      p = put_glyf(p, a, src, loca);
    } else if (kind == LOCA) {
      /* glyf comes before loca in the order */
      for (unsigned k = 0; k <= nglyphs; k++)
        p = a->header.index_to_loc_format ? put32(p, loca[k])
                                          : put16(p, (uint16_t)loca[k]);
    } else if (kind == NAME) {
      p = put_name(p, a, t[i], src);
    } else if (size[i]) {
      memcpy(p, src + t[i]->offset, (size_t)size[i]);
      p += size[i];
    }
  }
  free(loca);
  /* the offset table, as the source's with 13 tables */
  unsigned char *d = put32(buf, a->offset_tbl.sfnt_version);
  d = put16(d, NTAGS);
  d = put16(d, a->offset_tbl.search_range);
  d = put16(d, a->offset_tbl.entry_selector);
  d = put16(d, a->offset_tbl.range_shift);
  for (int i = 0; i < NTAGS; i++) {
    memcpy(d, tables[i].tag, 4);
    d = put32(d + 4, word_sum(body + at[i], (size_t)size[i], 0));
    d = put32(d, (uint32_t)(at[i] + DIR_LEN));
    d = put32(d, (uint32_t)size[i]);
  }
  /* libharu's checkSumAdjustment: over the tables only, not the directory,
   * and only their whole words (its read loop stops at a short read) */
  uint32_t adjust = 0xB1B0AFBAu - word_sum(body, (size_t)(p - body), 1);
  put32(head + 8, adjust);
  *out = buf;
  *out_len = (size_t)total;
  return 0;
}
