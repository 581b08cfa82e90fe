/* The signature update (see sign.h): fields, widgets, appearances, the
 * /AcroForm, and the signature itself, appended to the saved PDF as an
 * incremental update; then the byte range is hashed and the CMS written
 * into the space kept for it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdfupdate.h"
#include "sign.h"
#include "util.h"

/* Room for the DER SignedData: a 4096-bit RSA signer with a chain of three
 * certificates needs about 7 KB. */
#define CONTENTS_BYTES 16384
/* "[0 A B C]" padded with spaces: room for four 10-digit numbers. */
#define RANGE_WIDTH 48

void pdf_sig_init(pdf_sig_request *r) {
  memset(r, 0, sizeof *r);
  r->signer = -1;
}

void pdf_sig_free(pdf_sig_request *r) {
  for (size_t i = 0; i < r->n; i++) {
    free(r->fields[i].name);
    free(r->fields[i].label);
  }
  free(r->fields);
  pdf_sig_init(r);
}

static int name_taken(const pdf_sig_request *r, const char *name) {
  for (size_t i = 0; i < r->n; i++)
    if (!strcmp(r->fields[i].name, name))
      return 1;
  return 0;
}

int pdf_sig_add(pdf_sig_request *r, const char *name, const char *label,
                int page, double x0, double y0, double x1, double y1) {
  if (r->n == r->cap) {
    size_t nc = r->cap ? r->cap * 2 : 4;
    pdf_sig_field *v = realloc(r->fields, nc * sizeof *v);
    if (!v) {
      r->failed = 1;
      return -1;
    }
    r->fields = v;
    r->cap = nc;
  }
  /* a '.' separates the parts of a field's full name (ISO 32000-1,
   * 12.7.3.2): a role "Dept. head" must not become a child field */
  size_t len = strlen(name && *name ? name : "Signature");
  char *n = malloc(len + 16);
  if (!n) {
    r->failed = 1;
    return -1;
  }
  memcpy(n, name && *name ? name : "Signature", len + 1);
  for (char *p = n; *p; p++)
    if (*p == '.')
      *p = '_';
  for (int k = 2; name_taken(r, n) && k < 100000; k++)
    snprintf(n + len, 16, " %d", k);
  pdf_sig_field *f = &r->fields[r->n];
  f->name = n;
  f->label = label ? iso_strdup(label) : NULL;
  if (label && !f->label) {
    free(n);
    r->failed = 1;
    return -1;
  }
  f->page = page;
  f->rect[0] = x0;
  f->rect[1] = y0;
  f->rect[2] = x1;
  f->rect[3] = y1;
  return (int)r->n++;
}

static void put_num(iso_buf *o, double v) {
  char b[32];
  snprintf(b, sizeof b, "%.2f", v);
  /* "12.50" -> "12.5", "3.00" -> "3": the same text on every run */
  char *e = b + strlen(b) - 1;
  while (*e == '0')
    *e-- = '\0';
  if (*e == '.')
    *e = '\0';
  iso_buf_puts(o, strcmp(b, "-0") ? b : "0");
}

static void put_items(const pdf_file *f, pdf_span arr, iso_buf *o) {
  for (size_t i = 0;; i++) {
    pdf_span v = pdf_array_item(f, arr, i);
    if (v.end <= v.start)
      break;
    iso_buf_append(o, f->data + v.start, v.end - v.start);
    iso_buf_puts(o, " ");
  }
}

/* The array at V (inline or referenced), or {0, 0}. */
static pdf_span array_at(const pdf_file *f, pdf_span v) {
  int ref = pdf_ref(f, v);
  pdf_span none = {0, 0};
  if (ref)
    v = pdf_object(f, ref);
  return v.end > v.start && f->data[v.start] == '[' ? v : none;
}

