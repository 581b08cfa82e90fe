/* Inline nodes into spans (inline.c). */
#ifndef ISO_PDF_INLINE_H
#define ISO_PDF_INLINE_H

#include "pdf.h"

typedef struct pdf_style {
  int family; /* LAY_BODY, LAY_HEAD, LAY_MONO */
  int style;  /* LAY_BOLD | LAY_ITALIC */
  double size;
  uint32_t color;
  int link;   /* URI index or -1 */
} pdf_style;

/* Appends the inline children of PARENT to S. */
void pdf_inlines(pdf_ctx *c, pdf_spans *s, const iso_node *parent,
                 const pdf_style *st);
void pdf_spans_break(pdf_ctx *c, pdf_spans *s, int font, double size);

#endif
