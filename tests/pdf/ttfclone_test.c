/* formats/pdf/ttfclone.c against libharu's own parse: for the subsets and
 * whole fonts of the themes' faces, a document's copy of a kept parse must
 * be what HPDF_TTFontDef_Load makes of the same bytes (every field and
 * table libharu keeps), measure every character alike, and save the same
 * font file for the same glyphs; two documents' copies are independent
 * (glyphs used in one are not used in the other). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "../../formats/pdf/bytestream.h"
#include "../../formats/pdf/charset.h"
#include "../../formats/pdf/memfont.h"
#include "../unit/check.h"
#include "find_font.h"

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *user) {
  (void)code, (void)detail, (void)user;
}

static HPDF_FontDef fresh(HPDF_Doc pdf, const pdf_memfont *m) {
  HPDF_Stream s = pdf_bytes_stream(pdf->mmgr, &pdf->error, m->data, m->len, 0);
  return s ? HPDF_TTFontDef_Load(pdf->mmgr, s, HPDF_TRUE) : NULL;
}

#define SAME(field) CHECK(memcmp(&a->field, &b->field, sizeof a->field) == 0)
#define SAME_ARRAY(p, n)                                                       \
  CHECK((!a->p && !b->p) ||                                                    \
        (a->p && b->p && memcmp(a->p, b->p, sizeof *a->p * (size_t)(n)) == 0))

static void same_def(HPDF_FontDef x, HPDF_FontDef y) {
  CHECK(strcmp(x->base_font, y->base_font) == 0);
  CHECK(x->ascent == y->ascent && x->descent == y->descent &&
        x->flags == y->flags && x->italic_angle == y->italic_angle &&
        x->stemv == y->stemv && x->missing_width == y->missing_width &&
        x->cap_height == y->cap_height && x->x_height == y->x_height &&
        x->avg_width == y->avg_width && x->max_width == y->max_width &&
        x->valid == y->valid && x->type == y->type &&
        x->clean_fn == y->clean_fn && x->free_fn == y->free_fn);
  CHECK(memcmp(&x->font_bbox, &y->font_bbox, sizeof x->font_bbox) == 0);
  HPDF_TTFontDefAttr a = x->attr, b = y->attr;
  SAME(base_font);
  SAME(header);
  SAME(num_glyphs);
  SAME(num_h_metric);
  SAME(fs_type);
  SAME(sfamilyclass);
  SAME(panose);
  SAME(code_page_range1);
  SAME(code_page_range2);
  SAME(embedding);
  SAME(glyph_tbl.base_offset);
  SAME(name_tbl.format);
  SAME(name_tbl.count);
  SAME(name_tbl.string_offset);
  SAME(offset_tbl.sfnt_version);
  SAME(offset_tbl.num_tables);
  SAME(cmap.format);
  SAME(cmap.seg_count_x2);
  SAME(cmap.glyph_id_array_count);
  unsigned seg = a->cmap.seg_count_x2 / 2;
  SAME_ARRAY(h_metric, a->num_glyphs);
  SAME_ARRAY(name_tbl.name_records, a->name_tbl.count);
  SAME_ARRAY(offset_tbl.table, a->offset_tbl.num_tables);
  SAME_ARRAY(glyph_tbl.offsets, a->num_glyphs + 1);
  SAME_ARRAY(glyph_tbl.flgs, a->num_glyphs);
  SAME_ARRAY(cmap.end_count, seg);
  SAME_ARRAY(cmap.start_count, seg);
  SAME_ARRAY(cmap.id_delta, seg);
  SAME_ARRAY(cmap.id_range_offset, seg);
  SAME_ARRAY(cmap.glyph_id_array, a->cmap.glyph_id_array_count);
  CHECK(a->glyph_tbl.flgs != b->glyph_tbl.flgs && a->h_metric != b->h_metric);
}

static int saved(HPDF_Doc pdf, HPDF_FontDef def, iso_buf *out) {
  HPDF_Stream s = pdf_buf_stream(pdf->mmgr, &pdf->error, out);
  int ok = s && HPDF_TTFontDef_SaveFontData(def, s) == HPDF_OK;
  if (s)
    HPDF_Stream_Free(s);
  return ok;
}

static int faces;

static void compare(pdf_memfont *m, const char *what) {
  HPDF_Doc one = HPDF_New(on_error, NULL), two = HPDF_New(on_error, NULL);
  const char *n1 = pdf_memfont_load(one, m, 0);
  const char *n2 = pdf_memfont_load(two, m, 0);
  HPDF_FontDef c1 = n1 ? HPDF_GetFontDef(one, n1) : NULL;
  HPDF_FontDef c2 = n2 ? HPDF_GetFontDef(two, n2) : NULL;
  HPDF_FontDef f = fresh(one, m);
  CHECK(c1 && c2 && f && m->parsed);
  if (c1 && c2 && f) {
    faces++;
    same_def(c1, f);
    same_def(c2, f);
    for (unsigned cp = 0x20; cp < 0x2300; cp++) /* measured alike */
      CHECK(HPDF_TTFontDef_GetCharWidth(c1, (HPDF_UNICODE)cp) ==
            HPDF_TTFontDef_GetCharWidth(f, (HPDF_UNICODE)cp));
    /* measuring marks glyphs used: in the one copy and the fresh parse,
     * not in the other copy */
    HPDF_TTFontDefAttr a1 = c1->attr, a2 = c2->attr, af = f->attr;
    unsigned used2 = 0;
    for (unsigned i = 1; i < a2->num_glyphs; i++)
      used2 += a2->glyph_tbl.flgs[i];
    CHECK(used2 == 0);
    CHECK(memcmp(a1->glyph_tbl.flgs, af->glyph_tbl.flgs, a1->num_glyphs) == 0);
    char tag[7] = "CLONEA";
    HPDF_TTFontDef_SetTagName(c1, tag);
    HPDF_TTFontDef_SetTagName(f, tag);
    iso_buf x, y;
    iso_buf_init(&x);
    iso_buf_init(&y);
    CHECK(saved(one, c1, &x) && saved(one, f, &y));
    CHECK(x.len == y.len && x.len && memcmp(x.data, y.data, x.len) == 0);
    if (x.len != y.len)
      fprintf(stderr, "%s: the copy saves %zu bytes, libharu's parse %zu\n",
              what, x.len, y.len);
    iso_buf_free(&x);
    iso_buf_free(&y);
  }
  if (f)
    HPDF_FontDef_Free(f);
  HPDF_Free(one);
  HPDF_Free(two);
  pdf_memfont_forget(m);
  CHECK(m->parsed == NULL);
}

int main(void) {
  const char *specs[] = {"Liberation Sans", "Liberation Serif:bold",
                         "DejaVu Sans"};
  pdf_charset west, wide;
  memset(&west, 0, sizeof west);
  pdf_charset_add_cp1252(&west);
  wide = west;
  for (uint32_t cp = 0x2010; cp < 0x2270; cp++)
    pdf_charset_add(&wide, cp);
  for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
    char *file = find_font(specs[i]);
    if (!file || !strstr(file, ".ttf")) {
      free(file);
      continue;
    }
    const pdf_charset *sets[] = {&west, &wide};
    for (int k = 0; k < 2; k++) {
      pdf_memfont m;
      CHECK(pdf_memfont_make(&m, file, 0, sets[k]) == 0);
      if (m.data)
        compare(&m, file);
      free(m.data);
    }
    size_t len = 0;
    pdf_memfont whole = {slurp(file, &len), 0, 0, NULL, 0};
    whole.len = len;
    if (whole.data)
      compare(&whole, file);
    free(whole.data);
    free(file);
  }
  CHECK(faces >= 6);
  return check_failures ? 1 : 0;
}
