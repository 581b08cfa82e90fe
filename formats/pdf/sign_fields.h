/* The signature fields of a document without a sign-off list. */
#ifndef ISO_PDF_SIGN_FIELDS_H
#define ISO_PDF_SIGN_FIELDS_H

#include "pdf.h"
#include "sign.h"

/* Adds the approver's field to R and makes it the signer's. 0, or -1 when
 * out of memory. */
int pdf_sig_default_fields(const pdf_ctx *c, pdf_sig_request *r);

#endif
