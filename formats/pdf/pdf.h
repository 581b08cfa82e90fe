/* The PDF writer's internal context, shared by its files. */
#ifndef ISO_PDF_H
#define ISO_PDF_H

#include <hpdf.h>

#include "fonts.h"
#include "internal.h"
#include "layout/doc.h"
#include "present.h"

/* The PDF writer lays the document out with the shared layout
 * (src/layout/doc.h) over libharu's fonts, then draws the display list. */
typedef lay_doc pdf_ctx;

static inline pdf_fonts *pdf_ctx_fonts(const pdf_ctx *c) {
  return (pdf_fonts *)c->fonts.ctx;
}

/* draw.c: the display list into libharu pages, outlines included. */
int pdf_draw(pdf_ctx *c, HPDF_Doc pdf, HPDF_STATUS *err);
/* images.c: an image XObject for IM, or NULL (*ERR says why, or a warning
 * in the context's diagnostics when the image alone failed). */
HPDF_Image pdf_image_load(pdf_ctx *c, HPDF_Doc pdf, const lay_image *im,
                          HPDF_STATUS *err);

#endif
