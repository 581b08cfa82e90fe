/* The pdf writer's registry entry: sets libharu up, lays the document out,
 * draws it and saves it into memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_doc.h>

#include "adopt.h"
#include "bytestream.h"
#include "charset.h"
#include "finish.h"
#include "info_text.h"
#include "layout/share.h"
#include "pdf.h"
#include "reserve.h"
#include "writers.h"

/* libharu's errors are sticky: keep the first one, report it once. */
typedef struct pdf_error {
  HPDF_STATUS code;
  HPDF_STATUS detail;
} pdf_error;

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *user) {
  pdf_error *e = user;
  if (!e->code) {
    e->code = code;
    e->detail = detail;
  }
}

/* Sets the document information's text entries: in PDFDocEncoding when
 * every one fits (no UTF-8 encoder needed), else through libharu's UTF-8
 * encoder, which writes them as UTF-16. Returns -1 when out of memory. */
static int info_texts(HPDF_Doc pdf, const HPDF_InfoType *type,
                      const char *const *text, size_t n) {
  int fits = 1;
  size_t longest = 0;
  for (size_t i = 0; i < n; i++)
    if (text[i] && strlen(text[i]) > longest)
      longest = strlen(text[i]);
  char *b = malloc(longest + 1);
  if (!b)
    return -1;
  for (size_t i = 0; i < n && fits; i++)
    if (text[i] && pdf_to_docenc(text[i], b) < 0)
      fits = 0;
  if (!fits)
    HPDF_SetCurrentEncoder(pdf, "UTF-8");
  for (size_t i = 0; i < n; i++) {
    if (!text[i])
      continue;
    if (fits)
      pdf_to_docenc(text[i], b);
    HPDF_SetInfoAttr(pdf, type[i], fits ? b : text[i]);
  }
  free(b);
  return 0;
}

/* Returns -1 when out of memory. */
static int info(pdf_ctx *c, HPDF_Doc pdf, const iso_write_options *o) {
  const iso_meta *m = c->m;
  pdf_info_text it;
  if (pdf_info_text_make(m, &it))
    return -1;
  const HPDF_InfoType type[] = {HPDF_INFO_TITLE,   HPDF_INFO_AUTHOR,
                                HPDF_INFO_SUBJECT, HPDF_INFO_KEYWORDS,
                                HPDF_INFO_CREATOR, HPDF_INFO_PRODUCER};
  const char *text[] = {it.title,    it.author,  it.subject,
                        it.keywords, it.creator, it.creator};
  int rc = info_texts(pdf, type, text, sizeof type / sizeof type[0]);
  if (rc == 0)
    rc = pdf_info_custom(pdf, m);
  pdf_info_text_free(&it);
  if (rc < 0)
    return -1;
  long long t = iso_write_timestamp(m, o);
  iso_date day = iso_date_from_epoch(t);
  long long rest = t - iso_date_epoch(day);
  HPDF_Date d = {day.year, day.month, day.day, (HPDF_INT)(rest / 3600),
                 (HPDF_INT)(rest / 60 % 60), (HPDF_INT)(rest % 60), 'Z', 0, 0};
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d);
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, d);
  return 0;
}

/* libharu saves into the document's stream, a memory stream of its own
 * unless the document has one: this one appends to OUT as libharu writes. */
static int save(HPDF_Doc pdf, iso_buf *out) {
  if (!pdf->stream &&
      !(pdf->stream = pdf_buf_stream(pdf->mmgr, &pdf->error, out)))
    return -1; /* freed by HPDF_Free */
  return HPDF_SaveToStream(pdf) == HPDF_OK && !out->failed ? 0 : -1;
}

/* The layout's text cleaning over libharu's fonts. */
static char *clean(void *ctx, int font, const char *s, size_t len, int keep_nl,
                   const iso_node *node, iso_diags *d, size_t *out_len) {
  return pdf_clean_text(ctx, font, s, len, keep_nl, node, d, out_len);
}

/* The signature fields of the sign-off table: one per role, in the cell
 * the layout drew for it (lay_doc.sign_cells), named by the role and
 * labelled with the person's name (which picks the field a certificate of
 * that name signs). Returns -1 when out of memory. */
