/* Where the signature fields go when the document lists no sign-off: one
 * field for the approver, signed by the signer, in the free space after
 * the approval block (the last thing on the last page), or invisible when
 * that space is too small. A document's sign-off block (when the model has
 * one) gives a field for each of its entries instead: see
 * pdf_sig_request in sign.h. */
#include "pdf.h"
#include "sign.h"
#include "sign_fields.h"

#define FIELD_W 260.0
#define FIELD_H 44.0
#define GAP 10.0

int pdf_sig_default_fields(const pdf_ctx *c, pdf_sig_request *r) {
  const lay *L = &c->L;
  const iso_meta *m = c->m;
  const char *role = iso_label(m->language, ISO_L_APPROVER);
  double top = L->y + GAP;
  int i;
  if (top + FIELD_H <= L->bottom) {
    double x1 = L->left + FIELD_W < L->right ? L->left + FIELD_W : L->right;
    i = pdf_sig_add(r, role, m->approver, L->page, L->left,
                    L->page_h - (top + FIELD_H), x1, L->page_h - top);
  } else {
    i = pdf_sig_add(r, role, m->approver, L->page, 0, 0, 0, 0);
  }
  r->signer = i;
  return i < 0 ? -1 : 0;
}