static void write_font(pdf_update *u, const pdf_sig_font *font, int obj) {
  int desc = pdf_update_new(u), prog = pdf_update_new(u);
  iso_buf *o = u->out;
  pdf_update_obj(u, obj);
  iso_buf_printf(o,
                 "<<\n/Type /Font\n/Subtype /TrueType\n/BaseFont /%s\n"
                 "/FirstChar 32\n/LastChar 255\n/Widths [",
                 font->name);
  for (int i = 0; i < 224; i++)
    iso_buf_printf(o, "%s%d", i % 16 ? " " : "\n", font->widths[i]);
  iso_buf_printf(o,
                 "\n]\n/Encoding /WinAnsiEncoding\n/FontDescriptor %d 0 R\n>>",
                 desc);
  pdf_update_end(u);
  pdf_update_obj(u, desc);
  iso_buf_printf(o,
                 "<<\n/Type /FontDescriptor\n/FontName /%s\n/Flags %d\n"
                 "/FontBBox [%d %d %d %d]\n/ItalicAngle 0\n/Ascent %d\n"
                 "/Descent %d\n/CapHeight %d\n/StemV 80\n/FontFile2 %d 0 R\n>>",
                 font->name, font->flags, font->bbox[0], font->bbox[1],
                 font->bbox[2], font->bbox[3], font->ascent, font->descent,
                 font->cap_height, prog);
  pdf_update_end(u);
  char dict[64];
  snprintf(dict, sizeof dict, "/Length1 %zu\n", font->len);
  pdf_update_stream(u, prog, dict, font->program, font->len);
}

/* The signature dictionary, with room for the byte range and contents. */
static void write_sig(pdf_update *u, const pdf_sign_job *job, int obj,
                      size_t *range_at, size_t *contents_at) {
  iso_buf *o = u->out;
  char m[24];
  pdf_date(job->when, m);
  pdf_update_obj(u, obj);
  iso_buf_puts(o, "<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n"
                  "/SubFilter /ETSI.CAdES.detached\n/ByteRange ");
  *range_at = pdf_update_at(u);
  iso_buf_printf(o, "%-*s\n/Contents ", RANGE_WIDTH, "[0 0 0 0]");
  *contents_at = pdf_update_at(u);
  iso_buf_puts(o, "<");
  static const char zeros[64] = "0000000000000000000000000000000000000000"
                                "000000000000000000000000";
  for (size_t i = 0; i < 2 * CONTENTS_BYTES; i += 64)
    iso_buf_append(o, zeros, 64);
  iso_buf_printf(o, ">\n/M (%s)\n/Name ", m);
  pdf_put_text(o, iso_signer_name(job->signer));
  if (job->reason) {
    iso_buf_puts(o, "\n/Reason ");
    pdf_put_text(o, job->reason);
  }
  iso_buf_puts(o, "\n>>");
  pdf_update_end(u);
}

static int visible(const pdf_sig_field *f) {
  return f->rect[2] - f->rect[0] > 0.5 && f->rect[3] - f->rect[1] > 0.5;
}

static void write_field(pdf_update *u, const pdf_sign_job *job, size_t i,
                        int obj, int page, int font, int sig) {
  const pdf_sig_field *f = &job->req->fields[i];
  iso_buf *o = u->out;
  int ap = pdf_update_new(u);
  double w = visible(f) ? f->rect[2] - f->rect[0] : 0;
  double h = visible(f) ? f->rect[3] - f->rect[1] : 0;
  /* the appearance: what the signer's field shows; empty fields show
   * nothing (the page has the signature line) */
  iso_buf content, dict;
  iso_buf_init(&content);
  iso_buf_init(&dict);
  if (sig && w > 0)
    pdf_sig_appearance(&content, job->font, w, h, iso_signer_name(job->signer),
                       job->date, f->label);
  iso_buf_puts(&dict, "/Type /XObject\n/Subtype /Form\n/BBox [0 0 ");
  put_num(&dict, w);
  iso_buf_puts(&dict, " ");
  put_num(&dict, h);
  iso_buf_puts(&dict, "]\n");
  if (font && content.len)
    iso_buf_printf(&dict, "/Resources << /Font << /F1 %d 0 R >> >>\n", font);
  else
    iso_buf_puts(&dict, "/Resources << >>\n");
  iso_buf_puts(&dict, "");
  pdf_update_stream(u, ap, dict.failed ? "" : (const char *)dict.data,
                    content.data, content.len);
  if (content.failed || dict.failed)
    u->failed = 1;
  iso_buf_free(&content);
  iso_buf_free(&dict);

  pdf_update_obj(u, obj);
  iso_buf_puts(o, "<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T ");
  pdf_put_text(o, f->name);
  if (f->label) {
    iso_buf_puts(o, "\n/TU ");
    pdf_put_text(o, f->label);
  }
  /* Print, as PDF/A wants of every annotation; Locked once signed */
  iso_buf_printf(o, "\n/F %d\n/Rect [", sig ? 132 : 4);
  for (int k = 0; k < 4; k++) {
    if (k)
      iso_buf_puts(o, " ");
    put_num(o, visible(f) ? f->rect[k] : 0);
  }
  iso_buf_printf(o, "]\n/P %d 0 R\n/AP << /N %d 0 R >>\n", page, ap);
  if (sig)
    iso_buf_printf(o, "/V %d 0 R\n", sig);
  iso_buf_puts(o, ">>");
  pdf_update_end(u);
}

