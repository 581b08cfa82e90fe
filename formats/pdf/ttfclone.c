/* Copies of parsed TrueType font definitions (see ttfclone.h), through the
 * structures of libharu's installed hpdf_fontdef.h. */
#include <string.h>

#include <hpdf_objects.h>

#include "ttfclone.h"

int pdf_ttf_clonable(HPDF_FontDef t) {
  if (!t || t->type != HPDF_FONTDEF_TYPE_TRUETYPE || !t->attr)
    return 0;
  HPDF_TTFontDefAttr a = t->attr;
  return a->cmap.format == 4 && !a->char_set && a->embedding && a->stream &&
         a->glyph_tbl.flgs && a->glyph_tbl.offsets && a->h_metric &&
         a->offset_tbl.table;
}

/* N bytes of P in MMGR (NULL for none); *BAD when memory ran out. */
static void *dup(HPDF_MMgr mmgr, const void *p, size_t n, int *bad) {
  if (!p || !n || *bad)
    return NULL;
  void *q = HPDF_GetMem(mmgr, (HPDF_UINT)n);
  if (!q) {
    *bad = 1;
    return NULL;
  }
  memcpy(q, p, n);
  return q;
}

HPDF_FontDef pdf_ttf_clone(HPDF_MMgr mmgr, HPDF_FontDef t, HPDF_Stream s) {
  /* libharu's own constructor: its clean and free functions */
  HPDF_FontDef d = HPDF_TTFontDef_New(mmgr);
  if (!d) {
    HPDF_Stream_Free(s);
    return NULL;
  }
  memcpy(d->base_font, t->base_font, sizeof d->base_font);
  d->init_fn = t->init_fn;
  d->ascent = t->ascent;
  d->descent = t->descent;
  d->flags = t->flags;
  d->font_bbox = t->font_bbox;
  d->italic_angle = t->italic_angle;
  d->stemv = t->stemv;
  d->avg_width = t->avg_width;
  d->max_width = t->max_width;
  d->missing_width = t->missing_width;
  d->stemh = t->stemh;
  d->x_height = t->x_height;
  d->cap_height = t->cap_height;
  d->valid = t->valid;

  HPDF_TTFontDefAttr a = d->attr;
  const HPDF_TTFontDefAttr ta = t->attr;
  *a = *ta; /* the scalars; every pointer is the copy's own, below */
  a->char_set = NULL;
  a->h_metric = NULL;
  a->name_tbl.name_records = NULL;
  a->cmap.end_count = a->cmap.start_count = a->cmap.glyph_id_array = NULL;
  a->cmap.id_delta = NULL;
  a->cmap.id_range_offset = NULL;
  a->offset_tbl.table = NULL;
  a->glyph_tbl.offsets = NULL;
  a->glyph_tbl.flgs = NULL;
  a->stream = s;
  int bad = 0;
  size_t ng = ta->num_glyphs, seg = ta->cmap.seg_count_x2 / 2;
  a->h_metric = dup(mmgr, ta->h_metric, sizeof *ta->h_metric * ng, &bad);
  a->name_tbl.name_records =
      dup(mmgr, ta->name_tbl.name_records,
          sizeof *ta->name_tbl.name_records * ta->name_tbl.count, &bad);
  a->cmap.end_count =
      dup(mmgr, ta->cmap.end_count, sizeof *ta->cmap.end_count * seg, &bad);
  a->cmap.start_count =
      dup(mmgr, ta->cmap.start_count, sizeof *ta->cmap.start_count * seg, &bad);
  a->cmap.id_delta =
      dup(mmgr, ta->cmap.id_delta, sizeof *ta->cmap.id_delta * seg, &bad);
  a->cmap.id_range_offset = dup(mmgr, ta->cmap.id_range_offset,
                                sizeof *ta->cmap.id_range_offset * seg, &bad);
  a->cmap.glyph_id_array =
      dup(mmgr, ta->cmap.glyph_id_array,
          sizeof *ta->cmap.glyph_id_array * ta->cmap.glyph_id_array_count, &bad);
  a->offset_tbl.table =
      dup(mmgr, ta->offset_tbl.table,
          sizeof *ta->offset_tbl.table * ta->offset_tbl.num_tables, &bad);
  a->glyph_tbl.offsets = dup(mmgr, ta->glyph_tbl.offsets,
                             sizeof *ta->glyph_tbl.offsets * (ng + 1), &bad);
  /* the template's flags are the loader's: .notdef alone */
  a->glyph_tbl.flgs = dup(mmgr, ta->glyph_tbl.flgs, ng, &bad);
  if (bad) {
    HPDF_FontDef_Free(d); /* frees what was copied, and S */
    return NULL;
  }
  return d;
}
