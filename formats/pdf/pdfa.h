/* PDF/A-3b as an incremental update (pdfa.c). */
#ifndef ISO_PDF_PDFA_H
#define ISO_PDF_PDFA_H

#include "internal.h"

/* Appends to PDF (the writer's saved bytes) what makes it PDF/A-3b, with
 * O's source and DOC's images attached. 0, or -1 with an error in D. */
int pdf_pdfa(const iso_node *doc, const iso_write_options *o, iso_buf *pdf,
             iso_diags *d);

#endif
