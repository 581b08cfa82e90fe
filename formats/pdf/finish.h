/* What the PDF writer does after saving (finish.c). It takes what it needs
 * as data, not the writer's context, so the layout can change beneath it. */
#ifndef ISO_PDF_FINISH_H
#define ISO_PDF_FINISH_H

#include "fonts.h"
#include "internal.h"
#include "sign.h"
#include "sign_fields.h"

typedef struct pdf_finish_in {
  const iso_node *doc;
  const iso_theme *theme;
  pdf_fonts *fonts; /* the body face makes the appearance's font */
  /* signature fields the layout placed (a sign-off block: pdf_sig_add with
   * the page and rectangle of each signature line, the person's name as
   * the label); NULL or empty: the approver's field in SPACE */
  pdf_sig_request *placed;
  pdf_sig_space space;
  iso_diags *d;
} pdf_finish_in;

/* 1 when O asks for no signature or M is approved; else 0 with an error at
 * M's status (a draft is never signed). */
int pdf_sign_allowed(const iso_meta *m, const iso_write_options *o,
                     iso_diags *d);
/* PDF/A and the signature as O and the theme ask, appended to OUT (the
 * saved PDF). 0, or -1 with an error in IN->d. */
int pdf_finish(const pdf_finish_in *in, const iso_write_options *o,
               iso_buf *out);

#endif
