/* Inline nodes into spans (inline.c). */
#ifndef ISO_PDF_INLINE_H
#define ISO_PDF_INLINE_H

#include "doc.h"

typedef struct lay_style {
  int family; /* LAY_BODY, LAY_HEAD, LAY_MONO */
  int style;  /* LAY_BOLD | LAY_ITALIC */
  double size;
  uint32_t color;
  int link;   /* URI index or -1 */
} lay_style;

/* Appends the inline children of PARENT to S. */
void lay_inlines(lay_doc *c, lay_spans *s, const iso_node *parent,
                 const lay_style *st);
void lay_spans_break(lay_doc *c, lay_spans *s, int font, double size);

#endif
