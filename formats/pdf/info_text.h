/* The document information's texts, decided once: the writer puts them in
 * the Info dictionary, PDF/A's XMP metadata repeats them (they must agree). */
#ifndef ISO_PDF_INFO_TEXT_H
#define ISO_PDF_INFO_TEXT_H

#include <hpdf.h>

#include "internal.h"

typedef struct pdf_info_text {
  const char *title, *author; /* borrowed from the metadata; may be NULL */
  char *subject;              /* never NULL once filled */
  char *keywords;             /* NULL: no keywords */
  char creator[64];           /* Creator and Producer alike */
} pdf_info_text;

/* 0, or -1 when out of memory (nothing to free then). */
int pdf_info_text_make(const iso_meta *m, pdf_info_text *t);
void pdf_info_text_free(pdf_info_text *t);

/* The `custom` fields as Info entries of their own names (info_custom.c),
 * after the standard ones are set. 0, or -1 (out of memory). */
int pdf_info_custom(HPDF_Doc pdf, const iso_meta *m);

#endif
