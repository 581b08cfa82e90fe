/* After libharu saved the PDF: PDF/A (when the options or the theme ask),
 * then the signature, each an incremental update, in that order so the
 * signature covers the archival form. */
#include <ctype.h>
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

/* Whether field F is the one of signoff role ROLE (pdf_sig_add wrote the
 * role's dots as '_'; roles differ in more than letter case). */
static int is_role(const pdf_sig_field *f, const char *role) {
  const unsigned char *a = (const unsigned char *)f->name,
                      *b = (const unsigned char *)role;
  for (; *a && *b; a++, b++) {
    int ca = *a, cb = *b == '.' ? '_' : *b;
    if (ca != cb && !(ca < 0x80 && cb < 0x80 && tolower(ca) == tolower(cb)))
      return 0;
  }
  return !*a && !*b;
}

/* The field the signer signs among the sign-off table's: the role
 * --sign-role names; else the entry whose name is the certificate's common
 * name; else the first entry without a name (the certificate names its
 * signer). Never a field of someone else's name: -1 with an error then. */
static int pick_signer(const pdf_sig_request *r, const iso_meta *m,
                       const char *role, const char *cn, iso_diags *d) {
  int line = m->n_signoff ? m->signoff[0].line : 0;
  int col = m->n_signoff ? m->signoff[0].column : 0;
  if (role) {
    for (size_t i = 0; i < r->n; i++)
      if (is_role(&r->fields[i], role))
        return (int)i;
    iso_buf roles;
    iso_buf_init(&roles);
    for (size_t i = 0; i < m->n_signoff; i++)
      iso_buf_printf(&roles, "%s'%s'", i ? ", " : "", m->signoff[i].role);
    iso_diag_add(d, ISO_SEV_ERROR, m->source, line, col,
                 "not signed: --sign-role '%s' is none of the signoff roles "
                 "(%s)",
                 role, roles.failed || !roles.data ? "..." : (char *)roles.data);
    iso_buf_free(&roles);
    return -1;
  }
  for (size_t i = 0; i < r->n; i++)
    if (r->fields[i].label && !strcasecmp(r->fields[i].label, cn))
      return (int)i;
  for (size_t i = 0; i < r->n; i++)
    if (!r->fields[i].label || !*r->fields[i].label)
      return (int)i;
  iso_diag_add(d, ISO_SEV_ERROR, m->source, line, col,
               "not signed: the certificate's name '%s' is none of the "
               "signoff names; name the role it signs with --sign-role",
               cn);
  return -1;
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
      r->signer = pick_signer(r, m, o->sign_role, iso_signer_name(o->signer),
                              in->d);
    if (r->signer < 0)
      goto out;
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