/* Rewrites page PAGE with the widgets of the fields on it added to its
 * /Annots. */
static void write_page(pdf_update *u, const pdf_file *f, int page,
                       const int *widget, const int *on_page, size_t n) {
  static const char *const skip[] = {"Annots", NULL};
  pdf_span d = pdf_object(f, page);
  iso_buf *o = u->out;
  pdf_update_obj(u, page);
  pdf_copy_dict(f, d, skip, o);
  iso_buf_puts(o, "/Annots [ ");
  put_items(f, array_at(f, pdf_dict_get(f, d, "Annots")), o);
  for (size_t i = 0; i < n; i++)
    if (on_page[i] == page)
      iso_buf_printf(o, "%d 0 R ", widget[i]);
  iso_buf_puts(o, "]\n>>");
  pdf_update_end(u);
}

/* The ESIC developer extension that a PDF 1.7 file with an
 * ETSI.CAdES.detached signature declares (ETSI EN 319 142-1; PDF 2.0 has
 * the sub-filter itself): BaseVersion 1.7, extension level 2, a direct
 * dictionary in the catalog's /Extensions (ISO 32000-1, 7.12), the other
 * developers' entries kept. */
static void put_extensions(const pdf_file *f, pdf_span cat, iso_buf *o) {
  static const char *const skip[] = {"ESIC", NULL};
  pdf_span ext = pdf_dict_get(f, cat, "Extensions");
  int ref = pdf_ref(f, ext);
  if (ref)
    ext = pdf_object(f, ref);
  iso_buf_puts(o, "/Extensions ");
  if (ext.end > ext.start && f->data[ext.start] == '<')
    pdf_copy_dict(f, ext, skip, o);
  else
    iso_buf_puts(o, "<<\n");
  iso_buf_puts(o, "/ESIC << /BaseVersion /1.7 /ExtensionLevel 2 >>\n>>\n");
}

/* The /AcroForm with the new fields and SigFlags 3 (signatures exist,
 * append only), and the catalog pointing at it. With a signature (SIGNED),
 * the catalog also says PDF 1.7 (/Version: an update cannot change the
 * header, and the catalog's version wins when it is later, ISO 32000-1,
 * 7.2.2) and declares the ESIC extension. */
static void write_form(pdf_update *u, const pdf_file *f, const int *widget,
                       size_t n, int signed_now) {
  static const char *const skip_form[] = {"Fields", "SigFlags", NULL};
  static const char *const skip_cat[] = {"AcroForm", NULL};
  static const char *const skip_signed[] = {"AcroForm", "Extensions",
                                            "Version", NULL};
  iso_buf *o = u->out;
  pdf_span cat = pdf_object(f, f->root);
  pdf_span acro = pdf_dict_get(f, cat, "AcroForm");
  int form = pdf_ref(f, acro);
  pdf_span fd = form ? pdf_object(f, form) : acro;
  int new_form = !form;
  if (new_form)
    form = pdf_update_new(u);
  pdf_update_obj(u, form);
  if (fd.end > fd.start && f->data[fd.start] == '<')
    pdf_copy_dict(f, fd, skip_form, o);
  else
    iso_buf_puts(o, "<<\n");
  iso_buf_puts(o, "/Fields [ ");
  put_items(f, array_at(f, pdf_dict_get(f, fd, "Fields")), o);
  for (size_t i = 0; i < n; i++)
    iso_buf_printf(o, "%d 0 R ", widget[i]);
  iso_buf_puts(o, "]\n/SigFlags 3\n>>");
  pdf_update_end(u);
  if (!new_form && !signed_now)
    return;
  pdf_span ver = pdf_dict_get(f, cat, "Version");
  pdf_update_obj(u, f->root);
  pdf_copy_dict(f, cat, signed_now ? skip_signed : skip_cat, o);
  iso_buf_printf(o, "/AcroForm %d 0 R\n", form);
  if (signed_now) {
    /* a version later than 1.7 (2.0) stays */
    iso_buf_puts(o, "/Version ");
    if (ver.end - ver.start >= 2 && f->data[ver.start] == '/' &&
        f->data[ver.start + 1] >= '2' && f->data[ver.start + 1] <= '9')
      iso_buf_append(o, f->data + ver.start, ver.end - ver.start);
    else
      iso_buf_puts(o, "/1.7");
    iso_buf_puts(o, "\n");
    put_extensions(f, cat, o);
  }
  iso_buf_puts(o, ">>");
  pdf_update_end(u);
}

