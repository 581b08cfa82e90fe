/* What the PDF writer does after saving (finish.c). */
#ifndef ISO_PDF_FINISH_H
#define ISO_PDF_FINISH_H

#include "pdf.h"

/* 0 when O asks for no signature or M is approved; else an error at M's
 * status (a draft is never signed). */
int pdf_sign_allowed(const iso_meta *m, const iso_write_options *o,
                     iso_diags *d);
/* PDF/A and the signature as O and the theme ask, appended to OUT (the
 * saved PDF). 0, or -1 with an error in C's diagnostics. */
int pdf_finish(pdf_ctx *c, const iso_write_options *o, iso_buf *out);

#endif
