/* Where the signature field goes when the layout placed none (a document
 * without a sign-off list): one field for the approver, signed by the
 * signer, in the free space after the approval block (the last thing on
 * the last page), or invisible when that space is too small. */
#include "sign_fields.h"

#define FIELD_W 260.0
#define FIELD_H 44.0
#define GAP 10.0

int pdf_sig_default_fields(const iso_meta *m, const pdf_sig_space *s,
                           pdf_sig_request *r) {
  const char *role = iso_label(m->language, ISO_L_APPROVER);
  double top = s->top + GAP;
  int i;
  if (top + FIELD_H <= s->bottom) {
    double x1 = s->left + FIELD_W < s->right ? s->left + FIELD_W : s->right;
    i = pdf_sig_add(r, role, m->approver, s->page, s->left,
                    s->page_h - (top + FIELD_H), x1, s->page_h - top);
  } else {
    i = pdf_sig_add(r, role, m->approver, s->page, 0, 0, 0, 0);
  }
  r->signer = i;
  return i < 0 ? -1 : 0;
}
