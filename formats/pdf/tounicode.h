/* A correct ToUnicode CMap for libharu's UTF-8 (Type 0) fonts. */
#ifndef ISO_PDF_TOUNICODE_H
#define ISO_PDF_TOUNICODE_H

#include <hpdf.h>

#include "subset.h"

/* Replaces FONT's ToUnicode entry (libharu 2.3 points it at its encoding
 * CMap, whose cidrange operators a ToUnicode CMap may not use: readers
 * warn, and copying or searching the text may fail) with one that maps the
 * codes of CHARS, which are their own Unicode values, to themselves.
 * Every UTF-8 font of a document maps the same characters, so the CMap is
 * made once: *SHARED holds it (NULL before the first font).
 * Returns -1 when out of memory. */
int pdf_fix_tounicode(HPDF_Doc pdf, HPDF_Font font, const pdf_charset *chars,
                      void **shared);

#endif