static int fail(iso_diags *d, const char *src, const char *what) {
  iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: cannot sign: %s", what);
  return -1;
}

/* The CMS over the byte range, hex into the space kept for it. */
static int seal(iso_buf *pdf, const pdf_sign_job *job, size_t range_at,
                size_t contents_at, iso_diags *d) {
  size_t a = contents_at, b = contents_at + 2 * CONTENTS_BYTES + 2;
  char range[RANGE_WIDTH + 1];
  int n = snprintf(range, sizeof range, "[0 %zu %zu %zu]", a, b, pdf->len - b);
  if (n < 0 || n > RANGE_WIDTH)
    return fail(d, job->source, "the file is too large");
  memset(range + n, ' ', (size_t)(RANGE_WIDTH - n));
  memcpy(pdf->data + range_at, range, RANGE_WIDTH);
  unsigned char *signed_bytes = malloc(a + (pdf->len - b));
  if (!signed_bytes)
    return fail(d, job->source, "out of memory");
  memcpy(signed_bytes, pdf->data, a);
  memcpy(signed_bytes + a, pdf->data + b, pdf->len - b);
  unsigned char *der = NULL;
  size_t der_len = 0;
  int rc = pdf_cms_sign(job->signer, signed_bytes, a + (pdf->len - b), &der,
                        &der_len, job->source, d);
  free(signed_bytes);
  if (rc)
    return -1;
  if (der_len > CONTENTS_BYTES) {
    free(der);
    return fail(d, job->source,
                "the signature is larger than the room kept for it (a very "
                "long certificate chain?)");
  }
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < der_len; i++) {
    pdf->data[a + 1 + 2 * i] = (unsigned char)hex[der[i] >> 4];
    pdf->data[a + 2 + 2 * i] = (unsigned char)hex[der[i] & 15];
  }
  free(der);
  return 0;
}

int pdf_sign(iso_buf *pdf, const pdf_sign_job *job, iso_diags *d) {
  const pdf_sig_request *req = job->req;
  if (!req->n)
    return 0;
  if (req->signer >= 0 && !job->signer)
    return fail(d, job->source, "no signer");
  pdf_file f;
  const char *why;
  if (pdf_file_open(&f, pdf->data, pdf->len, &why))
    return fail(d, job->source, why);
  size_t npages = 0;
  int *pages = pdf_pages(&f, &npages);
  int *widget = calloc(req->n, sizeof *widget);
  int *on_page = calloc(req->n, sizeof *on_page);
  int rc = -1;
  if (!pages || !widget || !on_page) {
    fail(d, job->source, pages ? "out of memory" : "the page tree is damaged");
    goto out;
  }
  for (size_t i = 0; i < req->n; i++) {
    if (req->fields[i].page < 0 || (size_t)req->fields[i].page >= npages) {
      fail(d, job->source, "a signature field is on a page the PDF lacks");
      goto out;
    }
    on_page[i] = pages[req->fields[i].page];
  }
  pdf_update u;
  pdf_update_begin(&u, &f);
  int font = 0;
  if (req->signer >= 0 && visible(&req->fields[req->signer]) && job->font &&
      job->font->program) {
    font = pdf_update_new(&u);
    write_font(&u, job->font, font);
  }
  int sig = req->signer >= 0 ? pdf_update_new(&u) : 0;
  size_t range_at = 0, contents_at = 0;
  if (sig)
    write_sig(&u, job, sig, &range_at, &contents_at);
  for (size_t i = 0; i < req->n; i++) {
    widget[i] = pdf_update_new(&u);
    write_field(&u, job, i, widget[i], on_page[i], font,
                (int)i == req->signer ? sig : 0);
  }
  for (size_t i = 0; i < req->n; i++) {
    int first = 1;
    for (size_t k = 0; k < i; k++)
      first &= on_page[k] != on_page[i];
    if (first)
      write_page(&u, &f, on_page[i], widget, on_page, req->n);
  }
  write_form(&u, &f, widget, req->n, sig != 0);
  if (pdf_update_finish(&u, pdf)) {
    pdf_update_free(&u);
    fail(d, job->source, "out of memory");
    goto out;
  }
  pdf_update_free(&u);
  rc = sig ? seal(pdf, job, range_at, contents_at, d) : 0;
out:
  pdf_file_close(&f);
  free(pages);
  free(widget);
  free(on_page);
  return rc;
}
