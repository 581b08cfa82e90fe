/* The signature fields of a document without a sign-off list. */
#ifndef ISO_PDF_SIGN_FIELDS_H
#define ISO_PDF_SIGN_FIELDS_H

#include "internal.h"
#include "sign.h"

/* The free space after the last block of the layout, in its coordinates
 * (points, y down from the top of the page). */
typedef struct pdf_sig_space {
  int page;           /* 0-based: the last page */
  double top, bottom; /* the cursor after the last block; the text area's
                         bottom edge */
  double left, right; /* the text area's edges */
  double page_h;
} pdf_sig_space;

/* Adds the approver's field to R and makes it the signer's. 0, or -1 when
 * out of memory. */
int pdf_sig_default_fields(const iso_meta *m, const pdf_sig_space *s,
                           pdf_sig_request *r);

#endif
