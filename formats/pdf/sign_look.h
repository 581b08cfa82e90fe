/* The appearance font of signature fields, made from the writer's fonts. */
#ifndef ISO_PDF_SIGN_LOOK_H
#define ISO_PDF_SIGN_LOOK_H

#include "fonts.h"
#include "sign.h"

/* A subset of the body face holding the characters of TEXT (UTF-8) that
 * Windows-1252 has. 0 (OUT->program NULL when the face cannot be subset:
 * the appearance then has no text), or -1 when out of memory. */
int pdf_sig_font_make(pdf_fonts *F, const char *text, pdf_sig_font *out);

#endif
