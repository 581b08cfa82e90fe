/* The shared layout drawn as the PDF's own (adopt.h). The metrics
 * (src/metrics.c) and libharu read the same advances from the same font
 * file (hmtx through the format 4 cmap, in 1/1000 em, truncated), and a
 * string's width is the sum of its characters' in both, so over the same
 * files the two layouts are the same unless the PDF's cleaning changes the
 * text: a character it cannot show becomes '?'. Only characters from
 * U+0080 are ever replaced (doc.c's lay_clean_text), and every string the
 * layout measured is in its text arena, so the arena is all there is to
 * look at. */
#include <stdlib.h>
#include <string.h>

#include "adopt.h"
#include "fonts.h"
#include "layout/share.h"
#include "util.h"

/* Whether the PDF's faces are the files K measured with (the NF faces
 * FACES) and show every character of its text as itself. */
static int agrees(pdf_fonts *F, const lay_kept *k, const int *faces, size_t nf) {
  for (size_t f = 0; f < nf; f++) {
    int index;
    const char *file = iso_metrics_face_file(k->met, faces[f], &index);
    if (!file || !pdf_font_file_is(F, faces[f], file, index))
      return 0;
  }
  const iso_buf *t = &k->c.L.text;
  const unsigned char *p = t->data;
  for (size_t i = 0; i < t->len;) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t len = iso_utf8_decode(p + i, t->len - i, &cp);
    if (!len || cp > 0xFFFF)
      return 0;
    i += len;
    if (cp == 0xAD) /* soft hyphens stay in both */
      continue;
    for (size_t f = 0; f < nf; f++)
      if (!pdf_font_has(F, faces[f], cp))
        return 0;
  }
  return 1;
}

int pdf_adopt_layout(pdf_ctx *c, const iso_node *doc, const iso_theme *theme,
                     lay_fonts lf, iso_diags *d) {
  lay_kept *k = iso_layout_take(doc, theme);
  if (!k)
    return 0;
  int faces[12];
  size_t nf = iso_metrics_measured(k->met, faces);
  if (k->c.L.failed || !agrees(lf.ctx, k, faces, nf)) {
    lay_kept_free(k);
    return 0;
  }
  /* libharu numbers a font's objects when it is made, which a layout over
   * the PDF's fonts does at each face's first measure: made in that order
   * here, the file is the one that layout gives, byte for byte */
  for (size_t f = 0; f < nf; f++)
    (void)pdf_font(lf.ctx, faces[f]); /* NULL: reported; drawing fails */
  *c = k->c; /* the display list and all it owns move into C */
  c->t = theme ? theme : iso_theme_default();
  c->d = d;
  c->fonts = lf;
  c->L.measure = lf.measure;
  c->L.mctx = lf.ctx;
  for (size_t i = 0; i < iso_diags_count(k->d); i++) {
    const iso_diag *g = iso_diags_get(k->d, i);
    iso_diag_add(d, g->severity, g->file, g->line, g->column, "%s", g->message);
  }
  iso_diags_free(k->d);
  iso_metrics_free(k->met);
  free(k);
  lay_furniture(c);
  return 1;
}
