/* An incremental update appended to a PDF (ISO 32000-1, 7.5.6): new and
 * replaced objects after the saved bytes, then a cross-reference section
 * for them, a trailer with /Prev, /ID and startxref. The original bytes stay
 * as they were, so an earlier signature over them stays valid. */
#ifndef ISO_PDF_PDFUPDATE_H
#define ISO_PDF_PDFUPDATE_H

#include "internal.h"
#include "pdfread.h"

typedef struct pdf_update_entry {
  int n;
  size_t off;
} pdf_update_entry;

typedef struct pdf_update {
  const pdf_file *f;
  iso_buf *out; /* the update's bytes, which follow F's (u->tail) */
  iso_buf tail;
  size_t base;  /* F's length: offsets in the update count from there */
  int next;     /* the next unused object number */
  int root;     /* the catalog (the same number when it is replaced) */
  pdf_update_entry *objs;
  size_t nobjs, capobjs;
  int failed;
} pdf_update;

/* Begins an update of F's bytes (which must stay where they are until the
 * update is appended to them with pdf_update_finish). */
void pdf_update_begin(pdf_update *u, const pdf_file *f);
/* The offset in the whole file of what is written next. */
size_t pdf_update_at(const pdf_update *u);
/* A new object number. */
int pdf_update_new(pdf_update *u);
/* Writes "N 0 obj" for object N (new or replaced); the caller writes the
 * value into u->out, then calls pdf_update_end. */
void pdf_update_obj(pdf_update *u, int n);
void pdf_update_end(pdf_update *u);
/* A whole stream object N: "<< DICT /Length LEN >> stream ... endstream".
 * DICT is the entries without the brackets ("" for none). */
void pdf_update_stream(pdf_update *u, int n, const char *dict,
                       const void *data, size_t len);
/* The cross-reference section and trailer, then the whole update appended
 * to PDF (which holds F's bytes; F is stale afterwards). Returns 0, or -1
 * when out of memory. */
int pdf_update_finish(pdf_update *u, iso_buf *pdf);
void pdf_update_free(pdf_update *u);

/* Copies the entries of DICT (a "<< >>" span of F) into OUT, leaving out
 * those whose key is in SKIP (NULL-terminated names without slash); the
 * caller adds its own entries and the closing ">>". */
void pdf_copy_dict(const pdf_file *f, pdf_span dict, const char *const *skip,
                   iso_buf *out);
/* UTF-8 text as a PDF text string: a literal in PDFDocEncoding's ASCII
 * part when it is all printable ASCII, else UTF-16BE hex with a BOM. */
void pdf_put_text(iso_buf *out, const char *s);
/* The PDF date "D:YYYYMMDDHHmmSSZ" of T (seconds since the epoch, UTC). */
void pdf_date(long long t, char out[24]);
/* The XMP date "YYYY-MM-DDTHH:mm:SSZ" of T. */
void pdf_xmp_date(long long t, char out[24]);

#endif
