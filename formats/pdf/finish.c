/* After libharu saved the PDF: PDF/A (when the options or the theme ask),
 * then the signature, each an incremental update, in that order so the
 * signature covers the archival form. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "finish.h"
#include "pdfa.h"
#include "sign.h"
#include "sign_fields.h"
#include "sign_look.h"

int pdf_sign_allowed(const iso_meta *m, const iso_write_options *o,
                     iso_diags *d) {
  if (!o || !o->signer || m->status == ISO_STATUS_APPROVED)
    return 1;
  iso_diag_add(d, ISO_SEV_ERROR, m->source, m->status_line, m->status_column,
               "not signed: the status is '%s'; only approved documents are "
               "signed",
               iso_status_name(m->status));
  return 0;
}

/* The field the signer signs among the layout's: the one whose label (the
 * person's name) is the certificate's common name, else the first. */
static int pick_signer(const pdf_sig_request *r, const char *name) {
  for (size_t i = 0; i < r->n; i++)
    if (r->fields[i].label && !strcasecmp(r->fields[i].label, name))
      return (int)i;
  return 0;
}

static int sign(const pdf_finish_in *in, const iso_write_options *o,
                iso_buf *out) {
  const iso_meta *m = iso_document_meta_const(in->doc);
  pdf_sig_request own;
  pdf_sig_init(&own);
  pdf_sig_request *r = in->placed ? in->placed : &own;
  pdf_sig_font font;
  memset(&font, 0, sizeof font);
  int rc = -1;
  if (r->failed)
    goto oom;
  if (r->n) {
    if (r->signer < 0)
      r->signer = pick_signer(r, iso_signer_name(o->signer));
  } else {
    r = &own;
    if (pdf_sig_default_fields(m, &in->space, r) || r->failed)
      goto oom;
  }
  /* the date as the document shows dates, with the time of day in UTC */
  long long t = o->signing_time;
  iso_date day = iso_date_from_epoch(t);
  long long rest = t - iso_date_epoch(day);
  char date[32], shown[64];
  iso_date_format(m->language, day, date);
  snprintf(shown, sizeof shown, "%s %02d:%02d UTC", date, (int)(rest / 3600),
           (int)(rest / 60 % 60));
  iso_buf text;
  iso_buf_init(&text);
  iso_buf_printf(&text, "Digitally signed by %s, %s",
                 iso_signer_name(o->signer), shown);
  int f = text.failed ? -1 : pdf_sig_font_make(in->fonts, (const char *)text.data,
                                               &font);
  iso_buf_free(&text);
  if (f)
    goto oom;
  pdf_sign_job job = {r,     o->signer, t,
                      shown, &font,     iso_status_label(m->language,
                                                         ISO_STATUS_APPROVED),
                      m->source};
  rc = pdf_sign(out, &job, in->d);
  goto out;
oom:
  iso_diag_add(in->d, ISO_SEV_ERROR, m->source, 0, 0, "pdf: out of memory");
out:
  pdf_sig_font_free(&font);
  pdf_sig_free(&own);
  return rc;
}

int pdf_finish(const pdf_finish_in *in, const iso_write_options *o,
               iso_buf *out) {
  static const iso_write_options none;
  if (!o)
    o = &none;
  if ((o->pdfa || in->theme->pdfa) && pdf_pdfa(in->doc, o, out, in->d))
    return -1;
  return o->signer ? sign(in, o, out) : 0;
}
