/* The ToUnicode CMap of the PDF's UTF-8 (Type 0) fonts (type0.h). */
#ifndef ISO_PDF_TOUNICODE_H
#define ISO_PDF_TOUNICODE_H

#include <hpdf.h>

#include "subset.h"

/* A CMap that maps the codes of CHARS, which are their own Unicode values
 * (encoder.h), to themselves, with bfrange operators only (readers warn
 * about the cidrange ones libharu 2.3 writes, and copying or searching the
 * text may fail). Every UTF-8 font of a document maps the same characters,
 * so one serves them all. Deflated (zstream.h); NULL when out of memory. */
HPDF_Dict pdf_tounicode_new(HPDF_Doc pdf, const pdf_charset *chars);

#endif
