/* Signature fields and the digital signature of a PDF (PAdES B-B).
 *
 * The PDF writer decides where signatures go and hands a pdf_sig_request
 * to pdf_sign(): a list of fields (each a name, a page and a rectangle), and
 * which of them the signer signs now. The other fields are left empty for
 * others to sign later in any PDF reader. An empty list is allowed (nothing
 * is signed then, unless SIGNER says otherwise). */
#ifndef ISO_PDF_SIGN_H
#define ISO_PDF_SIGN_H

#include <stddef.h>

#include "internal.h"

typedef struct pdf_sig_field {
  char *name;     /* the field's name (/T): unique, no '.' (pdf_sig_add
                     replaces dots and makes it unique) */
  char *label;    /* the person who signs it (the field's /TU; finish.c
                     matches it with the certificate's name), or NULL */
  int page;       /* 0-based */
  double rect[4]; /* x0 y0 x1 y1 in points from the page's bottom left;
                     all 0: an invisible field */
} pdf_sig_field;

typedef struct pdf_sig_request {
  pdf_sig_field *fields;
  size_t n, cap;
  int signer; /* index of the field signed now; -1: none */
  int failed; /* out of memory while adding */
} pdf_sig_request;

void pdf_sig_init(pdf_sig_request *r);
void pdf_sig_free(pdf_sig_request *r);
/* Adds a field; returns its index, or -1 when out of memory. */
int pdf_sig_add(pdf_sig_request *r, const char *name, const char *label,
                int page, double x0, double y0, double x1, double y1);

/* The font of the visible appearances: a subset of the body face's
 * TrueType program with Windows-1252 widths (see sign_look.c). */
typedef struct pdf_sig_font {
  unsigned char *program; /* NULL: appearances without text */
  size_t len;
  int widths[224];        /* codes 32..255, 1/1000 em */
  int ascent, descent, cap_height, bbox[4], flags;
  char name[64];          /* PostScript name with a subset tag */
} pdf_sig_font;

void pdf_sig_font_free(pdf_sig_font *f);

/* What one signing needs besides the PDF's bytes. */
typedef struct pdf_sign_job {
  const pdf_sig_request *req;
  const iso_signer *signer;
  long long when;      /* the signing time (/M; not in the CMS) */
  const char *date;    /* the date as shown ("2026-03-15 10:00 UTC") */
  const pdf_sig_font *font;
  const char *reason;  /* /Reason, or NULL */
  const char *source;  /* for messages */
} pdf_sign_job;

/* Appends to PDF (the writer's saved bytes, maybe with the PDF/A update)
 * an incremental update with the fields, their widgets and appearances,
 * the /AcroForm and, when the request names a signer's field, the
 * signature: /ByteRange over the whole file but /Contents, which gets a
 * detached CMS SignedData (sign_cms.c). 0, or -1 with an error in D. */
int pdf_sign(iso_buf *pdf, const pdf_sign_job *job, iso_diags *d);

/* sign_cms.c: the DER of a CAdES detached SignedData over the LEN bytes
 * at DATA (SHA-256; signed attributes content-type, message-digest and
 * signing-certificate-v2, no signing-time: PAdES B-B has the time in /M).
 * Caller frees *OUT. 0, or -1 with an error in D. */
int pdf_cms_sign(const iso_signer *s, const unsigned char *data, size_t len,
                 unsigned char **out, size_t *out_len, const char *source,
                 iso_diags *d);

/* sign_look.c: the content stream of a field's appearance, WIDTH x
 * HEIGHT points: "Digitally signed by NAME, DATE" (the signer's field;
 * an empty field has an empty appearance, as the page draws its cell).
 * LABEL is unused. Fonts are named /F1. */
void pdf_sig_appearance(iso_buf *out, const pdf_sig_font *font, double width,
                        double height, const char *signer, const char *date,
                        const char *label);

#endif
