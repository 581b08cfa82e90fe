/* The text encoding of the PDF's UTF-8 (Type 0) fonts, built from the
 * document's own characters. libharu's "UTF-8" encoder maps every BMP code
 * point, so each font made with it looks up all 65,536 of them in the font
 * (a linear walk of the cmap each: 45% of a Finnish document's time) and
 * writes a 128 KB CIDToGIDMap and a widths array over all of them. This one
 * encodes text exactly as that one does (each character as its UTF-16BE
 * code, the CID being the code point), but lists only the characters of
 * the document, so the font's maps stop at its highest character. */
#ifndef ISO_PDF_ENCODER_H
#define ISO_PDF_ENCODER_H

#include <hpdf.h>

#include "internal.h"
#include "subset.h"

/* Registers the encoder for CHARS (which must outlive the document) with
 * PDF, once; returns its name for HPDF_GetFont, or NULL when out of memory.
 * Fonts must be made with pdf_encoder_font. */
const char *pdf_encoder_register(HPDF_Doc pdf, const pdf_charset *chars);
/* HPDF_GetFont (PDF, NAME) with the encoder of pdf_encoder_register. */
HPDF_Font pdf_encoder_font(HPDF_Doc pdf, const char *name);
/* TEXT (LEN bytes of UTF-8) in that encoding, appended to OUT: what the
 * page's content stream shows. -1 when memory ran out. */
int pdf_encoder_codes(const char *text, size_t len, iso_buf *out);

#endif
