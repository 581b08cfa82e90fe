/* The XMP metadata packet of PDF/A files (xmp.c). */
#ifndef ISO_PDF_XMP_H
#define ISO_PDF_XMP_H

#include "isoexport.h"

/* Appends M's packet to OUT. 0, or -1 when out of memory. */
int pdf_xmp(const iso_meta *m, iso_buf *out);

#endif
