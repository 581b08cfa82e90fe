/* The PDF writer's internal context, shared by its files. */
#ifndef ISO_PDF_H
#define ISO_PDF_H

#include <hpdf.h>

#include "fonts.h"
#include "isoexport.h"
#include "layout.h"
#include "present.h"

/* Inline text being collected for one paragraph or cell. */
typedef struct pdf_spans {
  lay_span *v;
  size_t n, cap;
  iso_buf text;
} pdf_spans;

typedef struct pdf_image {
  const iso_image *img; /* borrowed from the document's store */
  const iso_node *node; /* for diagnostics; NULL for the logo */
} pdf_image;

/* Where a sign-off entry's signature cell was laid out: PAGE 0-based (-1:
 * not laid out), X and Y the cell's top-left corner in layout coordinates
 * (points, y down from the top of the page: the PDF's own y of the cell's
 * bottom edge is the page height - Y - H), W and H its size. */
typedef struct pdf_sign_cell {
  int page;
  double x, y, w, h;
} pdf_sign_cell;

typedef struct pdf_ctx {
  const iso_node *doc;
  const iso_meta *m;
  const iso_theme *t;
  iso_diags *d;
  pdf_fonts *fonts;
  lay L;
  pdf_spans sp;
  pdf_image *images;
  size_t nimages, capimages;
  int tables, figures;
  int logo; /* the logo's image, drawn in every page's header; -1: none */
  /* headings in document order, collected before layout for the TOC */
  char **toc_text;
  int *toc_level;
  size_t ntoc;
  uint32_t c_text, c_head, c_accent, c_link, c_th, c_border, c_draft, c_grey;
  /* the signature cell of m->signoff[i], filled by the layout (closing.c):
   * where a signer draws the visible signature of that role */
  pdf_sign_cell sign_cells[ISO_SIGNOFF_MAX];
} pdf_ctx;

uint32_t pdf_color(const char *rrggbb);

/* build.c: lays the document out into C->L. Returns 0 or -1. */
int pdf_build(pdf_ctx *c);
/* closing.c: the sign-off table (after the approval rows) and the
 * acknowledgement table (after the history). */
void pdf_signoff_table(pdf_ctx *c);
void pdf_ack_table(pdf_ctx *c);
/* furniture.c: header, footer and watermark on every page (after layout). */
void pdf_furniture(pdf_ctx *c);
/* furniture.c: the bottom of the text area (y from the top of the page):
 * the theme's bottom margin, less what the footer's line "Uncontrolled when
 * printed" needs beyond it (the theme's rules leave room for two lines
 * wrapped once each, src/theme_check.c; Word and LibreOffice grow their
 * footers into the text area the same way). */
double pdf_text_bottom(const iso_meta *m, const iso_theme *t);
/* draw.c: the display list into libharu pages, outlines included. */
int pdf_draw(pdf_ctx *c, HPDF_Doc pdf, HPDF_STATUS *err);
/* images.c: an image XObject for IM, or NULL (*ERR says why, or a warning
 * in the context's diagnostics when the image alone failed). */
HPDF_Image pdf_image_load(pdf_ctx *c, HPDF_Doc pdf, const pdf_image *im,
                          HPDF_STATUS *err);

/* Inline helpers shared by build.c and furniture.c. */
void pdf_spans_reset(pdf_spans *s);
void pdf_spans_free(pdf_spans *s);
void pdf_spans_add(pdf_ctx *c, pdf_spans *s, int font, double size,
                   uint32_t color, const char *text, size_t len,
                   const iso_node *pos);

#endif
