/* The pdf writer's registry entry: sets libharu up, lays the document out,
 * draws it and saves it into memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
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
static int info(pdf_ctx *c, HPDF_Doc pdf) {
  const iso_meta *m = c->m;
  char creator[64];
  snprintf(creator, sizeof creator, "isoexport %s", iso_version());
  iso_buf subject;
  iso_buf_init(&subject);
  if (m->subtitle && *m->subtitle)
    iso_buf_puts(&subject, m->subtitle);
  else if (m->id)
    iso_buf_printf(&subject, "%s %s %s", m->id,
                   iso_label(m->language, ISO_L_VERSION),
                   m->version ? m->version : "");
  iso_buf_puts(&subject, "");
  char *keywords = iso_join(m->keywords, m->n_keywords, ", ");
  int rc = -1;
  if (!subject.failed && keywords) {
    const HPDF_InfoType type[] = {HPDF_INFO_TITLE,   HPDF_INFO_AUTHOR,
                                  HPDF_INFO_SUBJECT, HPDF_INFO_KEYWORDS,
                                  HPDF_INFO_CREATOR, HPDF_INFO_PRODUCER};
    const char *text[] = {m->title,
                          m->owner,
                          (const char *)subject.data,
                          m->n_keywords ? keywords : NULL,
                          creator,
                          creator};
    rc = info_texts(pdf, type, text, sizeof type / sizeof type[0]);
  }
  iso_buf_free(&subject);
  free(keywords);
  if (rc < 0)
    return -1;
  iso_date day = iso_date_from_epoch(iso_meta_timestamp(m));
  long long t = iso_meta_timestamp(m), rest = t - iso_date_epoch(day);
  HPDF_Date d = {day.year, day.month, day.day, (HPDF_INT)(rest / 3600),
                 (HPDF_INT)(rest / 60 % 60), (HPDF_INT)(rest % 60), 'Z', 0, 0};
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d);
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, d);
  return 0;
}

static int save(HPDF_Doc pdf, iso_buf *out) {
  if (HPDF_SaveToStream(pdf) != HPDF_OK)
    return -1;
  HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
  HPDF_ResetStream(pdf);
  unsigned char chunk[65536];
  HPDF_UINT32 done = 0;
  while (done < size) {
    HPDF_UINT32 n = sizeof chunk;
    HPDF_STATUS st = HPDF_ReadFromStream(pdf, chunk, &n);
    if (n)
      iso_buf_append(out, chunk, n);
    done += n;
    if (st == HPDF_STREAM_EOF || n == 0)
      break;
    if (st != HPDF_OK)
      return -1;
  }
  return out->failed || done != size ? -1 : 0;
}

static void setup_colors(pdf_ctx *c) {
  const iso_theme *t = c->t;
  c->c_text = pdf_color(t->color_text);
  c->c_head = pdf_color(t->color_heading);
  c->c_accent = pdf_color(t->color_accent);
  c->c_link = pdf_color(t->color_link);
  c->c_th = pdf_color(t->color_table_header);
  c->c_border = pdf_color(t->color_table_border);
  c->c_draft = pdf_color(t->color_draft);
  c->c_grey = 0x595959;
}

static void free_ctx(pdf_ctx *c) {
  lay_free(&c->L);
  pdf_spans_free(&c->sp);
  free(c->images);
  for (size_t i = 0; i < c->ntoc; i++)
    free(c->toc_text[i]);
  free(c->toc_text);
  free(c->toc_level);
}

static int write_pdf(const iso_node *doc, const iso_theme *theme, iso_buf *out,
                     iso_diags *d) {
  const iso_meta *m = iso_document_meta_const(doc);
  if (!theme)
    theme = iso_theme_default();
  const char *src = m && m->source ? m->source : NULL;
  if (!m) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "pdf: not a document");
    return -1;
  }
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
  pdf_ctx c;
  memset(&c, 0, sizeof c);
  c.doc = doc;
  c.m = m;
  c.t = theme;
  c.d = d;
  c.fonts = &fonts;
  setup_colors(&c);
  lay_init(&c.L, pdf_measure, &fonts, theme->page_width, theme->page_height,
           theme->margin_top, pdf_text_bottom(m, theme),
           theme->margin_left, theme->page_width - theme->margin_right,
           theme->line_spacing);

  int rc = pdf_build(&c);
  if (rc == 0 && !err.code) {
    pdf_furniture(&c);
    if (c.L.failed)
      rc = -1;
  }
  if (rc == 0 && !err.code) {
    rc = info(&c, pdf);
    if (rc == 0 && !err.code)
      rc = pdf_draw(&c, pdf, &err.code);
  }
  if (rc == 0 && !err.code)
    HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
  if (rc == 0 && !err.code && iso_diags_errors(d) == errors_before)
    rc = save(pdf, out);
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
  free_ctx(&c);
  pdf_fonts_free(&fonts);
  free(chars);
  HPDF_Free(pdf);
  pdf_reserve_end(&reserve);
  return rc;
}

const iso_writer iso_writer_pdf = {"pdf", "pdf", "PDF with embedded fonts",
                                   write_pdf};
