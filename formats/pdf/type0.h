/* The PDF's UTF-8 faces as Type 0 fonts made here, with the object calls
 * of libharu's installed headers, instead of by HPDF_GetFont. libharu's
 * Type 0 font walks all 65,536 code points through the font's cmap when it
 * is made (the largest single cost of a PDF with one character outside
 * Windows-1252), lists a width and a CID-map entry for every character its
 * encoder has, and leaves an encoding CMap nothing refers to in the file.
 * These fonts code each character as its code point (encoder.h) through
 * Identity-H; the widths and the CIDToGIDMap list only the characters
 * drawn in the face (pdf_type0_mark), and are made once the pages are
 * drawn. The embedded font file is fontfile.h's. */
#ifndef ISO_PDF_TYPE0_H
#define ISO_PDF_TYPE0_H

#include <stddef.h>

#include <hpdf.h>

/* A Type 0 font of the TrueType font NAME loaded into PDF (embedded);
 * NULL when out of memory or libharu failed. libharu measures it
 * (HPDF_Font_TextWidth, UTF-8 text) and frees it with the document. */
HPDF_Font pdf_type0_new(HPDF_Doc pdf, const char *name);
/* Marks the characters of CODES (LEN bytes, two a character, as
 * encoder.h codes them) as drawn in FONT, one of these. */
void pdf_type0_mark(HPDF_Font font, const unsigned char *codes, size_t len);
/* Whether FONT is one of these. */
int pdf_type0_is(HPDF_Font font);
/* Before saving, after pdf_fontfile_prepare named FONT's subset and made
 * its descriptor: the names, widths and CID map of the characters
 * drawn, deflated (zstream.h), and TOUNICODE as its ToUnicode CMap. -1
 * when out of memory or libharu failed. */
int pdf_type0_finish(HPDF_Font font, HPDF_Dict tounicode);

#endif
