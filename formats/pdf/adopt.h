/* The layout the length check or the DOCX made (src/layout/share.h), drawn
 * as the PDF's own when the PDF's fonts would lay the document out the
 * same, rather than laying it out a second time. */
#ifndef ISO_PDF_ADOPT_H
#define ISO_PDF_ADOPT_H

#include "pdf.h"

/* Takes the shared layout of DOC for THEME into C, set up over FONTS (LF:
 * the PDF's font interface) with its page furniture laid out and what the
 * layout reported added to D, and returns 1; returns 0 (C untouched) when
 * there is no shared layout or the PDF's fonts would lay it out otherwise:
 * another font file for a face it measured, or a character the PDF shows
 * as '?' (which the metrics measure as itself). */
int pdf_adopt_layout(pdf_ctx *c, const iso_node *doc, const iso_theme *theme,
                     lay_fonts lf, iso_diags *d);

#endif
