/* Appending an incremental update (see pdfupdate.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "pdfupdate.h"
#include "util.h"

void pdf_update_begin(pdf_update *u, const pdf_file *f) {
  memset(u, 0, sizeof *u);
  u->f = f;
  iso_buf_init(&u->tail);
  u->out = &u->tail;
  u->next = (int)f->size;
  u->root = f->root;
  u->base = f->len;
  /* the update starts on a line of its own */
  if (f->len && f->data[f->len - 1] != '\n')
    iso_buf_puts(u->out, "\n");
}

size_t pdf_update_at(const pdf_update *u) { return u->base + u->out->len; }

int pdf_update_new(pdf_update *u) { return u->next++; }

void pdf_update_obj(pdf_update *u, int n) {
  if (u->nobjs == u->capobjs) {
    size_t nc = u->capobjs ? u->capobjs * 2 : 32;
    pdf_update_entry *v = realloc(u->objs, nc * sizeof *v);
    if (!v) {
      u->failed = 1;
      return;
    }
    u->objs = v;
    u->capobjs = nc;
  }
  u->objs[u->nobjs].n = n;
  u->objs[u->nobjs].off = pdf_update_at(u);
  u->nobjs++;
  iso_buf_printf(u->out, "%d 0 obj\n", n);
}

void pdf_update_end(pdf_update *u) { iso_buf_puts(u->out, "\nendobj\n"); }

void pdf_update_stream(pdf_update *u, int n, const char *dict,
                       const void *data, size_t len) {
  pdf_update_obj(u, n);
  iso_buf_printf(u->out, "<<\n%s/Length %zu\n>>\nstream\n", dict, len);
  iso_buf_append(u->out, data, len);
  iso_buf_puts(u->out, "\nendstream");
  pdf_update_end(u);
}

static int by_number(const void *a, const void *b) {
  const pdf_update_entry *x = a, *y = b;
  return (x->n > y->n) - (x->n < y->n);
}

static void hex16(iso_buf *out, const unsigned char *d) {
  iso_buf_puts(out, "<");
  for (int i = 0; i < 16; i++)
    iso_buf_printf(out, "%02X", d[i]);
  iso_buf_puts(out, ">");
}

int pdf_update_finish(pdf_update *u, iso_buf *pdf) {
  iso_buf *o = u->out;
  if (u->failed || o->failed)
    return -1;
  /* /ID: the first string names the document and stays; the second is
   * this version's (both hashes of the bytes, so reruns agree) */
  unsigned char first[32], second[32];
  unsigned int n1 = 0, n2 = 0;
  if (!EVP_Digest(u->f->data, u->f->len, first, &n1, EVP_sha256(), NULL) ||
      !EVP_Digest(o->data, o->len, second, &n2, EVP_sha256(), NULL))
    return -1;
  qsort(u->objs, u->nobjs, sizeof *u->objs, by_number);
  size_t xref = pdf_update_at(u);
  iso_buf_puts(o, "xref\n0 1\n0000000000 65535 f\r\n");
  for (size_t i = 0; i < u->nobjs;) {
    size_t j = i + 1;
    while (j < u->nobjs && u->objs[j].n == u->objs[j - 1].n + 1)
      j++;
    iso_buf_printf(o, "%d %zu\n", u->objs[i].n, j - i);
    for (; i < j; i++)
      iso_buf_printf(o, "%010zu 00000 n\r\n", u->objs[i].off);
  }
  iso_buf_printf(o, "trailer\n<<\n/Size %d\n/Root %d 0 R\n", u->next, u->root);
  if (u->f->info)
    iso_buf_printf(o, "/Info %d 0 R\n", u->f->info);
  iso_buf_printf(o, "/Prev %zu\n/ID [", u->f->startxref);
  if (u->f->id0.end > u->f->id0.start)
    iso_buf_append(o, u->f->data + u->f->id0.start,
                   u->f->id0.end - u->f->id0.start);
  else
    hex16(o, first);
  iso_buf_puts(o, " ");
  hex16(o, second);
  iso_buf_printf(o, "]\n>>\nstartxref\n%zu\n%%%%EOF\n", xref);
  if (o->failed)
    return -1;
  iso_buf_append(pdf, o->data, o->len);
  return pdf->failed ? -1 : 0;
}

void pdf_update_free(pdf_update *u) {
  free(u->objs);
  u->objs = NULL;
  iso_buf_free(&u->tail);
}

struct copy {
  const pdf_file *f;
  const char *const *skip;
  iso_buf *out;
};

static int copy_entry(void *user, pdf_span k, pdf_span v) {
  struct copy *c = user;
  for (size_t i = 0; c->skip && c->skip[i]; i++)
    if (pdf_is_name(c->f, k, c->skip[i]))
      return 0;
  iso_buf_append(c->out, c->f->data + k.start, k.end - k.start);
  iso_buf_puts(c->out, " ");
  iso_buf_append(c->out, c->f->data + v.start, v.end - v.start);
  iso_buf_puts(c->out, "\n");
  return 0;
}

void pdf_copy_dict(const pdf_file *f, pdf_span dict, const char *const *skip,
                   iso_buf *out) {
  struct copy c = {f, skip, out};
  iso_buf_puts(out, "<<\n");
  pdf_dict_each(f, dict, copy_entry, &c);
}

void pdf_put_text(iso_buf *out, const char *s) {
  int ascii = 1;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p < 0x20 || *p > 0x7e)
      ascii = 0;
  if (ascii) {
    iso_buf_puts(out, "(");
    for (const char *p = s; *p; p++) {
      if (*p == '(' || *p == ')' || *p == '\\')
        iso_buf_puts(out, "\\");
      iso_buf_append(out, p, 1);
    }
    iso_buf_puts(out, ")");
    return;
  }
  iso_buf_puts(out, "<FEFF");
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s);
  while (len) {
    uint32_t cp;
    size_t k = iso_utf8_decode(p, len, &cp);
    if (!k) {
      k = 1;
      cp = 0xFFFD;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      iso_buf_printf(out, "%04X%04X", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      iso_buf_printf(out, "%04X", cp);
    }
    p += k;
    len -= k;
  }
  iso_buf_puts(out, ">");
}

static void split(long long t, iso_date *day, int *h, int *m, int *s) {
  *day = iso_date_from_epoch(t);
  long long rest = t - iso_date_epoch(*day);
  *h = (int)(rest / 3600);
  *m = (int)(rest / 60 % 60);
  *s = (int)(rest % 60);
}

void pdf_date(long long t, char out[24]) {
  iso_date d;
  int h, m, s;
  split(t, &d, &h, &m, &s);
  snprintf(out, 24, "D:%04d%02d%02d%02d%02d%02dZ", d.year % 10000, d.month,
           d.day, h, m, s);
}

void pdf_xmp_date(long long t, char out[24]) {
  iso_date d;
  int h, m, s;
  split(t, &d, &h, &m, &s);
  snprintf(out, 24, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year % 10000, d.month,
           d.day, h, m, s);
}