static int placed_fields(const pdf_ctx *c, pdf_sig_request *r) {
  const iso_meta *m = c->m;
  for (size_t i = 0; i < m->n_signoff && i < ISO_SIGNOFF_MAX; i++) {
    const lay_sign_cell *k = &c->sign_cells[i];
    if (k->page < 0 || k->w <= 0 || k->h <= 0)
      continue;
    double H = lay_page_geom(&c->L, k->page)->page_h;
    if (pdf_sig_add(r, m->signoff[i].role, m->signoff[i].name, k->page, k->x,
                    H - k->y - k->h, k->x + k->w, H - k->y) < 0)
      return -1;
  }
  return r->failed ? -1 : 0;
}

static int write_pdf(const iso_node *doc, const iso_theme *theme,
                          const iso_write_options *o, iso_buf *out,
                          iso_diags *d) {
  const iso_meta *m = iso_document_meta_const(doc);
  if (!theme)
    theme = iso_theme_default();
  const char *src = m && m->source ? m->source : NULL;
  if (!m) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "pdf: not a document");
    return -1;
  }
  if (!pdf_sign_allowed(m, o, d))
    return -1;
  /* the characters the PDF may show decide its fonts (charset.c) */
  pdf_charset *chars = calloc(1, sizeof *chars);
  if (!chars) {
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: out of memory");
    return -1;
  }
  int simple = pdf_doc_chars(doc, chars) == 1;
  pdf_charset_add_cp1252(chars); /* what the built-in texts may use */
  pdf_error err = {0, 0};
  pdf_reserve reserve;
  pdf_reserve_begin(&reserve, &err.code);
  HPDF_Doc pdf = HPDF_NewEx(on_error, pdf_reserve_alloc, pdf_reserve_free, 0,
                            &err);
  if (!pdf || err.code) {
    if (pdf)
      HPDF_Free(pdf);
    pdf_reserve_end(&reserve);
    free(chars);
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: out of memory");
    return -1;
  }
  size_t errors_before = iso_diags_errors(d);
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf);

  pdf_fonts fonts;
  pdf_fonts_init(&fonts, pdf, theme, d);
  fonts.simple = simple;
  fonts.chars = chars;
  fonts.whole = o && o->whole_fonts;
  pdf_ctx c;
  lay_fonts lf = {&fonts, pdf_measure, clean};
  int rc;
  if (pdf_adopt_layout(&c, doc, theme, lf, d)) {
    rc = c.L.failed ? -1 : 0;
  } else {
    iso_layout_share_count(doc);
    lay_doc_init(&c, doc, theme, lf, d);
    rc = lay_doc_run(&c);
  }
  if (rc == 0 && !err.code) {
    rc = info(&c, pdf, o);
    if (rc == 0 && !err.code)
      rc = pdf_draw(&c, pdf, &err.code);
  }
  if (rc == 0 && !err.code)
    HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
  if (rc == 0 && !err.code && iso_diags_errors(d) == errors_before)
    rc = pdf_fonts_prepare(&fonts);
  if (rc == 0 && !err.code && iso_diags_errors(d) == errors_before)
    rc = save(pdf, out);
  if (rc == 0 && !err.code && iso_diags_errors(d) == errors_before) {
    /* PDF/A and the signature (finish.c); the approver's signature field
     * goes in the space after the last block */
    pdf_sig_request placed;
    pdf_sig_init(&placed);
    if (o && o->signer && placed_fields(&c, &placed)) {
      pdf_sig_free(&placed);
      rc = -1;
      goto done;
    }
    pdf_finish_in fin = {doc, theme, &fonts, placed.n ? &placed : NULL,
                         {c.L.page, c.L.y, c.L.bottom, c.L.left, c.L.right,
                          c.L.page_h},
                         d};
    rc = pdf_finish(&fin, o, out);
    pdf_sig_free(&placed);
  }
done:
  if (err.code) {
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0,
                 "pdf: libharu error 0x%04X (detail %u); document abandoned",
                 (unsigned)err.code, (unsigned)err.detail);
    rc = -1;
  } else if (rc != 0 && iso_diags_errors(d) == errors_before) {
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: out of memory");
  }
  if (iso_diags_errors(d) != errors_before)
    rc = -1;
  lay_doc_free(&c);
  pdf_fonts_free(&fonts);
  free(chars);
  HPDF_Free(pdf);
  pdf_reserve_end(&reserve);
  return rc;
}

const iso_writer iso_writer_pdf = {"pdf", "pdf", "PDF with embedded fonts",
                                   write_pdf};
